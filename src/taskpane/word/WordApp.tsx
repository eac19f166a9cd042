// The Word pane: "Sett inn endringstabell". The user pastes rows copied from Excel or change
// sentences, sees the table (and the sentences, each under the kap./post line it is about) as
// they will go into the letter, and inserts it at the cursor. The letter is written in the
// letter's language (Bokmål or Nynorsk, remembered), not the pane's. What could not be read is
// listed before anything is inserted. The Word calls arrive as props (src/word builds them);
// this view never touches Office.js. Pasted text is only ever rendered as React text.
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  makeStyles,
  Select,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { UNITS, type Unit } from "../../core/amounts/unit";
import type { ReferenceChart } from "../../core/chart/reference-chart";
import { messageOf } from "../../core/diagnostics";
import { formatMessage, type Lang } from "../../core/i18n/catalog";
import { letterInsert, type LetterInsert } from "../../core/letter/letter-insert";
import { LETTER_LANGUAGES, type LetterLanguage } from "../../core/letter/letter-language";
import { letterParagraphs } from "../../core/letter/letter-paragraphs";
import { prepareLetter } from "../../core/letter/prepare";
import { PaneHeader } from "../components/PaneHeader";
import { CHART_YEARS } from "../settings";
import { LetterPreview } from "./LetterPreview";
import type { LetterDocument } from "../../core/letter-reading/document";
import { ReadThisLetter } from "./ReadThisLetter";

export interface WordAppProps {
  readonly lang: Lang;
  /** Inserts at the cursor in one Word round trip (src/word/insert-letter-table.ts). */
  readonly insertLetterTable: (insert: LetterInsert) => Promise<void>;
  /** False when this Word lacks WordApi 1.3: the pane explains instead of failing on click. */
  readonly canInsertTables: boolean;
  /** The letter's language as remembered (Innstillinger); Bokmål when not given. */
  readonly letterLanguage?: LetterLanguage;
  /** Remember a new letter language (src/taskpane/settings.ts). */
  readonly onLetterLanguage?: (language: LetterLanguage) => void;
  /** The budget year chosen in Innstillinger, when one was; the names' Gul bok follows it. */
  readonly year?: number;
  /** Loads a year's Gul bok (lazily, in the pane); without it the lines keep the names pasted with them. */
  readonly loadChart?: (year: number) => Promise<ReferenceChart | undefined>;
  /** Today, for the budget year when the paste names none (tests fix it). */
  readonly now?: Date;
  /** "Les dette brevet": reads the open document's body (src/word/read-letter-document.ts); absent, the section is not shown. */
  readonly readLetterDocument?: () => Promise<LetterDocument>;
}

const UNIT_KEY: Record<Unit, string> = { kr: "UI-UNIT-KR", "1000 kr": "UI-UNIT-1000", "mill. kr": "UI-UNIT-MILL", "mrd. kr": "UI-UNIT-MRD" };

const useStyles = makeStyles({
  // One column that fits a 320 px pane, spaced as the Excel pane's tabs are.
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  options: { display: "flex", flexDirection: "column" },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  problems: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

type Status = { kind: "idle" } | { kind: "busy" } | { kind: "done" } | { kind: "failed"; text: string };

export function WordApp({ lang, insertLetterTable, canInsertTables, letterLanguage, onLetterLanguage, year: settingsYear, loadChart, now, readLetterDocument }: WordAppProps) {
  const styles = useStyles();
  const t = (key: string, params: Record<string, string | number> = {}) => formatMessage(key, params, lang);
  const [pasted, setPasted] = useState("");
  const [withSentences, setWithSentences] = useState(false);
  const [withBlocks, setWithBlocks] = useState(false);
  const [withCaption, setWithCaption] = useState(true);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [language, setLanguage] = useState<LetterLanguage>(letterLanguage ?? "nb");
  const [unit, setUnit] = useState<Unit | "auto">("auto");
  const [year, setYear] = useState<number | "auto">(settingsYear ?? "auto");
  const [charts, setCharts] = useState<ReadonlyMap<number, ReferenceChart>>(new Map());
  const [today] = useState(() => now ?? new Date());

  const unitOption = t("UI-WORD-UNIT");
  const prepared = useMemo(
    () =>
      prepareLetter(pasted, {
        language,
        unitOption,
        now: today,
        chart: (y) => charts.get(y),
        ...(unit === "auto" ? {} : { unit }),
        ...(year === "auto" ? {} : { year }),
      }),
    [pasted, language, unitOption, today, charts, unit, year],
  );
  const table = prepared.table;
  const paragraphs = useMemo(
    () => (table ? letterParagraphs(table, { blocks: withBlocks, sentences: withSentences ? prepared.sentences : [] }) : []),
    [table, withBlocks, withSentences, prepared.sentences],
  );

  // The names' Gul bok is fetched when first needed; the preview fills the names in when it arrives.
  const wantedYear = prepared.chartYear;
  useEffect(() => {
    if (!loadChart || wantedYear === null || charts.has(wantedYear)) return;
    let live = true;
    loadChart(wantedYear).then(
      (chart) => {
        if (live && chart) setCharts((m) => new Map(m).set(wantedYear, chart));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [loadChart, wantedYear, charts]);

  async function insert(): Promise<void> {
    if (!table) return;
    setStatus({ kind: "busy" });
    try {
      await insertLetterTable(letterInsert(table, { caption: withCaption, paragraphs }));
      setStatus({ kind: "done" });
    } catch (error) {
      setStatus({ kind: "failed", text: error instanceof Error ? error.message : String(error) });
    }
  }

  const busy = status.kind === "busy";
  return (
    <>
      <PaneHeader title={t("UI-WORD-TITLE")} tagline={t("UI-WORD-TAGLINE")} titleId="word-pane-title" />
      <main className={styles.root} aria-labelledby="word-pane-title">
        {!canInsertTables && (
          <MessageBar intent="warning" layout="multiline" data-testid="word-too-old">
            <MessageBarBody>
              <MessageBarTitle>{t("UI-WORD-TOO-OLD-TITLE")}</MessageBarTitle>
              {t("UI-WORD-NEEDS-API")}
            </MessageBarBody>
          </MessageBar>
        )}
        <Field label={t("UI-WORD-PASTE-LABEL")} hint={t("UI-WORD-PASTE-HINT")}>
          <Textarea
            value={pasted}
            resize="vertical"
            rows={6}
            onChange={(_, data) => {
              setPasted(data.value);
              setStatus({ kind: "idle" });
            }}
          />
        </Field>

        <section className={styles.section} aria-labelledby="word-preview-title">
          <h2 id="word-preview-title" className={styles.heading}>
            {t("UI-WORD-PREVIEW")}
          </h2>
          {table ? (
            <LetterPreview table={table} caption={withCaption} paragraphs={paragraphs} />
          ) : (
            <Caption1 as="p">{t("UI-WORD-PREVIEW-EMPTY")}</Caption1>
          )}
        </section>

        {pasted.trim() !== "" && prepared.diagnostics.length > 0 && (
          <ul className={styles.problems} aria-label={t("UI-WORD-PROBLEMS")}>
            {prepared.diagnostics.map((d, i) => (
              <li key={i}>
                <MessageBar intent={d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "info"} layout="multiline">
                  <MessageBarBody>{d.cell ? `${d.cell}: ${messageOf(d, lang)}` : messageOf(d, lang)}</MessageBarBody>
                </MessageBar>
              </li>
            ))}
          </ul>
        )}

        <div className={styles.options}>
          <Checkbox checked={withSentences} onChange={(_, d) => setWithSentences(d.checked === true)} label={t("UI-WORD-OPT-SENTENCES")} />
          <Checkbox checked={withBlocks} onChange={(_, d) => setWithBlocks(d.checked === true)} label={t("UI-WORD-OPT-BLOCKS")} />
          <Checkbox checked={withCaption} onChange={(_, d) => setWithCaption(d.checked === true)} label={t("UI-WORD-OPT-CAPTION")} />
        </div>
        <Field label={t("UI-LETTER-LANGUAGE")}>
          <Select
            value={language}
            data-testid="word-letter-language"
            onChange={(_, d) => {
              const chosen = d.value as LetterLanguage;
              setLanguage(chosen);
              onLetterLanguage?.(chosen);
            }}
          >
            {LETTER_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(l === "nb" ? "UI-LETTER-LANGUAGE-NB" : "UI-LETTER-LANGUAGE-NN")}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={unitOption}>
          <Select value={unit} data-testid="word-unit" onChange={(_, d) => setUnit(d.value as Unit | "auto")}>
            {(["auto", ...UNITS] as const).map((u) => (
              <option key={u} value={u}>
                {t(u === "auto" ? "UI-WORD-UNIT-AUTO" : UNIT_KEY[u])}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("UI-WORD-YEAR")} hint={t("UI-WORD-YEAR-HINT")}>
          <Select value={String(year)} data-testid="word-year" onChange={(_, d) => setYear(d.value === "auto" ? "auto" : Number(d.value))}>
            <option value="auto">{t("UI-WORD-YEAR-AUTO")}</option>
            {CHART_YEARS.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </Select>
        </Field>

        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={!busy && (!table || !canInsertTables)}
            disabledFocusable={busy}
            aria-busy={busy || undefined}
            icon={busy ? <Spinner size="extra-tiny" aria-label={t("UI-WORD-INSERTING")} /> : undefined}
            onClick={() => {
              if (!busy) void insert();
            }}
          >
            {t("UI-WORD-INSERT")}
          </Button>
        </div>
        <div role="status" aria-live="polite">
          {status.kind === "done" && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{t("UI-WORD-INSERTED")}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {status.kind === "failed" && (
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>{t("UI-WORD-INSERT-FAILED", { text: status.text })}</MessageBarBody>
          </MessageBar>
        )}
        {readLetterDocument && <ReadThisLetter lang={lang} readLetterDocument={readLetterDocument} />}
      </main>
    </>
  );
}
