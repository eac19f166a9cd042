// Les inn fra brev: the user chooses a letter file (Word, PDF with text, text) or pastes its text;
// the pane reads it here in the browser with the same reader as `tildeling read-letter`, shows
// each allocation, change and assignment with the words it came from, and writes the ticked ones
// to the add-in's sheets Tildeling, Endringer and Oppdrag in one write (the --out layout).
import { Button, Field, Label, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Unit } from "../../core/amounts/unit";
import { messageOf } from "../../core/diagnostics";
import type { ReadLetterOptions } from "../../core/letter-reading/read-letter";
import { letterSheets } from "../../core/letter-reading/letter-sheets";
import type { LetterSheetsReport } from "../../app/pane-actions";
import { ActionError } from "../components/ActionError";
import { RunButton } from "../components/RunButton";
import { StatusSlot } from "../components/StatusSlot";
import { TabPanel } from "../components/TabPanel";
import { LetterItemList } from "../letter-reading/LetterItemList";
import { LetterUnitChoice } from "../letter-reading/LetterUnitChoice";
import { LETTER_FILE_ACCEPT, type LetterRead, readLetterFile, readPastedText } from "../letter-reading/read-input";
import { unitLine } from "../letter-reading/item-text";
import { useLetterSelection } from "../letter-reading/use-letter-selection";
import { useActions, useLang, useT } from "../pane-context";
import { undoNote } from "../undo-note";
import { useAction } from "../use-action";
import { useTabStyles } from "./styles";

const useStyles = makeStyles({
  file: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  input: { maxWidth: "100%", fontSize: tokens.fontSizeBase200 },
});

export default function LetterTab() {
  const t = useT();
  const lang = useLang();
  const actions = useActions();
  const styles = useStyles();
  const tabStyles = useTabStyles();
  const fileId = useId();
  const [pasted, setPasted] = useState("");
  // The unit the user says the letter's tables are in (the CLI's --unit); unset = as the letter says.
  const [unit, setUnit] = useState<Unit | undefined>(undefined);
  // The last letter read, so a new unit reads the same letter again.
  const [input, setInput] = useState<((options: ReadLetterOptions) => Promise<LetterRead>) | null>(null);
  const read = useAction<LetterRead>();
  const write = useAction<LetterSheetsReport>();
  const result = read.value;
  const reading = result?.ok ? result.reading : null;
  const selection = useLetterSelection(reading);

  const start = (job: (options: ReadLetterOptions) => Promise<LetterRead>, chosen: Unit | undefined = unit) => {
    write.reset();
    setInput(() => job);
    void read.run(() => job(chosen ? { unit: chosen } : {}));
  };

  const summary =
    result?.ok && reading
      ? t("UI-LR-SUMMARY", { source: result.sourceName, allocations: reading.allocations.length, changes: reading.changes.length, assignments: reading.assignments.length }) +
        (unitLine(reading, lang) ? ` ${unitLine(reading, lang)}` : "")
      : null;
  const nothingTicked = selection.checked.size === 0;
  const listFormat = new Intl.ListFormat(lang === "nb" ? "nb-NO" : "en-GB", { type: "conjunction" });

  return (
    <TabPanel intro={t("UI-LR-INTRO")}>
      <div className={styles.file}>
        <Label htmlFor={fileId}>{t("UI-LR-FILE")}</Label>
        <input
          id={fileId}
          className={styles.input}
          type="file"
          accept={LETTER_FILE_ACCEPT}
          data-testid="letter-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) start((options) => readLetterFile(file, options));
            // Cleared, so choosing the same file again reads it again.
            e.target.value = "";
          }}
        />
      </div>
      <Field label={t("UI-LR-PASTE")}>
        <Textarea value={pasted} resize="vertical" rows={4} onChange={(_, d) => setPasted(d.value)} />
      </Field>
      <div className={tabStyles.actions}>
        <Button disabled={pasted.trim() === "" || read.busy} onClick={() => {
            const text = pasted;
            start((options) => Promise.resolve(readPastedText(text, t("UI-LR-PASTED-NAME"), options)));
          }}>
          {t("UI-LR-READ-PASTED")}
        </Button>
      </div>
      <StatusSlot
        progress={read.busy ? t("UI-LR-READING") : null}
        message={
          result && !result.ok
            ? { intent: "error", text: t("UI-LR-READ-FAILED", { file: String(result.diagnostic.params.file ?? ""), text: messageOf(result.diagnostic, lang) }) }
            : summary
              ? { intent: reading && reading.diagnostics.length > 0 ? "warning" : "success", text: summary }
              : null
        }
        data-testid="letter-read-status"
      />
      <ActionError error={read.error} onRetry={read.retry} />
      {reading && result?.ok && (
        <div className={tabStyles.results}>
          <LetterUnitChoice
            lang={lang}
            unit={unit}
            onChange={(chosen) => {
              setUnit(chosen);
              if (input) start(input, chosen);
            }}
          />
          <LetterItemList reading={reading} items={selection.items} checked={selection.checked} onToggle={selection.toggle} lang={lang} />
          <div className={tabStyles.actions}>
            <RunButton
              appearance="primary"
              busy={write.busy}
              disabled={nothingTicked}
              data-testid="letter-write"
              onClick={() => selection.kept && void write.run(() => actions.writeLetterSheets(letterSheets(selection.kept!, result.sourceName)))}
            >
              {t("UI-LR-WRITE")}
            </RunButton>
          </div>
          <StatusSlot
            progress={write.busy ? t("UI-PROGRESS-WRITING") : null}
            message={
              write.value
                ? { text: t("UI-LR-WRITTEN", { rows: write.value.rows, sheets: listFormat.format(write.value.sheets) }) + undoNote({ address: "", ...write.value }, t) }
                : nothingTicked
                  ? { intent: "info", text: t("UI-LR-NOTHING-TICKED") }
                  : null
            }
            data-testid="letter-write-status"
          />
          <ActionError error={write.error} onRetry={write.retry} />
        </div>
      )}
    </TabPanel>
  );
}
