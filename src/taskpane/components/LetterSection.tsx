// Step 3, "Til brevet": the letter's version of the previewed table. Kap./post blocks and
// sentences are a tick each; the column titles (the letter's own wording may differ) are folded
// away under "Tilpass". "Lag brevtabell" makes a letter-ready range on the add-in's Brevtabell
// sheet; "Kopier til brev" puts HTML and plain text on the clipboard. The table is composed from
// the preview, so the copy happens inside the click. One message slot: the last outcome.
import { Button, Checkbox, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { messageOf } from "../../core/diagnostics";
import { composeLetter, type LetterChoice } from "../../core/letter/letter-source";
import { LETTER_COLUMNS, type LetterColumn, letterColumnTitle } from "../../core/letter/letter-table";
import type { ChangePreview, ChangeRequest, LetterSheetReport } from "../../app/pane-actions";
import type { CopyOutcome } from "../clipboard";
import { useActions, useLang, useSettings, useT, useTCount } from "../pane-context";
import { useAction } from "../use-action";
import { useTabStyles } from "../tabs/styles";
import { ActionError } from "./ActionError";
import { RunButton } from "./RunButton";
import { type SlotMessage, StatusSlot } from "./StatusSlot";
import { Step } from "./Step";

const HEADER_LABEL: Record<LetterColumn, string> = {
  code: "UI-LETTER-HEADER-CODE",
  before: "UI-LETTER-HEADER-BEFORE",
  change: "UI-LETTER-HEADER-CHANGE",
  after: "UI-LETTER-HEADER-AFTER",
};

const useStyles = makeStyles({
  options: { display: "flex", flexDirection: "column" },
  details: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  summary: {
    cursor: "pointer",
    color: tokens.colorBrandForegroundLink,
    fontSize: tokens.fontSizeBase300,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusMedium },
  },
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS, minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
  inputField: { width: "100%", minWidth: 0 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export interface LetterSectionProps {
  readonly preview: ChangePreview;
  readonly request: ChangeRequest;
  readonly n: number;
}

export function LetterSection({ preview, request, n }: LetterSectionProps) {
  const t = useT();
  const tn = useTCount();
  const lang = useLang();
  const actions = useActions();
  const [settings] = useSettings();
  const tabStyles = useTabStyles();
  const styles = useStyles();
  // Only what the user typed: an untouched title is the letter language's, never the pane's.
  const [header, setHeader] = useState<Partial<Record<LetterColumn, string>>>({});
  const language = settings.letterLanguage ?? "nb";
  const [blocks, setBlocks] = useState(false);
  const [sentences, setSentences] = useState(false);
  const make = useAction<LetterSheetReport>();
  const copy = useAction<CopyOutcome>();
  const [last, setLast] = useState<"make" | "copy" | null>(null);

  const choice: LetterChoice = useMemo(() => ({ header, blocks, sentences, language }), [header, blocks, sentences, language]);
  const letter = useMemo(() => composeLetter(preview.letter, choice), [preview.letter, choice]);
  const empty = preview.letter.lines.length === 0;

  const reset = () => {
    make.reset();
    copy.reset();
    setLast(null);
  };

  let message: SlotMessage | null = null;
  if (last === "make" && make.value) {
    message =
      make.value.rows === 0
        ? { intent: "warning", text: t("UI-LETTER-WRITTEN-NONE") }
        : { text: tn("UI-LETTER-WRITTEN", make.value.rows, { address: make.value.address, sheet: make.value.sheet }) };
  } else if (last === "copy" && copy.value) {
    message = copy.value === "failed" ? { intent: "warning", text: t("UI-LETTER-COPY-FAILED") } : { text: t("UI-LETTER-COPIED") };
  }
  const busy = make.busy || copy.busy;

  return (
    <Step n={n} title={t("UI-LETTER-TITLE")} data-testid="letter-section">
      <Text size={200} className={tabStyles.intro}>
        {t(empty ? "UI-LETTER-EMPTY" : "UI-LETTER-INTRO")}
      </Text>
      <div className={styles.options}>
        <Checkbox
          checked={blocks}
          disabled={empty}
          label={t("UI-LETTER-OPT-BLOCKS")}
          onChange={(_, d) => {
            setBlocks(d.checked === true);
            reset();
          }}
        />
        <Checkbox
          checked={sentences}
          disabled={empty}
          label={t("UI-LETTER-OPT-SENTENCES")}
          onChange={(_, d) => {
            setSentences(d.checked === true);
            reset();
          }}
        />
      </div>
      <details className={styles.details} data-testid="letter-customise">
        <summary className={styles.summary}>{t("UI-LETTER-CUSTOMISE")}</summary>
        <div className={styles.fields}>
          {LETTER_COLUMNS.map((column) => (
            <Field key={column} label={t(HEADER_LABEL[column])}>
              <Input
                className={styles.input}
                input={{ className: styles.inputField }}
                value={header[column] ?? letterColumnTitle(column, language)}
                disabled={empty}
                onChange={(_, d) => {
                  setHeader((h) => ({ ...h, [column]: d.value }));
                  reset();
                }}
              />
            </Field>
          ))}
        </div>
      </details>
      {letter.diagnostics.length > 0 && (
        <ul className={styles.problems}>
          {letter.diagnostics.map((d, i) => (
            <li key={i}>
              <Text size={200}>{messageOf(d, lang)}</Text>
            </li>
          ))}
        </ul>
      )}
      <div className={tabStyles.actions}>
        <RunButton
          appearance="primary"
          busy={make.busy}
          disabled={empty || copy.busy}
          data-testid="letter-make"
          onClick={() => {
            setLast("make");
            void make.run(() => actions.writeLetterTable(request, choice, settings, lang));
          }}
        >
          {t("UI-LETTER-MAKE")}
        </RunButton>
        <Button
          disabled={empty}
          disabledFocusable={copy.busy}
          data-testid="letter-copy"
          // No await before the copy: webviews only allow the clipboard inside the click itself.
          onClick={() => {
            if (copy.busy) return;
            setLast("copy");
            void copy.run(() => actions.copyLetterTable(letter.table, letter.paragraphs, choice));
          }}
        >
          {t("UI-LETTER-COPY")}
        </Button>
      </div>
      <StatusSlot progress={busy ? t("UI-WORKING") : null} message={message} data-testid="letter-status" />
      <ActionError error={last === "copy" ? copy.error : make.error} onRetry={last === "copy" ? copy.retry : make.retry} />
    </Step>
  );
}
