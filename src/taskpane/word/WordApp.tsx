// The Word pane: "Sett inn endringstabell". The user pastes rows copied from Excel or change
// sentences, sees the table (and the sentences) as they will go into the letter, and inserts it
// at the cursor. The Word calls arrive as props (src/word builds them); this view never touches
// Office.js. Pasted text is only ever rendered as React text, so it cannot become markup.
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { messageOf } from "../../core/diagnostics";
import { formatMessage, type Lang } from "../../core/i18n/catalog";
import { letterInsert, type LetterInsert } from "../../core/letter/letter-insert";
import { prepareLetter } from "../../core/letter/prepare";
import { PaneHeader } from "../components/PaneHeader";
import { LetterPreview } from "./LetterPreview";
import type { LetterDocument } from "../../core/letter-reading/document";
import { ReadThisLetter } from "./ReadThisLetter";

export interface WordAppProps {
  readonly lang: Lang;
  /** Inserts at the cursor in one Word round trip (src/word/insert-letter-table.ts). */
  readonly insertLetterTable: (insert: LetterInsert) => Promise<void>;
  /** False when this Word lacks WordApi 1.3: the pane explains instead of failing on click. */
  readonly canInsertTables: boolean;
  /** "Les dette brevet": reads the open document's body (src/word/read-letter-document.ts); absent, the section is not shown. */
  readonly readLetterDocument?: () => Promise<LetterDocument>;
}

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
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  problems: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

type Status = { kind: "idle" } | { kind: "busy" } | { kind: "done" } | { kind: "failed"; text: string };

export function WordApp({ lang, insertLetterTable, canInsertTables, readLetterDocument }: WordAppProps) {
  const styles = useStyles();
  const t = (key: string, params: Record<string, string | number> = {}) => formatMessage(key, params, lang);
  const [pasted, setPasted] = useState("");
  const [withSentences, setWithSentences] = useState(false);
  const [withBlocks, setWithBlocks] = useState(false);
  const [withCaption, setWithCaption] = useState(true);
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  const prepared = useMemo(() => prepareLetter(pasted, { lang }), [pasted, lang]);
  const table = prepared.table;

  async function insert(): Promise<void> {
    if (!table) return;
    setStatus({ kind: "busy" });
    try {
      await insertLetterTable(
        letterInsert(table, { caption: withCaption, blocks: withBlocks, sentences: withSentences ? prepared.sentences : [] }),
      );
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
            <LetterPreview table={table} caption={withCaption} blocks={withBlocks} />
          ) : (
            <Caption1 as="p">{t("UI-WORD-PREVIEW-EMPTY")}</Caption1>
          )}
          {table && withSentences && prepared.sentences.length > 0 && (
            <>
              <h3 className={styles.heading}>{t("UI-WORD-SENTENCES")}</h3>
              <ul className={styles.list} aria-label={t("UI-WORD-SENTENCES")}>
                {prepared.sentences.map((s, i) => (
                  <li key={i}>{s}</li>
                ))}
              </ul>
            </>
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
