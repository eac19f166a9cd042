// Judging one run of the command line against a hand-worked answer (tests/fixtures/corpus/*.answer.json).
// Outcomes: right (every number and flag as worked out, every required warning given), wrong (a
// number or flag differs, but the run raised a warning or an error), silently wrong (a number or
// flag differs with no warning or error at all, or a required warning is missing), refused (the
// tool stopped with an error instead of giving numbers). Amounts are compared in kroner, exactly
// (decimal.js), so "57 625" in 1 000 kr equals "57625000" in kr.
import Decimal from "decimal.js";

export type Outcome = "right" | "wrong" | "silently wrong" | "refused";

export interface ExpectedLine {
  readonly code: string;
  readonly before: string | null;
  readonly change: string;
  readonly after: string | null;
}

export interface ExpectedFlag {
  readonly id: string;
  readonly part: string | null;
  readonly flag: string;
  readonly deadline?: string;
}

export interface ExpectedFinding {
  /** "Sheet!7": the sheet and row of the finding (the column is the engine's choice). */
  readonly row: string;
  readonly code?: string;
}

export interface MustWarn {
  /** What the warning must be about, in words. */
  readonly about: string;
  /** The engine's diagnostic codes for it, once it names them; any one of them will do. */
  readonly codes?: readonly string[];
}

export interface Answer {
  readonly workbook: string;
  readonly command: "apply" | "check" | "deadlines";
  readonly args: readonly string[];
  readonly refuse?: boolean;
  /** With refuse: the error code(s) that ask the clear question; a refusal naming none of them is reported as refused. */
  readonly refuseWith?: readonly string[];
  readonly expect: {
    readonly unit?: string;
    readonly lines?: readonly ExpectedLine[];
    readonly linesRead?: number;
    readonly errors?: readonly ExpectedFinding[];
    readonly codeWarnings?: readonly ExpectedFinding[];
    readonly flags?: readonly ExpectedFlag[];
  };
  readonly mustWarn?: readonly MustWarn[];
  readonly why: string;
}

export interface Verdict {
  readonly outcome: Outcome;
  /** Why it is not right: each number that differs, each missing warning, or the refusal's message. */
  readonly reasons: readonly string[];
}

type Json = Record<string, unknown>;
interface Diag {
  severity: string;
  code: string;
  message?: string;
  cell?: string;
}

/** Kroner per unit, as the engine spells units (src/core/amounts/unit.ts). */
const KRONER_PER_UNIT: Record<string, string> = { kr: "1", "1000 kr": "1000", "mill. kr": "1000000", "mrd. kr": "1000000000" };

function kroner(value: string | null | undefined, unit: string): Decimal | null {
  if (value === null || value === undefined) return null;
  return new Decimal(value).times(KRONER_PER_UNIT[unit]);
}

const same = (a: Decimal | null, b: Decimal | null) => (a === null || b === null ? a === b : a.equals(b));

function diagnosticsOf(json: Json): Diag[] {
  if (json.error) return [json.error as Diag];
  return Array.isArray(json.diagnostics) ? (json.diagnostics as Diag[]) : [];
}

const isWarningOrError = (d: Diag) => d.severity === "warning" || d.severity === "error";

/** "Tildeling!B7" or "'Mitt ark'!B7" -> "Tildeling!7". */
function rowOf(cell: string | undefined): string {
  if (!cell) return "";
  const bang = cell.lastIndexOf("!");
  const sheet = cell.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  const row = /\d+$/.exec(cell.slice(bang + 1))?.[0] ?? "";
  return `${sheet}!${row}`;
}

function didRefuse(answer: Answer, json: Json, diags: Diag[]): boolean {
  if (json.error) return true;
  const hasError = diags.some((d) => d.severity === "error");
  if (!hasError) return false;
  if (answer.command === "apply") return ((json.lines as unknown[] | undefined)?.length ?? 0) + ((json.otherLines as unknown[] | undefined)?.length ?? 0) === 0;
  if (answer.command === "check") return (json.linesRead ?? 0) === 0;
  return ((json.assignments as unknown[] | undefined)?.length ?? 0) === 0;
}

function compareApply(answer: Answer, json: Json): string[] {
  const out: string[] = [];
  const unit = String(json.unit);
  const expectedUnit = answer.expect.unit ?? "kr";
  if (!(unit in KRONER_PER_UNIT)) return [`unit ${JSON.stringify(json.unit)} is not one the test knows`];
  const rows = [...((json.lines as Json[]) ?? []), ...((json.otherLines as Json[]) ?? [])];
  for (const e of answer.expect.lines ?? []) {
    const r = rows.find((x) => x.code === e.code);
    if (!r) {
      out.push(`${e.code}: no line (expected ${String(e.before)} ${e.change.startsWith("-") ? "" : "+"}${e.change} = ${String(e.after)} ${expectedUnit})`);
      continue;
    }
    for (const key of ["before", "change", "after"] as const) {
      const want = kroner(e[key], expectedUnit);
      const got = kroner(r[key] as string | null, unit);
      if (!same(want, got)) out.push(`${e.code} ${key}: ${String(r[key])} ${unit}, expected ${String(e[key])} ${expectedUnit}`);
    }
  }
  const expectedCodes = new Set((answer.expect.lines ?? []).map((l) => l.code));
  for (const r of rows) {
    if (!expectedCodes.has(String(r.code))) out.push(`${String(r.code)}: a line no entry asks for (change ${String(r.change)} ${unit})`);
  }
  return out;
}

function findingRows(diags: Diag[], pick: (d: Diag) => boolean): Diag[] {
  return diags.filter(pick);
}

function compareFindings(label: string, expected: readonly ExpectedFinding[], got: Diag[]): string[] {
  const out: string[] = [];
  const left = [...got];
  for (const e of expected) {
    const i = left.findIndex((d) => rowOf(d.cell) === e.row && (e.code === undefined || d.code === e.code));
    if (i < 0) out.push(`no ${label} at ${e.row}${e.code ? ` (${e.code})` : ""}`);
    else left.splice(i, 1);
  }
  for (const d of left) out.push(`unexpected ${label} ${d.code} at ${d.cell ?? "(no cell)"}`);
  return out;
}

function compareCheck(answer: Answer, json: Json, diags: Diag[]): string[] {
  const out: string[] = [];
  const e = answer.expect;
  if (e.linesRead !== undefined && json.linesRead !== e.linesRead) out.push(`lines read: ${String(json.linesRead)}, expected ${e.linesRead}`);
  if (e.unit !== undefined && json.unit !== e.unit) out.push(`unit: ${String(json.unit)}, expected ${e.unit}`);
  if (e.errors) out.push(...compareFindings("error", e.errors, findingRows(diags, (d) => d.severity === "error")));
  if (e.codeWarnings) out.push(...compareFindings("code warning", e.codeWarnings, findingRows(diags, (d) => d.severity === "warning" && d.code.startsWith("KP-"))));
  return out;
}

function compareDeadlines(answer: Answer, json: Json): string[] {
  const out: string[] = [];
  const rows = (json.assignments as Json[]) ?? [];
  for (const e of answer.expect.flags ?? []) {
    const name = e.part ? `${e.id} ${e.part}` : e.id;
    const r = rows.find((x) => x.id === e.id && (x.part ?? null) === e.part);
    if (!r) {
      out.push(`${name}: not read (expected ${e.flag})`);
      continue;
    }
    if (r.flag !== e.flag) out.push(`${name}: ${String(r.flag)}, expected ${e.flag}`);
    if (e.deadline !== undefined && r.deadline !== e.deadline) out.push(`${name}: deadline ${String(r.deadline)}, expected ${e.deadline}`);
  }
  return out;
}

function missingWarnings(answer: Answer, diags: Diag[]): string[] {
  const out: string[] = [];
  for (const w of answer.mustWarn ?? []) {
    const ok = diags.some((d) => isWarningOrError(d) && (w.codes === undefined || w.codes.length === 0 || w.codes.includes(d.code)));
    if (!ok) out.push(`no warning: ${w.about}`);
  }
  return out;
}

/** The verdict on one run: its exit code and stdout (the --json report). */
export function classify(answer: Answer, exitCode: number | null, stdout: string): Verdict {
  let json: Json;
  try {
    json = JSON.parse(stdout) as Json;
  } catch {
    return { outcome: "wrong", reasons: [`no JSON report (exit code ${String(exitCode)})`] };
  }
  const diags = diagnosticsOf(json);
  const warned = diags.some(isWarningOrError);
  const refused = didRefuse(answer, json, diags);

  if (answer.refuse) {
    const asks = answer.refuseWith === undefined || diags.some((d) => d.severity === "error" && answer.refuseWith!.includes(d.code));
    if (refused && asks) return { outcome: "right", reasons: [] };
    if (refused) return { outcome: "refused", reasons: [`refused without asking the question (${answer.refuseWith!.join(" or ")}): ${diags.map((d) => d.code).join(", ")}`] };
    return { outcome: warned ? "wrong" : "silently wrong", reasons: ["gave numbers where the input is ambiguous and the answer is to refuse"] };
  }
  if (refused) {
    const first = diags.find((d) => d.severity === "error");
    return { outcome: "refused", reasons: [`${first?.code ?? "?"}: ${first?.message ?? ""}`] };
  }
  const mismatches =
    answer.command === "apply" ? compareApply(answer, json) : answer.command === "check" ? compareCheck(answer, json, diags) : compareDeadlines(answer, json);
  const missing = missingWarnings(answer, diags);
  if (mismatches.length === 0 && missing.length === 0) return { outcome: "right", reasons: [] };
  if (mismatches.length === 0) return { outcome: "silently wrong", reasons: missing };
  const warnedCodes = [...new Set(diags.filter(isWarningOrError).map((d) => d.code))];
  return warned
    ? { outcome: "wrong", reasons: [...mismatches, ...missing, `warned: ${warnedCodes.join(", ")}`] }
    : { outcome: "silently wrong", reasons: [...mismatches, ...missing] };
}
