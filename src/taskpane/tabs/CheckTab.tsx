// Kontroll: check every kap/post code and amount in a sheet or table, list the results by
// severity, jump to a result's cell, and mark or unmark the problem cells in the sheet.
import { Button, Text } from "@fluentui/react-components";
import type { CheckReport } from "../../app/pane-actions";
import { ActionError } from "../components/ActionError";
import { DiagnosticList, SeverityCounts } from "../components/DiagnosticList";
import { MainAction } from "../components/MainAction";
import { Notice } from "../components/Notice";
import { RunButton } from "../components/RunButton";
import { SourceSelect } from "../components/SourceSelect";
import { TabPanel } from "../components/TabPanel";
import { useActions, useLang, useSettings, useT, useTCount } from "../pane-context";
import { useChosenSource } from "../sources";
import { useAction } from "../use-action";
import { useSelectCell } from "../use-select-cell";
import { useTabStyles } from "./styles";

export default function CheckTab() {
  const t = useT();
  const tn = useTCount();
  const lang = useLang();
  const actions = useActions();
  const [settings] = useSettings();
  const styles = useTabStyles();
  const check = useAction<CheckReport>();
  const mark = useAction<string>();
  const select = useSelectCell();
  const [source, setSource] = useChosenSource(check.reset);

  const report = check.value;
  const withCells = report ? report.diagnostics.filter((d) => d.cell !== undefined) : [];

  return (
    <TabPanel intro={t("UI-CHECK-INTRO")}>
      <SourceSelect label={t("UI-SOURCE")} kind="allocations" value={source} onChange={setSource} />
      <MainAction
        action={check}
        label={t("UI-CHECK-RUN")}
        data-testid="check-run"
        input={source}
        onRun={(s) => {
          mark.reset();
          void check.run(() => actions.check(s, settings));
        }}
      />
      <div className={styles.actions}>
        <RunButton
          busy={mark.busy}
          disabled={withCells.length === 0}
          onClick={() => void mark.run(async () => tn("UI-MARKED", await actions.highlight(withCells, lang)))}
        >
          {t("UI-MARK")}
        </RunButton>
        {/* Always available: it also clears marks left by an earlier session. */}
        <Button disabled={mark.busy} onClick={() => void mark.run(async () => tn("UI-UNMARKED", await actions.clearHighlight()))}>
          {t("UI-UNMARK")}
        </Button>
      </div>
      <ActionError error={mark.error} onRetry={mark.retry} />
      <Notice text={mark.value ?? null} />
      {report && (
        <div className={styles.results} data-testid="check-results">
          <Text size={200} aria-live="polite" data-testid="check-summary">
            {tn("UI-CHECK-SUMMARY", report.lines, { errors: report.linesWithErrors })}
            {report.linesWithWarnings > 0 ? ` ${tn("UI-CHECK-SUMMARY-WARNINGS", report.linesWithWarnings)}` : ""}
            {report.diagnostics.length === 0 ? ` ${t("UI-CHECK-CLEAN")}` : ""}
          </Text>
          <SeverityCounts diagnostics={report.diagnostics} />
          <ActionError error={select.error} onRetry={select.retry} />
          <DiagnosticList diagnostics={report.diagnostics} onSelectCell={select.onSelectCell} />
        </div>
      )}
    </TabPanel>
  );
}
