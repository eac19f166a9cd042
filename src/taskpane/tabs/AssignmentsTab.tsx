// Oppdrag: flag the assignments of a sheet against the reference date, most urgent first, and
// write a status column whose conditional formatting follows TODAY() in Excel.
import { Switch } from "@fluentui/react-components";
import { undoNote } from "../undo-note";
import { useState } from "react";
import { parseIsoDate } from "../../core/deadlines/calendar-date";
import type { Lang } from "../../core/i18n/catalog";
import type { DeadlineReport, WriteReport } from "../../app/pane-actions";
import { ActionError } from "../components/ActionError";
import { AssignmentList, NEEDS_FOLLOW_UP, dayText } from "../components/AssignmentList";
import { FindingsList } from "../components/FindingsList";
import { MainAction } from "../components/MainAction";
import { StatusSlot } from "../components/StatusSlot";
import { RunButton } from "../components/RunButton";
import { SourceSelect } from "../components/SourceSelect";
import { TabPanel } from "../components/TabPanel";
import { useActions, useLang, useSettings, useT, useTCount } from "../pane-context";
import { readingText } from "../progress-text";
import { useChosenSource, useSourceRows } from "../sources";
import { useAction } from "../use-action";
import { useSelectCell } from "../use-select-cell";
import { useTabStyles } from "./styles";

/** The reference day as the assignment list shows its deadlines. */
function shownDate(iso: string, lang: Lang): string {
  const d = parseIsoDate(iso);
  return d ? dayText(d, lang) : iso;
}

export default function AssignmentsTab() {
  const t = useT();
  const tn = useTCount();
  const lang = useLang();
  const actions = useActions();
  const [settings] = useSettings();
  const styles = useTabStyles();
  const [showAll, setShowAll] = useState(false);
  const flag = useAction<DeadlineReport>();
  const write = useAction<WriteReport>();
  const select = useSelectCell();
  const [source, setSource] = useChosenSource(flag.reset);
  const rows = useSourceRows(source);

  const report = flag.value;
  const followUp = report ? report.items.filter((i) => NEEDS_FOLLOW_UP.has(i.flag)) : [];
  const shown = report ? (showAll ? report.items : followUp) : [];

  return (
    <TabPanel intro={t("UI-ASSIGNMENTS-INTRO")}>
      <SourceSelect label={t("UI-SOURCE-ASSIGNMENTS")} kind="assignments" value={source} onChange={setSource} />
      <MainAction
        action={flag}
        label={t("UI-FLAG")}
        data-testid="flag-run"
        input={source}
        cancellable
        progress={readingText(t, source, rows)}
        message={
          flag.cancelled
            ? { intent: "info", text: t("UI-CANCELLED") }
            : report
              ? {
                  intent: followUp.length ? "warning" : "success",
                  text: followUp.length
                    ? t("UI-FLAG-SUMMARY", { flagged: followUp.length, total: report.items.length, date: shownDate(report.referenceDate, lang) })
                    : t("UI-FLAG-NONE"),
                }
              : null
        }
        onRun={(s) => {
          write.reset();
          void flag.run(() => actions.flagDeadlines(s, settings));
        }}
      >
        <RunButton
          busy={write.busy}
          disabled={!source}
          data-testid="write-status"
          onClick={() => source && void write.run(() => actions.writeDeadlineStatus(source, settings, lang))}
        >
          {t("UI-WRITE-STATUS")}
        </RunButton>
      </MainAction>
      <StatusSlot
        progress={write.busy ? t("UI-PROGRESS-WRITING") : null}
        message={write.value ? { text: tn("UI-STATUS-WRITTEN", write.value.rows, { rows: write.value.rows, address: write.value.address }) + undoNote(write.value, t) } : null}
        data-testid="status-written"
      />
      <ActionError error={write.error} onRetry={write.retry} />
      {report && (
        <div className={styles.results} data-testid="assignment-results">
          <Switch checked={showAll} label={t("UI-SHOW-ALL")} onChange={(_, d) => setShowAll(d.checked)} />
          <ActionError error={select.error} onRetry={select.retry} />
          <AssignmentList items={shown} onSelectCell={select.onSelectCell} />
          {report.diagnostics.length > 0 && <FindingsList key={flag.at?.getTime()} diagnostics={report.diagnostics} onSelectCell={select.onSelectCell} data-testid="assignment-findings" />}
        </div>
      )}
    </TabPanel>
  );
}
