// Kontroll: check every kap/post code and amount in a sheet or table, say what the check used
// (Gul bok year, sheet, column, unit) with a way to choose otherwise, list the findings grouped by
// kind with Forrige/Neste to their cells, mark or unmark the problem cells in the sheet, and say
// "out of date" as soon as the user edits the checked cells.
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { CheckReport, SourceRef } from "../../app/pane-actions";
import type { ResultChoices } from "../../app/pane-actions";
import { countText } from "../amount-text";
import { ActionError } from "../components/ActionError";
import { FindingsList } from "../components/FindingsList";
import { MainAction } from "../components/MainAction";
import { ResultFacts } from "../components/ResultFacts";
import { RunButton } from "../components/RunButton";
import { SourceSelect } from "../components/SourceSelect";
import { StatusSlot } from "../components/StatusSlot";
import { TabPanel } from "../components/TabPanel";
import { useActions, useLang, useSettings, useT, useTCount } from "../pane-context";
import { blockProgressText, clockText } from "../progress-text";
import { useChosenSource, useSourceRows, useSources } from "../sources";
import { useAction } from "../use-action";
import { useSelectCell } from "../use-select-cell";
import { useWatchSource } from "../use-watch-source";
import { useTabStyles } from "./styles";

export default function CheckTab() {
  const t = useT();
  const tn = useTCount();
  const lang = useLang();
  const actions = useActions();
  const [settings] = useSettings();
  const styles = useTabStyles();
  const check = useAction<{ source: SourceRef; report: CheckReport }>();
  const mark = useAction<string>();
  const select = useSelectCell();
  const [choices, setChoices] = useState<ResultChoices>({});
  const resetCheck = check.reset;
  const clear = useCallback(() => {
    resetCheck();
    setChoices({});
  }, [resetCheck]);
  const [source, setSource] = useChosenSource(clear);
  const rows = useSourceRows(source);
  const { sources } = useSources();

  const checked = check.value;
  const report = checked?.report;
  const stale = useWatchSource(checked?.source ?? null, check.at);
  const withCells = report ? report.diagnostics.filter((d) => d.cell !== undefined) : [];
  const time = check.at ? clockText(check.at, lang) : "";

  const runCheck = (s: SourceRef, with_: ResultChoices) => {
    mark.reset();
    void check.run(async (control) => ({ source: s, report: await actions.check(s, settings, with_, control) }));
  };

  const summary = report
    ? [
        tn("UI-CHECK-SUMMARY", report.lines, { errors: countText(report.linesWithErrors) }),
        report.linesWithWarnings > 0 ? tn("UI-CHECK-SUMMARY-WARNINGS", report.linesWithWarnings) : "",
        report.diagnostics.length === 0 ? t(report.lines === 0 ? "UI-CHECK-NOTHING" : "UI-CHECK-CLEAN") : "",
        t("UI-CHECKED-AT", { time }),
      ]
        .filter(Boolean)
        .join(" ")
    : null;

  return (
    <TabPanel intro={t("UI-CHECK-INTRO")}>
      <SourceSelect label={t("UI-SOURCE")} kind="allocations" value={source} onChange={setSource} />
      <MainAction
        action={check}
        label={t("UI-CHECK-RUN")}
        data-testid="check-run"
        input={source}
        progress={blockProgressText(t, source, rows, check.progress)}
        cancellable
        message={
          check.cancelled
            ? { intent: "info", text: t("UI-CANCELLED") }
            : summary
              ? { intent: report && report.linesWithErrors > 0 ? "warning" : report && report.lines === 0 ? "info" : "success", text: summary }
              : null
        }
        onRun={(s) => runCheck(s, choices)}
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
        <RunButton busy={false} disabled={mark.busy} onClick={() => void mark.run(async () => tn("UI-UNMARKED", await actions.clearHighlight()))}>
          {t("UI-UNMARK")}
        </RunButton>
      </div>
      <StatusSlot progress={null} message={mark.value ? { text: mark.value } : null} data-testid="mark-status" />
      <ActionError error={mark.error} onRetry={mark.retry} />
      {report && checked && (
        <div className={styles.results} data-testid="check-results">
          {stale && (
            <MessageBar intent="warning" layout="multiline" data-testid="check-stale">
              <MessageBarBody>{t("UI-STALE", { time })}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={() => runCheck(checked.source, choices)}>
                  {t("UI-CHECK-AGAIN")}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          <ResultFacts
            facts={report.facts}
            kind="check"
            choices={choices}
            busy={check.busy}
            sheets={(sources ?? []).filter((s) => !s.table).map((s) => s.sheet)}
            onChoose={(next) => {
              const { sheet, ...rest } = next;
              setChoices(rest);
              const target = sheet && sheet !== checked.source.sheet ? { sheet } : checked.source;
              if (target !== checked.source) setSource(target);
              runCheck(target, rest);
            }}
          />
          <ActionError error={select.error} onRetry={select.retry} />
          <FindingsList key={check.at?.getTime()} diagnostics={report.diagnostics} onSelectCell={select.onSelectCell} />
        </div>
      )}
    </TabPanel>
  );
}
