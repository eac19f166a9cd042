// "Til brevet" under the change preview: the letter table's column titles (the letter's own
// wording may differ), kap./post blocks and sentences, then "Lag brevtabell" (a letter-ready
// range on the add-in's Brevtabell sheet) and "Kopier til brev" (HTML and plain text on the
// clipboard). The table is composed from the preview, so the copy happens inside the click.
import { Button, Checkbox, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import { messageOf } from "../../core/diagnostics";
import { composeLetter, type LetterChoice } from "../../core/letter/letter-source";
import { LETTER_COLUMNS, type LetterColumn } from "../../core/letter/letter-table";
import { changeTableLabels } from "../../core/render/change-table-labels";
import type { ChangePreview, ChangeRequest, LetterSheetReport } from "../../app/pane-actions";
import type { CopyOutcome } from "../clipboard";
import { useActions, useLang, useSettings, useT, useTCount } from "../pane-context";
import { useAction } from "../use-action";
import { useTabStyles } from "../tabs/styles";
import { ActionError } from "./ActionError";
import { Notice } from "./Notice";
import { RunButton } from "./RunButton";

const HEADER_LABEL: Record<LetterColumn, string> = {
  code: "UI-LETTER-HEADER-CODE",
  before: "UI-LETTER-HEADER-BEFORE",
  change: "UI-LETTER-HEADER-CHANGE",
  after: "UI-LETTER-HEADER-AFTER",
};

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  options: { display: "flex", flexDirection: "column" },
});

export interface LetterSectionProps {
  readonly preview: ChangePreview;
  readonly request: ChangeRequest;
}

export function LetterSection({ preview, request }: LetterSectionProps) {
  const t = useT();
  const tn = useTCount();
  const lang = useLang();
  const actions = useActions();
  const [settings] = useSettings();
  const tabStyles = useTabStyles();
  const styles = useStyles();
  const headingId = useId();
  const [header, setHeader] = useState<Record<LetterColumn, string>>(() => {
    const labels = changeTableLabels(lang);
    return { code: labels.code, before: labels.before, change: labels.change, after: labels.after };
  });
  const [blocks, setBlocks] = useState(false);
  const [sentences, setSentences] = useState(false);
  const make = useAction<LetterSheetReport>();
  const copy = useAction<CopyOutcome>();

  const choice: LetterChoice = useMemo(() => ({ header, blocks, sentences }), [header, blocks, sentences]);
  const letter = useMemo(() => composeLetter(preview.letter, choice, lang), [preview.letter, choice, lang]);
  const empty = preview.letter.lines.length === 0;

  const reset = () => {
    make.reset();
    copy.reset();
  };

  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="letter-section">
      <h3 id={headingId} className={styles.heading}>
        {t("UI-LETTER-TITLE")}
      </h3>
      <Text size={200} className={tabStyles.intro}>
        {t(empty ? "UI-LETTER-EMPTY" : "UI-LETTER-INTRO")}
      </Text>
      {LETTER_COLUMNS.map((column) => (
        <Field key={column} label={t(HEADER_LABEL[column])}>
          <Input
            value={header[column]}
            disabled={empty}
            onChange={(_, d) => {
              setHeader((h) => ({ ...h, [column]: d.value }));
              reset();
            }}
          />
        </Field>
      ))}
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
      {letter.diagnostics.length > 0 && (
        <ul>
          {letter.diagnostics.map((d, i) => (
            <li key={i}>
              <Text size={200}>{messageOf(d, lang)}</Text>
            </li>
          ))}
        </ul>
      )}
      <div className={tabStyles.actions}>
        <RunButton
          busy={make.busy}
          disabled={empty}
          data-testid="letter-make"
          onClick={() => {
            copy.reset();
            void make.run(() => actions.writeLetterTable(request, choice, settings, lang));
          }}
        >
          {t("UI-LETTER-MAKE")}
        </RunButton>
        <Button
          disabled={empty || copy.busy}
          data-testid="letter-copy"
          // No await before the copy: webviews only allow the clipboard inside the click itself.
          onClick={() => {
            make.reset();
            void copy.run(() => actions.copyLetterTable(letter.table, letter.sentences, choice));
          }}
        >
          {t("UI-LETTER-COPY")}
        </Button>
      </div>
      <ActionError error={make.error} onRetry={make.retry} />
      <Notice
        intent={make.value?.rows === 0 ? "warning" : "success"}
        text={
          make.value
            ? make.value.rows === 0
              ? t("UI-LETTER-WRITTEN-NONE")
              : tn("UI-LETTER-WRITTEN", make.value.rows, { address: make.value.address, sheet: make.value.sheet })
            : null
        }
      />
      <Notice
        intent={copy.value === "failed" ? "warning" : "success"}
        text={copy.value ? t(copy.value === "failed" ? "UI-LETTER-COPY-FAILED" : "UI-LETTER-COPIED") : null}
      />
    </section>
  );
}
