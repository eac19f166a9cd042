// What a result was computed from ("Kontrollert mot Gul bok 2024 (fra arktittelen)", the sheet,
// the amount column, the unit), and, under "Endre", the same choices to make otherwise, right
// there: choosing runs the step again with them. Every fact that can change a number is shown.
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { UNITS, type Unit } from "../../core/amounts/unit";
import type { ResultChoices } from "../../app/pane-actions";
import type { FactSource, ReportFacts } from "../../app/report-facts";

/** The choices made from a result, and the sheet (which the tab turns into its source). */
export type ReportChoices = ResultChoices & { readonly sheet?: string };
import { useT } from "../pane-context";
import { CHART_YEARS } from "../settings";
import { ChoiceField } from "./ChoiceField";

export const UNIT_KEY: Record<Unit, string> = { kr: "UI-UNIT-KR", "1000 kr": "UI-UNIT-1000", "mill. kr": "UI-UNIT-MILL", "mrd. kr": "UI-UNIT-MRD" };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0, overflowWrap: "anywhere" },
  list: { margin: 0, display: "grid", gridTemplateColumns: "auto minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase200 },
  editor: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

export interface ResultFactsProps {
  readonly facts: ReportFacts | undefined;
  /** "check": Kontrollert mot …; "changes": Beregnet mot … and the change list's unit. */
  readonly kind: "check" | "changes";
  /** The sheets the user can read instead (their names). */
  readonly sheets?: readonly string[];
  readonly choices: ReportChoices;
  /** Run the step again with these choices. */
  readonly onChoose: (choices: ReportChoices) => void;
  readonly busy?: boolean;
}

const same = (text: string) => ({ value: text, text });

function sourceText(source: FactSource, t: (k: string) => string): string {
  return t(`UI-FACT-FROM-${source.toUpperCase()}`);
}

export function ResultFacts({ facts, kind, sheets = [], choices, onChoose, busy = false }: ResultFactsProps) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<ReportChoices>(choices);
  if (!facts) return null;

  const year = facts.chartSheet
    ? t("UI-FACT-OWN-CHART", { sheet: facts.chartSheet })
    : facts.chartYear === null
      ? t("UI-FACT-NO-CHART")
      : t(kind === "check" ? "UI-FACT-CHECKED-AGAINST" : "UI-FACT-COMPUTED-AGAINST", { year: facts.chartYear, from: sourceText(facts.yearSource, t) });
  // A sheet for a year with no Gul bok yet is checked against the latest before it; a year chosen
  // otherwise than the sheet's own is worth a word too.
  const budgetYear =
    facts.budgetYear === null || facts.chartYear === null || facts.budgetYear === facts.chartYear
      ? null
      : t(facts.budgetYear > facts.chartYear && facts.yearSource !== "option" ? "UI-FACT-BUDGET-YEAR" : "UI-FACT-BUDGET-YEAR-OTHER", { year: facts.budgetYear });
  const column = facts.amountColumn
    ? t("UI-FACT-COLUMN-VALUE", { header: facts.amountColumn.header, cell: facts.amountColumn.cell, from: sourceText(facts.amountColumn.source, t) })
    : null;
  const unit = facts.unit ? `${t(UNIT_KEY[facts.unit])} (${sourceText(facts.unitSource, t)})` : t("UI-FACT-UNIT-UNKNOWN");
  const columns = facts.amountColumn ? [facts.amountColumn.header, ...facts.amountColumn.alternatives] : [];
  const sheetChoices = [...new Set([...facts.sheets.slice(0, 1), ...sheets])];
  const set = (patch: Partial<ReportChoices>) => setDraft((d) => ({ ...d, ...patch }));
  const unitChoices = UNITS.map((u) => ({ value: u, text: t(UNIT_KEY[u]) }));

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="result-facts">
      <Text id={headingId} size={200} weight="semibold">
        {year}
        {budgetYear ? ` ${budgetYear}` : ""}
      </Text>
      <dl className={styles.list}>
        <dt className={styles.term}>{t(facts.sheets.length > 1 ? "UI-FACT-SHEETS" : "UI-FACT-SHEET")}</dt>
        <dd className={styles.value}>{facts.sheets.join(", ") || "–"}</dd>
        {column && (
          <>
            <dt className={styles.term}>{t("UI-FACT-COLUMN")}</dt>
            <dd className={styles.value}>{column}</dd>
          </>
        )}
        <dt className={styles.term}>{t("UI-FACT-UNIT")}</dt>
        <dd className={styles.value}>{unit}</dd>
      </dl>
      <div className={styles.row}>
        <Button size="small" aria-expanded={editing} onClick={() => setEditing((e) => !e)} data-testid="facts-edit">
          {t("UI-FACT-CHANGE")}
        </Button>
      </div>
      {editing && (
        <div className={styles.editor} data-testid="facts-editor">
          <ChoiceField
            label={t("UI-YEAR")}
            value={String(draft.year ?? facts.chartYear ?? "")}
            choices={CHART_YEARS.map((y) => ({ value: String(y), text: String(y) }))}
            onChange={(v) => set({ year: Number(v) })}
            {...(facts.chartYear === null ? { none: t("UI-CHOOSE") } : {})}
          />
          {sheetChoices.length > 1 && (
            <ChoiceField label={t("UI-FACT-SHEET")} value={draft.sheet ?? facts.sheets[0] ?? ""} choices={sheetChoices.map(same)} onChange={(v) => set({ sheet: v })} />
          )}
          {columns.length > 1 && (
            <ChoiceField label={t("UI-FACT-COLUMN")} value={draft.amountColumn ?? columns[0]} choices={columns.map(same)} onChange={(v) => set({ amountColumn: v })} />
          )}
          <ChoiceField
            label={t(kind === "changes" ? "UI-FACT-UNIT-ALLOCATIONS" : "UI-FACT-UNIT")}
            value={draft.unit ?? facts.unit ?? ""}
            choices={unitChoices}
            onChange={(v) => set({ unit: v as Unit })}
            {...(facts.unit === null ? { none: t("UI-CHOOSE") } : {})}
          />
          {kind === "changes" && (
            <ChoiceField
              label={t("UI-FACT-UNIT-CHANGES")}
              value={draft.changesUnit ?? ""}
              choices={unitChoices}
              onChange={(v) => set({ changesUnit: v === "" ? undefined : (v as Unit) })}
              none={t("UI-FACT-UNIT-SAME")}
            />
          )}
          <div className={styles.row}>
            <Button
              size="small"
              disabledFocusable={busy}
              data-testid="facts-apply"
              onClick={() => {
                onChoose(draft);
              }}
            >
              {t(kind === "check" ? "UI-FACT-APPLY-CHECK" : "UI-FACT-APPLY-PREVIEW")}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
