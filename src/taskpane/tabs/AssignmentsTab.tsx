// Oppdrag: flag the assignments of a sheet against the reference date, most urgent first, and
// write a status column whose conditional formatting follows TODAY() in Excel.
import { undoNote } from "../undo-note";
import { Switch, Text } from "@fluentui/react-components";
import { useState } from "react";
import { parseIsoDate } from "../../core/deadlines/calendar-date";
import type { Lang } from "../../core/i18n/catalog";
import type { DeadlineReport, WriteReport } from "../../app/pane-actions";
import { ActionError } from "../components/ActionError";
import { AssignmentList, NEEDS_FOLLOW_UP, dayText } from "../components/AssignmentList";
import { DiagnosticList } from "../components/DiagnosticList";
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
      <ActionError error={write.error} onRetry={write.retry} />
      <Notice text={write.value ? tn("UI-STATUS-WRITTEN", write.value.rows, { rows: write.value.rows, address: write.value.address }) + undoNote(write.value, t) : null} />
      {report && (
        <div className={styles.results} data-testid="assignment-results">
          <Text size={200} aria-live="polite">
            {followUp.length
              ? t("UI-FLAG-SUMMARY", { flagged: followUp.length, total: report.items.length, date: shownDate(report.referenceDate, lang) })
              : t("UI-FLAG-NONE")}
          </Text>
          <Switch checked={showAll} label={t("UI-SHOW-ALL")} onChange={(_, d) => setShowAll(d.checked)} />
          <ActionError error={select.error} onRetry={select.retry} />
          <AssignmentList items={shown} onSelectCell={select.onSelectCell} />
          <DiagnosticList diagnostics={report.diagnostics} onSelectCell={select.onSelectCell} />
        </div>
      )}
    </TabPanel>
  );
}
