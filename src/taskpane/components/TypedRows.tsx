// Change rows typed in the pane: kap/post and the change, one pair per row. What the user writes
// is passed on as written; the engine reads it (so "kap. 351, post 70" and "−1 000" work here too)
// and reports what it cannot read.
import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import type { TypedChangeRow } from "../../app/pane-actions";
import { useT } from "../pane-context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalS, alignItems: "end" },
  hint: { color: tokens.colorNeutralForeground2 },
  // Fluent's Input is as wide as 20 characters by default; here it takes its grid column, no more.
  input: { width: "100%", minWidth: 0 },
  inputField: { width: "100%", minWidth: 0 },
  field: { minWidth: 0 },
});

export interface TypedRowsProps {
  readonly rows: readonly TypedChangeRow[];
  readonly onChange: (rows: TypedChangeRow[]) => void;
}

export function TypedRows({ rows, onChange }: TypedRowsProps) {
  const t = useT();
  const styles = useStyles();
  const update = (i: number, patch: Partial<TypedChangeRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className={styles.root} data-testid="typed-rows">
      <legend className={styles.legend}>{t("UI-ROWS")}</legend>
      <Text size={200} className={styles.hint}>
        {t("UI-ROW-HINT")}
      </Text>
      {rows.map((row, i) => (
        <div className={styles.row} key={i}>
          <Field className={styles.field} label={t("UI-ROW-CODE", { row: i + 1 })} size="small">
            <Input className={styles.input} input={{ className: styles.inputField }} size="small" value={row.code} placeholder="351/70" onChange={(_, d) => update(i, { code: d.value })} />
          </Field>
          <Field className={styles.field} label={t("UI-ROW-CHANGE", { row: i + 1 })} size="small">
            <Input className={styles.input} input={{ className: styles.inputField }} size="small" value={row.change} placeholder={"1\u202f000"} inputMode="decimal" onChange={(_, d) => update(i, { change: d.value })} />
          </Field>
          <Button
            size="small"
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={t("UI-ROW-REMOVE", { row: i + 1 })}
            title={t("UI-ROW-REMOVE", { row: i + 1 })}
            disabled={rows.length === 1}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          />
        </div>
      ))}
      <div>
        <Button size="small" icon={<AddRegular />} onClick={() => onChange([...rows, { code: "", change: "" }])}>
          {t("UI-ROW-ADD")}
        </Button>
      </div>
    </fieldset>
  );
}
