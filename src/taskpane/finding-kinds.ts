// Findings are grouped by what kind of problem they are, so 200 results read as "120 kap/post
// finnes ikke i Gul bok, 60 beløp som ikke kan leses ..." rather than one long list. A kind is
// a family of diagnostic codes; its name is in the message catalog (UI-KIND-...).
import { type Diagnostic, type Severity } from "../core/diagnostics";

const KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^KP-NOT-IN-(OWN-)?CHART/, "not-in-chart"],
  [/^KP-(CHAPTER|POST)-RANGE$/, "code-range"],
  [/^KP-(GROUP|SIDE)-/, "post-group"],
  [/^KP-/, "code-unreadable"],
  [/^(ALLOC|CHG)-(UNIT|ALLOC-UNIT|AMOUNT-COLUMN|AMOUNT-UNIT)|^XL-HIDDEN-COLUMNS/, "unit-column"],
  [/^AMT-|^(ALLOC|CHG)-AMOUNT-MISSING$/, "amount"],
  [/^ALLOC-TOTAL/, "totals"],
  [/^ALLOC-/, "allocation-rows"],
  [/^CHG-(NEW-LINE|INVALID-CODE|DUPLICATE-LINE|POST)/, "change-lines"],
  [/^CHG-(AFTER|TRANSFER)/, "change-results"],
  [/^CHG-/, "change-rows"],
  [/^(DL|ASG)-/, "assignments"],
  [/^(CHART-|XL-NO-(OWN-)?CHART|USE-YEAR-)/, "chart"],
];

export type FindingKind = string;

export function kindOf(d: Diagnostic): FindingKind {
  return KINDS.find(([re]) => re.test(d.code))?.[1] ?? "other";
}

export interface FindingGroup {
  readonly key: string;
  readonly severity: Severity;
  readonly kind: FindingKind;
  readonly items: readonly Diagnostic[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; within a severity the largest kind first. Items keep their order. */
export function groupFindings(diagnostics: readonly Diagnostic[]): FindingGroup[] {
  const groups = new Map<string, { severity: Severity; kind: FindingKind; items: Diagnostic[] }>();
  for (const d of diagnostics) {
    const kind = kindOf(d);
    const key = `${d.severity}|${kind}`;
    const g = groups.get(key) ?? { severity: d.severity, kind, items: [] };
    g.items.push(d);
    groups.set(key, g);
  }
  return [...groups.entries()]
    .map(([key, g]) => ({ key, ...g }))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.items.length - a.items.length || a.kind.localeCompare(b.kind));
}
