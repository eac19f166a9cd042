// Results at scale: counts by severity, then groups by kind (errors first, the largest kind
// first), a filter, and Forrige/Neste that step through the results with a cell, selecting each
// cell in Excel while keyboard focus stays on the button. A result with a cell is a button that
// selects it too; the current one is marked. Groups fold, so 200 results stay navigable.
import { Badge, Button, Field, Input, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { type Diagnostic, countBySeverity, messageOf, type Severity } from "../../core/diagnostics";
import { countText } from "../amount-text";
import { groupFindings } from "../finding-kinds";
import { useLang, useT, useTCount } from "../pane-context";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const LABEL_KEY: Record<Severity, string> = { error: "UI-SEVERITY-ERROR", warning: "UI-SEVERITY-WARNING", info: "UI-SEVERITY-INFO" };
const COUNT_KEY: Record<Severity, string> = { error: "UI-COUNT-ERROR", warning: "UI-COUNT-WARNING", info: "UI-COUNT-INFO" };
const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;
/** Up to this many results, every group starts open. */
const OPEN_ALL_UP_TO = 30;
/** The filter appears from this many results. */
const FILTER_FROM = 6;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  counts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  nav: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  position: { color: tokens.colorNeutralForeground2 },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  toggle: {
    width: "100%",
    minWidth: 0,
    justifyContent: "flex-start",
    textAlign: "start",
    whiteSpace: "normal",
    height: "auto",
    fontWeight: tokens.fontWeightSemibold,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    textAlign: "start",
    width: "100%",
    minWidth: 0,
    height: "auto",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    borderLeft: `${tokens.strokeWidthThicker} solid transparent`,
  },
  current: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorSubtleBackgroundSelected },
  body: { display: "flex", flexDirection: "column", minWidth: 0 },
  static: { display: "flex", flexDirection: "column", padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, overflowWrap: "anywhere" },
  // Looks like a link: the part of the row that says "this takes you to a cell".
  cell: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForegroundLink, textDecorationLine: "underline" },
  noCell: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  chevron: { color: tokens.colorNeutralForeground3 },
});

export interface FindingsListProps {
  readonly diagnostics: readonly Diagnostic[];
  /** Called with the cell address when the user picks a result; results without a cell are plain text. */
  readonly onSelectCell: (address: string) => void;
  readonly "data-testid"?: string;
  /** The level of the group headings: 2 directly in a tab, 3 inside a step. */
  readonly headingLevel?: 2 | 3;
}

export function SeverityCounts({ diagnostics }: { readonly diagnostics: readonly Diagnostic[] }) {
  const tn = useTCount();
  const styles = useStyles();
  const counts = countBySeverity(diagnostics);
  return (
    <div className={styles.counts} data-testid="severity-counts">
      {SEVERITIES.filter((s) => counts[s] > 0).map((s) => (
        <Badge key={s} appearance="filled" color={BADGE_COLOR[s]}>
          {tn(COUNT_KEY[s], counts[s])}
        </Badge>
      ))}
    </div>
  );
}

function matches(d: Diagnostic, message: string, needle: string): boolean {
  return `${d.cell ?? ""} ${message} ${d.text ?? ""}`.toLowerCase().includes(needle);
}

export function FindingsList({ diagnostics, onSelectCell, "data-testid": testId = "findings", headingLevel = 2 }: FindingsListProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const baseId = useId();
  const [filter, setFilter] = useState("");
  const [current, setCurrent] = useState<Diagnostic | null>(null);
  const messages = useMemo(() => new Map(diagnostics.map((d) => [d, messageOf(d, lang)])), [diagnostics, lang]);
  const needle = filter.trim().toLowerCase();
  const shown = useMemo(() => (needle ? diagnostics.filter((d) => matches(d, messages.get(d) ?? "", needle)) : diagnostics), [diagnostics, messages, needle]);
  const groups = useMemo(() => groupFindings(shown), [shown]);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(diagnostics.length <= OPEN_ALL_UP_TO ? groups.map((g) => g.key) : groups.slice(0, 1).map((g) => g.key)));
  // Forrige/Neste go through the results with a cell, in the order shown.
  const steps = useMemo(() => groups.flatMap((g) => g.items.filter((d) => d.cell !== undefined)), [groups]);
  const index = current ? steps.indexOf(current) : -1;
  const ids = useMemo(() => new Map(diagnostics.map((d, i) => [d, `${baseId}-r${i}`])), [diagnostics, baseId]);

  useEffect(() => {
    if (current) document.getElementById(ids.get(current) ?? "")?.scrollIntoView?.({ block: "nearest" });
  }, [current, ids]);

  const go = (d: Diagnostic) => {
    setCurrent(d);
    const group = groups.find((g) => g.items.includes(d));
    if (group && !open.has(group.key)) setOpen(new Set([...open, group.key]));
    onSelectCell(d.cell!);
  };
  const step = (delta: number) => {
    if (steps.length === 0) return;
    const next = index < 0 ? (delta > 0 ? 0 : steps.length - 1) : index + delta;
    if (next >= 0 && next < steps.length) go(steps[next]);
  };
  // One stable handler for every row, so stepping re-renders only the rows that change.
  const goRef = useRef(go);
  goRef.current = go;
  const onGo = useCallback((d: Diagnostic) => goRef.current(d), []);
  const toggle = (key: string) => setOpen((o) => (o.has(key) ? new Set([...o].filter((k) => k !== key)) : new Set([...o, key])));

  return (
    <div className={styles.root} data-testid={testId}>
      <SeverityCounts diagnostics={diagnostics} />
      {diagnostics.length >= FILTER_FROM && (
        <Field label={t("UI-FILTER")} hint={needle ? t("UI-FILTER-SHOWN", { shown: countText(shown.length), total: countText(diagnostics.length) }) : undefined}>
          <Input type="search" value={filter} placeholder={t("UI-FILTER-PLACEHOLDER")} onChange={(_, d) => setFilter(d.value)} data-testid={`${testId}-filter`} />
        </Field>
      )}
      {steps.length > 1 && (
        <div className={styles.nav} role="group" aria-label={t("UI-STEP-GROUP")}>
          <Button size="small" disabledFocusable={index === 0} onClick={() => step(-1)} data-testid={`${testId}-previous`}>
            {t("UI-PREVIOUS")}
          </Button>
          <Button size="small" disabledFocusable={index === steps.length - 1} onClick={() => step(1)} data-testid={`${testId}-next`}>
            {t("UI-NEXT")}
          </Button>
          <Text size={200} className={styles.position} aria-live="polite" data-testid={`${testId}-position`}>
            {index >= 0 ? t("UI-STEP-POSITION", { n: countText(index + 1), total: countText(steps.length), cell: current?.cell ?? "" }) : t("UI-STEP-START", { total: countText(steps.length) })}
          </Text>
        </div>
      )}
      {groups.map((g) => {
        const headingId = `${baseId}-${g.key}`;
        const listId = `${headingId}-list`;
        const isOpen = open.has(g.key);
        return (
          <section key={g.key} className={styles.group} aria-labelledby={headingId} data-testid={`group-${g.severity}`} data-kind={g.kind}>
            <Heading className={styles.heading}>
              <Button
                id={headingId}
                appearance="subtle"
                className={styles.toggle}
                aria-expanded={isOpen}
                aria-controls={listId}
                icon={isOpen ? <ChevronDownRegular /> : <ChevronRightRegular />}
                onClick={() => toggle(g.key)}
              >
                {t("UI-GROUP", { severity: t(LABEL_KEY[g.severity]), kind: t(`UI-KIND-${g.kind.toUpperCase()}`), count: countText(g.items.length) })}
              </Button>
            </Heading>
            {isOpen && (
              <ul className={styles.list} id={listId}>
                {g.items.map((d) => (
                  <FindingItem key={ids.get(d)} d={d} id={ids.get(d) ?? ""} message={messages.get(d) ?? ""} current={d === current} onGo={onGo} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

interface FindingItemProps {
  readonly d: Diagnostic;
  readonly id: string;
  readonly message: string;
  readonly current: boolean;
  readonly onGo: (d: Diagnostic) => void;
}

const FindingItem = memo(function FindingItem({ d, id, message, current, onGo }: FindingItemProps) {
  const t = useT();
  const styles = useStyles();
  return (
    <li>
      {d.cell ? (
        <Button id={id} appearance="subtle" className={mergeClasses(styles.item, current && styles.current)} aria-current={current ? "true" : undefined} onClick={() => onGo(d)}>
          <span className={styles.body}>
            <Text size={200} className={styles.cell}>
              {d.cell}
            </Text>
            <Text size={200}>{message}</Text>
          </span>
          <ChevronRightRegular className={styles.chevron} aria-hidden />
        </Button>
      ) : (
        <div className={styles.static}>
          <Text size={200} className={styles.noCell}>
            {t("UI-NO-CELL")}
          </Text>
          <Text size={200}>{message}</Text>
        </div>
      )}
    </li>
  );
});
