// Endringer, in three steps: 1 Forhåndsvis applies change entries (from a sheet or table, or typed
// here) to an allocation sheet and shows the change table; 2 Skriv til arket writes Tildeling før,
// Endring and Ny tildeling (a formula) beside the table or on a new sheet, asking first when the
// preview has errors; 3 Til brevet makes the letter's version of the table (LetterSection).
// The allocation sheet's own findings belong to Kontroll and are only counted here, and each
// change's messages appear once, beside the change they are about.
import { Field, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { undoNote } from "../undo-note";
import { useMemo, useState } from "react";
import type { ChangeInput, ChangePreview, ChangeRequest, Placement, SourceRef, TypedChangeRow, WriteReport } from "../../app/pane-actions";
import { sourceKey } from "../../app/pane-actions";
import type { ResultChoices } from "../../app/pane-actions";
import { countBySeverity, type Diagnostic } from "../../core/diagnostics";
import { ChangePreviewTable } from "../components/ChangePreviewTable";
import { ConfirmWrite } from "../components/ConfirmWrite";
import { FindingsList } from "../components/FindingsList";
import { LetterSection } from "../components/LetterSection";
import { MainAction } from "../components/MainAction";
import { ResultFacts } from "../components/ResultFacts";
import { SourceSelect } from "../components/SourceSelect";
import { Step } from "../components/Step";
import { TabPanel } from "../components/TabPanel";
import { TypedRows } from "../components/TypedRows";
import { ActionError } from "../components/ActionError";
import { useActions, useLang, useSettings, useT, useTCount } from "../pane-context";
import { clockText } from "../progress-text";
import { useSourceRows } from "../sources";
import { useAction } from "../use-action";
import { useSelectCell } from "../use-select-cell";
import { useWatchSource } from "../use-watch-source";
import { useTabStyles } from "./styles";
import { countText } from "../amount-text";

type InputMode = "source" | "typed";

/** A stable key for "what would be written", so a preview made for other input is never written. */
function requestKey(request: ChangeRequest | null, settingsKey: string): string {
  if (!request) return "";
  const changes = request.changes.kind === "source" ? sourceKey(request.changes.source) : JSON.stringify(request.changes.rows);
  return `${sourceKey(request.allocations)}|${request.changes.kind}|${changes}|${settingsKey}|${JSON.stringify(request.choices ?? {})}`;
}

function sheetOf(cell: string | undefined): string | null {
  if (!cell || !cell.includes("!")) return null;
  return cell.slice(0, cell.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'").toLowerCase();
}

/** Findings about the allocation sheet itself (its codes, amounts, totals): Kontroll lists those. */
function isAllocationFinding(d: Diagnostic, allocationSheet: string): boolean {
  return sheetOf(d.cell) === allocationSheet.toLowerCase() && /^(KP-|AMT-|ALLOC-|CELL-|CHART-)/.test(d.code);
}

export default function ChangesTab() {
  const t = useT();
  const tn = useTCount();
  const lang = useLang();
  const actions = useActions();
  const [settings] = useSettings();
  const styles = useTabStyles();
  const [allocations, setAllocations] = useState<SourceRef | null>(null);
  const [mode, setMode] = useState<InputMode>("source");
  const [changeSource, setChangeSource] = useState<SourceRef | null>(null);
  const [rows, setRows] = useState<TypedChangeRow[]>([{ code: "", change: "" }]);
  const [placement, setPlacement] = useState<Placement>("beside");
  const [choices, setChoices] = useState<ResultChoices>({});
  const [confirming, setConfirming] = useState(false);
  const preview = useAction<{ key: string; preview: ChangePreview; request: ChangeRequest }>();
  const write = useAction<WriteReport>();
  const select = useSelectCell();
  const allocationRows = useSourceRows(allocations);

  const request = useMemo<ChangeRequest | null>(() => {
    if (!allocations) return null;
    const typed = rows.filter((r) => r.code.trim() !== "" || r.change.trim() !== "");
    const changes: ChangeInput | null =
      mode === "source" ? (changeSource ? { kind: "source", source: changeSource } : null) : typed.length ? { kind: "typed", rows: typed } : null;
    if (!changes) return null;
    return Object.keys(choices).length > 0 ? { allocations, changes, choices } : { allocations, changes };
  }, [allocations, mode, changeSource, rows, choices]);
  const key = requestKey(request, `${settings.unit}|${settings.chartYear}`);
  const current = preview.value && preview.value.key === key ? preview.value.preview : null;
  const inputChanged = !!preview.value && !current;
  const editedAllocations = useWatchSource(current ? preview.value!.request.allocations : null, preview.at);
  const changesSource = current && preview.value!.request.changes.kind === "source" ? preview.value!.request.changes.source : null;
  const editedChanges = useWatchSource(changesSource, preview.at);
  const edited = editedAllocations || editedChanges;
  const time = preview.at ? clockText(preview.at, lang) : "";

  const runPreview = (r: ChangeRequest) => {
    write.reset();
    void preview.run(async () => ({ key: requestKey(r, `${settings.unit}|${settings.chartYear}`), preview: await actions.previewChanges(r, settings), request: r }));
  };
  const runWrite = () => {
    setConfirming(false);
    if (request) void write.run(() => actions.writeChanges(request, placement, settings, lang));
  };

  // Each message once: the changes' own findings beside them (in the table of changes without a
  // line), the allocation sheet's in Kontroll, and the rest here.
  const shownFindings = useMemo(() => {
    if (!current || !allocations) return { list: [] as Diagnostic[], allocation: [] as Diagnostic[] };
    const beside = new Set(current.otherRows.flatMap((r) => r.diagnostics));
    const allocation = current.diagnostics.filter((d) => isAllocationFinding(d, allocations.sheet));
    const list = current.diagnostics.filter((d) => !beside.has(d) && !allocation.includes(d));
    return { list, allocation };
  }, [current, allocations]);
  const errors = current ? countBySeverity(current.diagnostics).error : 0;

  const previewSummary = current
    ? [
        tn("UI-PREVIEW-SUMMARY", current.rows.length),
        current.otherRows.length > 0 ? tn("UI-PREVIEW-SUMMARY-OTHER", current.otherRows.length) : "",
        errors > 0 ? tn("UI-PREVIEW-SUMMARY-ERRORS", errors) : "",
        t("UI-PREVIEWED-AT", { time }),
      ]
        .filter(Boolean)
        .join(" ")
    : null;
  const previewMessage = preview.cancelled
    ? { intent: "info" as const, text: t("UI-CANCELLED") }
    : inputChanged
      ? { intent: "info" as const, text: t("UI-PREVIEW-STALE") }
      : edited
        ? { intent: "warning" as const, text: t("UI-PREVIEW-EDITED", { time }) }
        : previewSummary
          ? { intent: errors > 0 ? ("warning" as const) : ("success" as const), text: previewSummary }
          : null;
  const allocationCounts = countBySeverity(shownFindings.allocation);

  return (
    <TabPanel intro={t("UI-CHANGES-INTRO")}>
      <Step n={1} title={t("UI-STEP-PREVIEW")} data-testid="step-preview">
        <SourceSelect label={t("UI-SOURCE-ALLOCATIONS")} kind="allocations" value={allocations} onChange={setAllocations} />
        <Field label={t("UI-CHANGES-FROM")}>
          <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as InputMode)}>
            <Radio value="source" label={t("UI-CHANGES-FROM-SHEET")} />
            <Radio value="typed" label={t("UI-CHANGES-FROM-TYPED")} />
          </RadioGroup>
        </Field>
        {mode === "source" ? (
          <SourceSelect label={t("UI-SOURCE-CHANGES")} kind="changes" value={changeSource} onChange={setChangeSource} />
        ) : (
          <TypedRows rows={rows} onChange={setRows} />
        )}
        <MainAction
          action={preview}
          label={t("UI-PREVIEW")}
          data-testid="preview-run"
          input={request}
          cancellable
          progress={allocationRows !== null ? tn("UI-PROGRESS-APPLYING", allocationRows, { rows: countText(allocationRows) }) : t("UI-WORKING")}
          message={previewMessage}
          onRun={runPreview}
        />
        {current && request && (
          <div className={styles.results} data-testid="changes-results">
            <ResultFacts
              facts={current.facts}
              kind="changes"
              choices={choices}
              busy={preview.busy}
              onChoose={(next) => {
                const { sheet, ...rest } = next;
                const target = sheet && sheet !== allocations?.sheet ? { sheet } : allocations;
                if (target && target !== allocations) setAllocations(target);
                setChoices(rest);
                if (target) runPreview({ ...request, allocations: target, ...(Object.keys(rest).length ? { choices: rest } : {}) });
              }}
            />
            <ChangePreviewTable preview={current} />
            {shownFindings.allocation.length > 0 && (
              <Text size={200} className={styles.intro} data-testid="allocation-findings-note">
                {t("UI-ALLOCATION-FINDINGS", {
                  sheet: allocations?.sheet ?? "",
                  counts: [
                    allocationCounts.error > 0 ? tn("UI-COUNT-ERROR", allocationCounts.error) : "",
                    allocationCounts.warning > 0 ? tn("UI-COUNT-WARNING", allocationCounts.warning) : "",
                    allocationCounts.info > 0 ? tn("UI-COUNT-INFO", allocationCounts.info) : "",
                  ]
                    .filter(Boolean)
                    .join(", "),
                })}
              </Text>
            )}
            {shownFindings.list.length > 0 && (
              <>
                <ActionError error={select.error} onRetry={select.retry} />
                <FindingsList key={preview.at?.getTime()} diagnostics={shownFindings.list} onSelectCell={select.onSelectCell} data-testid="change-findings" headingLevel={3} />
              </>
            )}
          </div>
        )}
      </Step>
      {current && request && (
        <Step n={2} title={t("UI-STEP-WRITE")} data-testid="step-write">
          <Field label={t("UI-PLACEMENT")}>
            <RadioGroup value={placement} onChange={(_, d) => setPlacement(d.value as Placement)}>
              <Radio value="beside" label={t("UI-PLACEMENT-BESIDE")} />
              <Radio value="new-sheet" label={t("UI-PLACEMENT-SHEET")} />
            </RadioGroup>
          </Field>
          <MainAction
            action={write}
            label={t("UI-WRITE")}
            data-testid="write-changes"
            input={current.rows.length === 0 && current.otherRows.length === 0 ? null : request}
            progress={t("UI-PROGRESS-WRITING")}
            message={
              write.value
                ? write.value.rows === 0
                  ? { intent: "warning", text: t("UI-WRITTEN-NONE") }
                  : { text: `${tn("UI-WRITTEN", write.value.rows, { rows: countText(write.value.rows), address: write.value.address })} ${t("UI-UNDO-WRITE", { address: write.value.address })}${undoNote(write.value, t)}` }
                : null
            }
            onRun={() => (errors > 0 ? setConfirming(true) : runWrite())}
          />
          <ConfirmWrite open={confirming} errors={errors} onConfirm={runWrite} onCancel={() => setConfirming(false)} />
        </Step>
      )}
      {current && request && <LetterSection key={key} n={3} preview={current} request={request} />}
    </TabPanel>
  );
}
