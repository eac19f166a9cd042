// Flagged assignments, most urgent first (the engine's order): a badge with the flag, the id as
// written, the title, days overdue or left, and the deadline. A row with a cell selects it in Excel.
import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { formatDateNorwegian } from "../../core/deadlines/format-date";
import { type CalendarDate, toIsoDate } from "../../core/deadlines/calendar-date";
import type { DeadlineFlag, FlaggedItem } from "../../core/deadlines/flag";
import { deadlineDayText, flagName, flagText, ruleText } from "../../core/deadlines/flag-text";
import type { Lang } from "../../core/i18n/catalog";
import { useLang, useT } from "../pane-context";

const BADGE: Record<DeadlineFlag, "danger" | "warning" | "success" | "informative" | "subtle" | "severe"> = {
  overdue: "danger",
  "due-today": "severe",
  "due-soon": "warning",
  unreadable: "severe",
  "on-track": "success",
  "no-deadline": "informative",
  done: "subtle",
};

/** The flags a controller must act on. */
export const NEEDS_FOLLOW_UP: ReadonlySet<DeadlineFlag> = new Set<DeadlineFlag>(["overdue", "due-today", "due-soon", "unreadable"]);

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    minWidth: 0,
    height: "auto",
    textAlign: "start",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  id: { fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground2 },
});

/** A day as the pane shows it: "23. november 2026" in Bokmål, the ISO day in English. */
export function dayText(d: CalendarDate, lang: Lang): string {
  return lang === "nb" ? formatDateNorwegian(d) : toIsoDate(d);
}

/** "ca. 30. juni 2026 (siste dag i måneden)" for a deadline read from a period. */
function deadlineText(item: FlaggedItem, lang: Lang): string | null {
  const day = deadlineDayText(item, lang, (d) => dayText(d, lang));
  return day !== null && item.rule ? `${day} (${ruleText(item.rule, lang)})` : day;
}

function ItemBody({ item }: { readonly item: FlaggedItem }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const date = deadlineText(item, lang);
  return (
    <>
      <span className={styles.head}>
        <Badge appearance="filled" color={BADGE[item.flag]} size="small">
          {flagName(item.flag, lang)}
        </Badge>
        <Text size={200} className={styles.id}>
          {item.label}
        </Text>
      </span>
      {item.title && <Text size={200}>{item.title}</Text>}
      <Text size={200} className={styles.detail}>
        {flagText(item, lang)}
        {date ? ` · ${t("UI-DEADLINE", { date })}` : ""}
      </Text>
    </>
  );
}

export interface AssignmentListProps {
  readonly items: readonly FlaggedItem[];
  readonly onSelectCell: (address: string) => void;
}

export function AssignmentList({ items, onSelectCell }: AssignmentListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} data-testid="assignment-list">
      {items.map((item, i) => (
        <li key={`${item.label}-${item.cell ?? ""}-${i}`} data-flag={item.flag} data-approximate={item.approximate || undefined}>
          {item.cell ? (
            <Button appearance="subtle" className={styles.item} onClick={() => onSelectCell(item.cell!)}>
              <ItemBody item={item} />
            </Button>
          ) : (
            <div className={styles.item}>
              <ItemBody item={item} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
