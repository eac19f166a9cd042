// Choose a sheet or a table. The tab's best guess is preselected and marked as detected; the user
// can change it. Until Excel has listed them (a slow workbook may take seconds), the field says so. A native <select> under a Field: labelled, keyboard-friendly, small.
import { Button, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useEffect } from "react";
import { type SourceKind, type SourceOption, type SourceRef, sameSource, sourceKey } from "../../app/pane-actions";
import { useT, type Translate } from "../pane-context";
import { defaultSourceFor, useSources } from "../sources";
import { ActionError } from "./ActionError";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
});

export interface SourceSelectProps {
  readonly label: string;
  readonly kind: SourceKind;
  readonly value: SourceRef | null;
  readonly onChange: (source: SourceRef | null) => void;
}

export function sourceLabel(s: SourceRef, t: Translate): string {
  return s.table ? t("UI-SOURCE-TABLE", { table: s.table, sheet: s.sheet }) : t("UI-SOURCE-SHEET", { sheet: s.sheet });
}

export function SourceSelect({ label, kind, value, onChange }: SourceSelectProps) {
  const t = useT();
  const styles = useStyles();
  const { sources, busy, error, refresh } = useSources();

  // Preselect the detected source once the list arrives, or when the chosen one disappeared.
  useEffect(() => {
    if (!sources) return;
    if (value && sources.some((s) => sameSource(s, value))) return;
    onChange(defaultSourceFor(sources, kind));
  }, [sources, kind, value, onChange]);

  const detected = sources ? defaultSourceFor(sources, kind) : null;
  const isDetected = !!value && sameSource(value, detected) && !!sources?.some((s) => sameSource(s, value) && s.kinds.includes(kind));
  const empty = !!sources && sources.length === 0;
  const byKey = new Map<string, SourceOption>((sources ?? []).map((s) => [sourceKey(s), s]));

  return (
    <>
      <div className={styles.row}>
        <Field
          className={styles.field}
          label={label}
          hint={
            !sources && busy
              ? t("UI-SOURCE-LISTING")
              : empty
                ? t("UI-SOURCE-NONE")
                : isDetected
                  ? t("UI-SOURCE-DETECTED", { label: sourceLabel(value!, t) })
                  : undefined
          }
        >
          <Select
            value={value ? sourceKey(value) : ""}
            disabled={!sources || empty}
            onChange={(_, data) => {
              const s = byKey.get(data.value);
              onChange(s ? { sheet: s.sheet, ...(s.table ? { table: s.table } : {}) } : null);
            }}
          >
            {!value && <option value="">{t("UI-CHOOSE")}</option>}
            {(sources ?? []).map((s) => (
              <option key={sourceKey(s)} value={sourceKey(s)}>
                {sourceLabel(s, t)}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={refresh} disabled={busy} aria-label={t("UI-SOURCE-REFRESH")} title={t("UI-SOURCE-REFRESH")} />
      </div>
      <ActionError error={error} onRetry={refresh} />
    </>
  );
}
