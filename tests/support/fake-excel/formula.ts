// A small formula evaluator, so the fake can show what Excel would show for the formulas the
// add-in writes (=E2+F2, =SUM(E2:E9), IF/AND over TODAY()) and for conditional-format rules.
// It lets a test move the clock to tomorrow and see a status change without re-running the add-in.
import { lettersToColumn as columnNumber } from "./a1";

export type FormulaValue = string | number | boolean | null | { error: string };
type Value = FormulaValue | FormulaValue[];

export interface FormulaEnv {
  /** Serial number TODAY() returns. */
  today: number;
  valueAt(sheet: string | null, row: number, col: number): FormulaValue;
}

interface Ref {
  sheet: string | null;
  row: number;
  col: number;
  absRow: boolean;
  absCol: boolean;
}

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "ref"; a: Ref; b?: Ref }
  | { t: "id"; v: string }
  | { t: "op"; v: string };

const REF = /^(?:('(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?/u;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i];
    if (/\s/.test(ch)) { i++; continue; }
    let m = /^\d+(\.\d+)?/.exec(rest);
    if (m) { out.push({ t: "num", v: Number(m[0]) }); i += m[0].length; continue; }
    if (ch === '"') {
      let j = i + 1, s = "";
      while (j < src.length) {
        if (src[j] === '"' && src[j + 1] === '"') { s += '"'; j += 2; continue; }
        if (src[j] === '"') break;
        s += src[j++];
      }
      out.push({ t: "str", v: s });
      i = j + 1;
      continue;
    }
    m = REF.exec(rest);
    if (m && !/^[A-Za-z]+\(/.test(rest.slice(m[1] ? m[1].length + 1 : 0))) {
      const sheet = m[1] ? (m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1]) : null;
      const a: Ref = { sheet, absCol: m[2] === "$", col: columnNumber(m[3]), absRow: m[4] === "$", row: Number(m[5]) };
      const b: Ref | undefined = m[7] ? { sheet, absCol: m[6] === "$", col: columnNumber(m[7]), absRow: m[8] === "$", row: Number(m[9]) } : undefined;
      out.push({ t: "ref", a, b });
      i += m[0].length;
      continue;
    }
    m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (m) { out.push({ t: "id", v: m[0].toUpperCase() }); i += m[0].length; continue; }
    m = /^(<>|<=|>=|[-+*/&=<>(),:])/.exec(rest);
    if (m) { out.push({ t: "op", v: m[0] }); i += m[0].length; continue; }
    throw new Error(`fake-excel formula: cannot read ${rest}`);
  }
  return out;
}

const isError = (v: unknown): v is { error: string } => typeof v === "object" && v !== null && !Array.isArray(v) && "error" in v;

function toNumber(v: FormulaValue): number | { error: string } {
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isError(v)) return v;
  const n = Number(v);
  return Number.isFinite(n) ? n : { error: "#VALUE!" };
}

function scalar(v: Value): FormulaValue {
  return Array.isArray(v) ? { error: "#VALUE!" } : v;
}

function compare(a: FormulaValue, b: FormulaValue): number {
  const blankA = a === null, blankB = b === null;
  const x = blankA ? (typeof b === "string" ? "" : 0) : a;
  const y = blankB ? (typeof a === "string" ? "" : 0) : b;
  const rank = (v: FormulaValue) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string" && typeof y === "string") return x.toLowerCase().localeCompare(y.toLowerCase());
  return Number(x) - Number(y);
}

/** Evaluate `formula` (with or without "="); relative references move by `shift` (for conditional formats). */
export function evaluateFormula(formula: string, env: FormulaEnv, shift = { rows: 0, cols: 0 }): FormulaValue {
  const tokens = tokenize(formula.replace(/^=/, ""));
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (v: string) => peek()?.t === "op" && (peek() as { v: string }).v === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new Error(`fake-excel formula: expected ${v} in ${formula}`);
    pos++;
  };
  const moved = (r: Ref): Ref => ({ ...r, row: r.absRow ? r.row : r.row + shift.rows, col: r.absCol ? r.col : r.col + shift.cols });

  function comparison(): Value {
    let left = concat();
    for (;;) {
      const t = peek();
      if (t?.t !== "op" || !["=", "<>", "<", ">", "<=", ">="].includes(t.v)) return left;
      pos++;
      const a = scalar(left), b = scalar(concat());
      if (isError(a)) return a;
      if (isError(b)) return b;
      const c = compare(a, b);
      left = { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[t.v] as boolean;
    }
  }
  function concat(): Value {
    let left = additive();
    while (isOp("&")) {
      pos++;
      const a = scalar(left), b = scalar(additive());
      left = isError(a) ? a : isError(b) ? b : `${a ?? ""}${b ?? ""}`;
    }
    return left;
  }
  function arith(left: Value, op: string, right: Value): FormulaValue {
    const a = toNumber(scalar(left)), b = toNumber(scalar(right));
    if (isError(a)) return a;
    if (isError(b)) return b;
    if (op === "/" && b === 0) return { error: "#DIV/0!" };
    return op === "+" ? a + b : op === "-" ? a - b : op === "*" ? a * b : a / b;
  }
  function additive(): Value {
    let left = term();
    while (isOp("+") || isOp("-")) {
      const op = (tokens[pos++] as { v: string }).v;
      left = arith(left, op, term());
    }
    return left;
  }
  function term(): Value {
    let left = unary();
    while (isOp("*") || isOp("/")) {
      const op = (tokens[pos++] as { v: string }).v;
      left = arith(left, op, unary());
    }
    return left;
  }
  function unary(): Value {
    if (isOp("-")) { pos++; return arith(0, "-", unary()); }
    if (isOp("+")) { pos++; return unary(); }
    return primary();
  }
  function rangeValues(a: Ref, b: Ref): FormulaValue[] {
    const out: FormulaValue[] = [];
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++)
      for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) out.push(env.valueAt(a.sheet, r, c));
    return out;
  }
  function primary(): Value {
    const t = tokens[pos++];
    if (!t) throw new Error(`fake-excel formula: unexpected end of ${formula}`);
    if (t.t === "num" || t.t === "str") return t.v;
    if (t.t === "ref") {
      const a = moved(t.a);
      return t.b ? rangeValues(a, moved(t.b)) : env.valueAt(a.sheet, a.row, a.col);
    }
    if (t.t === "op" && t.v === "(") {
      const v = comparison();
      expect(")");
      return v;
    }
    if (t.t === "id") {
      if (t.v === "TRUE" || t.v === "FALSE") return t.v === "TRUE";
      expect("(");
      const args: Value[] = [];
      while (!isOp(")")) {
        args.push(comparison());
        if (isOp(",")) pos++;
      }
      expect(")");
      return call(t.v, args);
    }
    throw new Error(`fake-excel formula: unexpected token in ${formula}`);
  }
  function call(name: string, args: Value[]): FormulaValue {
    const flat = () => args.flatMap((a) => (Array.isArray(a) ? a : [a]));
    const truthy = (v: Value) => {
      const s = scalar(v);
      return isError(s) ? s : typeof s === "string" ? s !== "" : Boolean(s);
    };
    switch (name) {
      case "TODAY": return env.today;
      case "SUM": {
        let sum = 0;
        for (const v of flat()) {
          if (isError(v)) return v;
          if (typeof v === "number") sum += v;
        }
        return sum;
      }
      case "IF": {
        const c = truthy(args[0]);
        if (isError(c)) return c;
        return scalar(c ? args[1] ?? true : args[2] ?? false);
      }
      case "AND":
      case "OR": {
        const bools = args.map(truthy);
        const err = bools.find(isError);
        if (err) return err;
        return name === "AND" ? bools.every(Boolean) : bools.some(Boolean);
      }
      case "NOT": { const c = truthy(args[0]); return isError(c) ? c : !c; }
      case "ISNUMBER": return typeof scalar(args[0]) === "number";
      case "ISBLANK": return scalar(args[0]) === null;
      case "ABS": { const n = toNumber(scalar(args[0])); return isError(n) ? n : Math.abs(n); }
      default: return { error: "#NAME?" };
    }
  }

  const result = scalar(comparison());
  if (pos !== tokens.length) throw new Error(`fake-excel formula: trailing input in ${formula}`);
  return result;
}
