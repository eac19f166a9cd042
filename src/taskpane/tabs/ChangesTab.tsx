// Endringer: apply change entries (from a sheet or table, or typed here) to an allocation sheet,
// preview the change table, then write Tildeling før, Endring and Ny tildeling (a formula) beside
// the table or on a new sheet; then make the letter's version of the table (LetterSection).
import { undoNote } from "../undo-note";
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { ChangeInput, ChangePreview, ChangeRequest, Placement, SourceRef, TypedChangeRow, WriteReport } from "../../app/pane-actions";
import { sourceKey } from "../../app/pane-actions";
import { ActionError } from "../components/ActionError";
import { ChangePreviewTable } from "../components/ChangePreviewTable";
import { DiagnosticList, SeverityCounts } from "../components/DiagnosticList";
import { LetterSection } from "../components/LetterSection";
import { MainAction } from "../components/MainAction";
import { Notice } from "../components/Notice";
import { RunButton } from "../components/RunButton";
import { SourceSelect } from "../components/SourceSelect";
import { TabPanel } from "../components/TabPanel";
import { TypedRows } from "../components/TypedRows";
import { useActions, useLang, useSettings, useT, useTCount } from "../pane-context";
import { useAction } from "../use-action";
import { useSelectCell } from "../use-select-cell";
import { useTabStyles } from "./styles";

type InputMode = "source" | "typed";

/** A stable key for "what would be written", so a preview made for other input is never written. */
function requestKey(request: ChangeRequest | null, settingsKey: string): string {
  if (!request) return "";
  const changes = request.changes.kind === "source" ? sourceKey(request.changes.source) : JSON.stringify(request.changes.rows);
  return `${sourceKey(request.allocations)}|${request.changes.kind}|${changes}|${settingsKey}`;
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
  const preview = useAction<{ key: string; preview: ChangePreview }>();
  const write = useAction<WriteReport>();
  const select = useSelectCell();

  const request = useMemo<ChangeRequest | null>(() => {
    if (!allocations) return null;
    const typed = rows.filter((r) => r.code.trim() !== "" || r.change.trim() !== "");
    const changes: ChangeInput | null =
      mode === "source" ? (changeSource ? { kind: "source", source: changeSource } : null) : typed.length ? { kind: "typed", rows: typed } : null;
    return changes ? { allocations, changes } : null;
  }, [allocations, mode, changeSource, rows]);
  const key = requestKey(request, `${settings.unit}|${settings.chartYear}`);
  const current = preview.value && preview.value.key === key ? preview.value.preview : null;
  const stale = !!preview.value && !current;

  return (
    <TabPanel intro={t("UI-CHANGES-INTRO")}>
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
        onRun={(r) => {
          write.reset();
          void preview.run(async () => ({ key, preview: await actions.previewChanges(r, settings) }));
        }}
      />
      {stale && <Notice intent="info" text={t("UI-PREVIEW-STALE")} />}
      {current && request && (
        <div className={styles.results} data-testid="changes-results">
          <ChangePreviewTable preview={current} />
          {current.diagnostics.length > 0 && (
            <>
              <SeverityCounts diagnostics={current.diagnostics} />
              <ActionError error={select.error} onRetry={select.retry} />
              <DiagnosticList diagnostics={current.diagnostics} onSelectCell={select.onSelectCell} />
            </>
          )}
          <Field label={t("UI-PLACEMENT")}>
            <RadioGroup value={placement} onChange={(_, d) => setPlacement(d.value as Placement)}>
              <Radio value="beside" label={t("UI-PLACEMENT-BESIDE")} />
              <Radio value="new-sheet" label={t("UI-PLACEMENT-SHEET")} />
            </RadioGroup>
          </Field>
          <div className={styles.actions}>
            <RunButton
              appearance="primary"
              busy={write.busy}
              disabled={current.rows.length === 0 && current.otherRows.length === 0}
              data-testid="write-changes"
              onClick={() => void write.run(() => actions.writeChanges(request, placement, settings, lang))}
            >
              {t("UI-WRITE")}
            </RunButton>
          </div>
          <ActionError error={write.error} onRetry={write.retry} />
          <Notice
            intent={write.value?.rows === 0 ? "warning" : "success"}
            text={write.value ? (write.value.rows === 0 ? t("UI-WRITTEN-NONE") : tn("UI-WRITTEN", write.value.rows, { rows: write.value.rows, address: write.value.address }) + undoNote(write.value, t)) : null}
          />
          <LetterSection key={key} preview={current} request={request} />
        </div>
      )}
    </TabPanel>
  );
}
