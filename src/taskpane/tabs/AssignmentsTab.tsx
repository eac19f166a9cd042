// Oppdrag: flag the assignments of a sheet against the reference date, most urgent first, and
// write a status column whose conditional formatting follows TODAY() in Excel.
import { Switch, Text } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { parseIsoDate } from "../../core/deadlines/calendar-date";
import { formatDateNorwegian } from "../../core/deadlines/format-date";
import type { DeadlineReport, SourceRef, WriteReport } from "../actions";
import { ActionError } from "../components/ActionError";
import { AssignmentList, NEEDS_FOLLOW_UP } from "../components/AssignmentList";
import { DiagnosticList } from "../components/DiagnosticList";
import { Notice } from "../components/Notice";
import { RunButton } from "../components/RunButton";
import { SourceSelect } from "../components/SourceSelect";
import { useActions, useLang, useSettings, useT, useTCount } from "../pane-context";
import { useAction } from "../use-action";
import { useTabStyles } from "./styles";

/** "23. november 2026" in Bokmål; the ISO day in English. */
function shownDate(iso: string, lang: string): string {
  const d = parseIsoDate(iso);
  return d && lang === "nb" ? formatDateNorwegian(d) : iso;
}

export default function AssignmentsTab() {
  const t = useT();
  const tn = useTCount();
  const lang = useLang();
  const actions = useActions();
  const [settings] = useSettings();
  const styles = useTabStyles();
  const [source, setSource] = useState<SourceRef | null>(null);
  const [showAll, setShowAll] = useState(false);
  const flag = useAction<DeadlineReport>();
  const write = useAction<WriteReport>();
  const select = useAction<void>();
  const onSource = useCallback(
    (s: SourceRef | null) => {
      setSource(s);
      flag.reset();
    },
    [flag.reset],
  );

  const report = flag.value;
  const followUp = report ? report.items.filter((i) => NEEDS_FOLLOW_UP.has(i.flag)) : [];
  const shown = report ? (showAll ? report.items : followUp) : [];
  const onSelectCell = (cell: string) => void select.run(() => actions.selectCell(cell));

  return (
    <div className={styles.panel}>
      <Text size={200} className={styles.intro}>
        {t("UI-ASSIGNMENTS-INTRO")}
      </Text>
      <SourceSelect label={t("UI-SOURCE-ASSIGNMENTS")} kind="assignments" value={source} onChange={onSource} />
      <div className={styles.actions}>
        <RunButton
          appearance="primary"
          busy={flag.busy}
          disabled={!source}
          data-testid="flag-run"
          onClick={() => {
            if (!source) return;
            write.reset();
            void flag.run(() => actions.flagDeadlines(source, settings));
          }}
        >
          {t("UI-FLAG")}
        </RunButton>
        <RunButton
          busy={write.busy}
          disabled={!source}
          data-testid="write-status"
          onClick={() => source && void write.run(() => actions.writeDeadlineStatus(source, settings, lang))}
        >
          {t("UI-WRITE-STATUS")}
        </RunButton>
      </div>
      <ActionError error={flag.error} onRetry={flag.retry} />
      <ActionError error={write.error} onRetry={write.retry} />
      <Notice text={write.value ? tn("UI-STATUS-WRITTEN", write.value.rows, { rows: write.value.rows, address: write.value.address }) : null} />
      {report && (
        <div className={styles.results} data-testid="assignment-results">
          <Text size={200} aria-live="polite">
            {followUp.length
              ? t("UI-FLAG-SUMMARY", { flagged: followUp.length, total: report.items.length, date: shownDate(report.referenceDate, lang) })
              : t("UI-FLAG-NONE")}
          </Text>
          <Switch checked={showAll} label={t("UI-SHOW-ALL")} onChange={(_, d) => setShowAll(d.checked)} />
          <ActionError error={select.error} onRetry={select.retry} />
          <AssignmentList items={shown} onSelectCell={onSelectCell} />
          <DiagnosticList diagnostics={report.diagnostics} onSelectCell={onSelectCell} />
        </div>
      )}
    </div>
  );
}
