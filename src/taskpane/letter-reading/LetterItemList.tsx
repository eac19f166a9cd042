// What a letter gave, item by item, each with the words it was read from beside it: allocations,
// changes (a transfer's lines as one item), assignments with their parts, reporting deadlines and
// every note the reader made. Each writable item has a checkbox (all ticked at first) so the user
// can leave items out. Shared by the Excel pane (Les inn fra brev) and the Word pane (Les dette
// brevet); it takes the language as a prop, as the Word pane has no pane context. Every letter
// text is rendered as React text, so nothing in a letter becomes markup.
import { Caption1, Checkbox, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { messageOf, sortDiagnostics } from "../../core/diagnostics";
import { type Lang, formatMessage } from "../../core/i18n/catalog";
import type { LetterItem } from "../../core/letter-reading/letter-items";
import type { LetterReading } from "../../core/letter-reading/types";
import { assignmentDetails, itemLabel, partLines, reportingLine, sourceLine } from "./item-text";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: { minWidth: 0, overflowWrap: "anywhere" },
  details: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL, color: tokens.colorNeutralForeground2 },
  source: {
    display: "block",
    margin: `0 0 0 ${tokens.spacingHorizontalXXL}`,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground3,
  },
  parts: { margin: 0, paddingLeft: `calc(${tokens.spacingHorizontalXXL} + ${tokens.spacingHorizontalL})` },
});

export interface LetterItemListProps {
  readonly reading: LetterReading;
  readonly items: readonly LetterItem[];
  readonly checked: ReadonlySet<string>;
  readonly onToggle: (key: string, checked: boolean) => void;
  readonly lang: Lang;
  /** The level of the groups' headings: 2 in a tab, 3 under a section's own heading. */
  readonly headingLevel?: 2 | 3;
}

export function LetterItemList({ reading, items, checked, onToggle, lang, headingLevel = 2 }: LetterItemListProps) {
  const styles = useStyles();
  const H = headingLevel === 2 ? "h2" : "h3";
  const t = (key: string, params: Record<string, string | number> = {}) => formatMessage(key, params, lang);

  const row = (item: LetterItem) => (
    <li key={item.key} className={styles.item} data-testid="letter-item" data-key={item.key}>
      <Checkbox checked={checked.has(item.key)} onChange={(_, d) => onToggle(item.key, d.checked === true)} label={itemLabel(item)} />
      {item.kind === "change" && item.transferGroup !== undefined && (
        <Caption1 as="p" className={styles.details}>
          {t("UI-LR-TRANSFER", { group: item.transferGroup })}
        </Caption1>
      )}
      {item.kind === "assignment" &&
        assignmentDetails(item.assignment, lang).map((line, i) => (
          <Caption1 as="p" key={i} className={styles.details}>
            {line}
          </Caption1>
        ))}
      {item.kind === "assignment" && item.assignment.parts.length > 0 && (
        <ul className={styles.parts}>
          {partLines(item.assignment, lang).map((line, i) => (
            <li key={i}>
              <Caption1>{line}</Caption1>
            </li>
          ))}
        </ul>
      )}
      <blockquote className={styles.source} data-testid="letter-source">
        <Caption1>{sourceLine(item.source, lang)}</Caption1>
      </blockquote>
    </li>
  );

  const group = (id: string, heading: string, list: readonly LetterItem[]) =>
    list.length > 0 && (
      <section className={styles.section} aria-labelledby={id}>
        <H id={id} className={styles.heading}>
          {heading}
        </H>
        <ul className={styles.list}>{list.map(row)}</ul>
      </section>
    );

  const allocations = items.filter((i) => i.kind === "allocation");
  const changes = items.filter((i) => i.kind === "change");
  const assignments = items.filter((i) => i.kind === "assignment");
  const diagnostics = sortDiagnostics(reading.diagnostics);
  return (
    <div className={styles.root} data-testid="letter-items">
      {group("lr-allocations", t("UI-LR-H-ALLOCATIONS", { count: allocations.length }), allocations)}
      {group("lr-changes", t("UI-LR-H-CHANGES", { count: reading.changes.length }), changes)}
      {group("lr-assignments", t("UI-LR-H-ASSIGNMENTS", { count: assignments.length }), assignments)}
      {reading.reporting.length > 0 && (
        <section className={styles.section} aria-labelledby="lr-reporting">
          <H id="lr-reporting" className={styles.heading}>
            {t("UI-LR-H-REPORTING", { count: reading.reporting.length })}
          </H>
          <Caption1 as="p" className={styles.details}>
            {t("UI-LR-REPORTING-NOTE")}
          </Caption1>
          <ul className={styles.list}>
            {reading.reporting.map((r, i) => (
              <li key={i} className={styles.item}>
                {reportingLine(r, lang)}
                <blockquote className={styles.source}>
                  <Caption1>{sourceLine(r.source, lang)}</Caption1>
                </blockquote>
              </li>
            ))}
          </ul>
        </section>
      )}
      {diagnostics.length > 0 && (
        <section className={styles.section} aria-labelledby="lr-notes">
          <H id="lr-notes" className={styles.heading}>
            {t("UI-LR-H-NOTES", { count: diagnostics.length })}
          </H>
          <ul className={styles.list} data-testid="letter-notes">
            {diagnostics.map((d, i) => (
              <li key={i}>
                <MessageBar intent={d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "info"} layout="multiline">
                  <MessageBarBody>{messageOf(d, lang)}</MessageBarBody>
                </MessageBar>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
