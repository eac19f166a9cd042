// Results grouped by severity, each group headed by its count. A result with a cell is a button
// that selects that cell in Excel; the message comes from the catalog in the pane's language.
import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { type Diagnostic, countBySeverity, messageOf, type Severity } from "../../core/diagnostics";
import { useLang, useT } from "../pane-context";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const LABEL_KEY: Record<Severity, string> = { error: "UI-SEVERITY-ERROR", warning: "UI-SEVERITY-WARNING", info: "UI-SEVERITY-INFO" };
const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

const useStyles = makeStyles({
  counts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    textAlign: "start",
    width: "100%",
    minWidth: 0,
    height: "auto",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "normal",
    overflowWrap: "anywhere",
  },
  static: { display: "flex", flexDirection: "column", padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, overflowWrap: "anywhere" },
  cell: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
});

export interface DiagnosticListProps {
  readonly diagnostics: readonly Diagnostic[];
  /** Called with the cell address when the user picks a result; results without a cell are plain text. */
  readonly onSelectCell: (address: string) => void;
}

export function SeverityCounts({ diagnostics }: { readonly diagnostics: readonly Diagnostic[] }) {
  const t = useT();
  const styles = useStyles();
  const counts = countBySeverity(diagnostics);
  return (
    <div className={styles.counts} data-testid="severity-counts">
      {SEVERITIES.filter((s) => counts[s] > 0).map((s) => (
        <Badge key={s} appearance="filled" color={BADGE_COLOR[s]}>
          {t("UI-SEVERITY-COUNT", { label: t(LABEL_KEY[s]), count: counts[s] })}
        </Badge>
      ))}
    </div>
  );
}

function Group({ severity, items, onSelectCell }: { severity: Severity; items: readonly Diagnostic[]; onSelectCell: (a: string) => void }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.group} aria-labelledby={headingId} data-testid={`group-${severity}`}>
      <h3 id={headingId} className={styles.heading}>
        {t("UI-SEVERITY-COUNT", { label: t(LABEL_KEY[severity]), count: items.length })}
      </h3>
      <ul className={styles.list}>
        {items.map((d, i) => {
          const message = messageOf(d, lang);
          return (
            <li key={`${d.code}-${d.cell ?? ""}-${i}`}>
              {d.cell ? (
                <Button
                  appearance="subtle"
                  className={styles.item}
                  onClick={() => onSelectCell(d.cell!)}
                >
                  <Text size={200} className={styles.cell}>
                    {d.cell}
                  </Text>
                  <Text size={200}>{message}</Text>
                </Button>
              ) : (
                <div className={styles.static}>
                  <Text size={200} className={styles.cell}>
                    {t("UI-NO-CELL")}
                  </Text>
                  <Text size={200}>{message}</Text>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function DiagnosticList({ diagnostics, onSelectCell }: DiagnosticListProps) {
  return (
    <>
      {SEVERITIES.map((s) => {
        const items = diagnostics.filter((d) => d.severity === s);
        return items.length ? <Group key={s} severity={s} items={items} onSelectCell={onSelectCell} /> : null;
      })}
    </>
  );
}
