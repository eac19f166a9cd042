// The tables in a letter: change tables (Kap/post | Tildeling før | Endring | Ny tildeling) and
// allocation tables (Kap | Post | Betegnelse | Beløp). Word and PDF tables arrive as cells; text
// tables as lines whose cells were lost ("351/70 57 625   1 000  58 625"), which number-row.ts
// splits only where the split is certain. A row that starts with a kap/post but cannot be read
// is a warning quoting it, never dropped.
import type Decimal from "decimal.js";
import { parseAmountText } from "../amounts/parse-amount";
import { type Unit, detectUnit } from "../amounts/unit";
import { type BudgetCode, parseBudgetCode } from "../codes/budget-code";
import { type Diagnostic, diagnostic } from "../diagnostics";
import { type ColumnRole, findHeaderRows } from "../sheet/header";
import type { LetterSource } from "./document";
import type { FlowLine, FlowTable } from "./flow";
import { splitNumberRow } from "./number-row";

export type AmountRole = "before" | "change" | "after" | "amount";

export interface TableRow {
  readonly code: BudgetCode;
  readonly name?: string;
  readonly values: Partial<Record<AmountRole, Decimal>>;
  readonly source: LetterSource;
}

export interface ChapterSum {
  readonly chapter: number | null;
  readonly amount: Decimal;
  readonly source: LetterSource;
}

export interface LetterTable {
  readonly kind: "change" | "allocation";
  readonly roles: readonly AmountRole[];
  /** The unit its header or caption states, and the words that state it. */
  readonly unit: Unit | null;
  readonly unitText?: string;
  readonly rows: readonly TableRow[];
  readonly sums: readonly ChapterSum[];
  readonly source: LetterSource;
  /** Line indexes the table took (text tables), so the sentence reader skips them. */
  readonly lineIndexes: readonly number[];
}

const ROLE_WORDS: ReadonlyArray<readonly [AmountRole, RegExp]> = [
  ["before", /tildeling før|før (?:tillegg|endring)|opprinnelig|tidligere tildelt|gjeldande tildeling|gjeldende tildeling/iu],
  ["after", /ny tildeling|ny ramme|etter endring|samlet tildeling|samla tildeling|ny sum|revidert tildeling/iu],
  ["change", /(?<!\p{L})(?:endring(?:ar|er)?|auke|økning|reduksjon)(?!\p{L})/iu],
  ["amount", /(?<!\p{L})(?:beløp|tildeling|bevilgning|løyving|budsjett|kroner|ramme|sum)(?!\p{L})/iu],
];

const CODE_HEADER = /^\s*(?:kap(?:ittel)?\.?(?:\s*(?:\/|og)\s*post)?|kap\.?\s*nr|kap\/post)\b/iu;

/** The columns of a letter's cell table besides its amounts; a name first, so "Posttekst" is the name and "Post" the post. */
const CELL_TABLE_ROLES: readonly ColumnRole[] = [
  { key: "code", patterns: [/kap\.?\s*\/\s*post/] },
  { key: "name", patterns: [/betegnelse|benevnelse|namn|navn|posttekst|formål|tekst/] },
  { key: "chapter", patterns: [/^kap(?!.*post)/] },
  { key: "post", patterns: [/^post/] },
];

/** A letter table's header is its first row with a cell that starts with Kap. */
const namesCode = (cells: ReadonlyArray<unknown>) => cells.some((c) => typeof c === "string" && CODE_HEADER.test(c));

/** The amount roles a header names, in the order they appear in it. */
export function headerRoles(text: string): AmountRole[] {
  const found: Array<[number, AmountRole]> = [];
  let rest = text;
  for (const [role, pattern] of ROLE_WORDS) {
    const m = pattern.exec(rest);
    if (!m) continue;
    if (role === "amount" && found.length > 0) continue;
    found.push([m.index, role]);
    // Blank out the words taken, so "Ny tildeling" is not also read as "tildeling".
    rest = rest.slice(0, m.index) + " ".repeat(m[0].length) + rest.slice(m.index + m[0].length);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, r]) => r);
}

function kindOf(roles: readonly AmountRole[]): "change" | "allocation" | null {
  if (roles.includes("change")) return "change";
  if (roles.length === 1 && roles[0] === "amount") return "allocation";
  return null;
}

// A text row: a code at the line start (351/70, 351.70, "351 70", "kap. 351 post 70"), then the rest.
const ROW = /^(?:kap\.?\s*)?(\d{1,4})\s*(?:[/.]\s*|\s+(?:post\s*)?|,\s*post\s*)(\d{1,2}(?:\.\d)?)(?=\s|$)(.*)$/iu;
const SUM_ROW = /^(?:sum|samlet|totalt?)\b(?:\s+kap(?:ittel)?\.?\s*(\d{1,4}))?(.*)$/iu;
// The numeric tail of a row: digit groups, signs and spaces to the end of the line.
const NUMERIC_TAIL = /(?:^|\s)((?:[-\u2212\u2013]?\s?\d+\s*)+)$/u;

function codeOf(chapter: string, post: string): BudgetCode | null {
  const r = parseBudgetCode(`${chapter}/${post}`);
  return r.ok ? r.value : null;
}

interface RowText {
  readonly name: string;
  readonly numbers: string;
}

function splitNameAndNumbers(rest: string): RowText | null {
  const m = NUMERIC_TAIL.exec(rest);
  if (!m) return null;
  return { name: rest.slice(0, rest.length - m[1].length).trim(), numbers: m[1] };
}

function sumSpec(roles: readonly AmountRole[]): { before: number; change: number; after: number } | undefined {
  const [before, change, after] = [roles.indexOf("before"), roles.indexOf("change"), roles.indexOf("after")];
  return before >= 0 && change >= 0 && after >= 0 ? { before, change, after } : undefined;
}

function valuesByRole(roles: readonly AmountRole[], values: readonly Decimal[]): Partial<Record<AmountRole, Decimal>> {
  const out: Partial<Record<AmountRole, Decimal>> = {};
  roles.forEach((r, i) => (out[r] = values[i]));
  return out;
}

const sourceOf = (line: FlowLine): LetterSource => ({ ...line.place, text: line.text });

/** Tables in the running text: a header line starting with Kap (and up to three wrapped lines), then code rows. */
export function findTextTables(lines: readonly FlowLine[], diagnostics: Diagnostic[]): LetterTable[] {
  const tables: LetterTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!CODE_HEADER.test(lines[i].text)) continue;
    // The header may wrap over a few lines before the first row.
    let end = i;
    while (end + 1 < lines.length && end - i < 3 && !ROW.test(lines[end + 1].text)) end++;
    if (end + 1 >= lines.length || !ROW.test(lines[end + 1].text)) continue;
    const headerText = lines.slice(i, end + 1).map((l) => l.text).join(" ");
    const roles = headerRoles(headerText);
    const kind = kindOf(roles);
    if (kind === null) continue;
    const caption = [lines[i - 1]?.text ?? "", headerText].map((t) => ({ t, u: detectUnit(t) })).find((c) => c.u !== null && captionLike(c.t));
    const rows: TableRow[] = [];
    const sums: ChapterSum[] = [];
    const taken = [...Array(end - i + 1).keys()].map((k) => i + k);
    let j = end + 1;
    for (; j < lines.length; j++) {
      const line = lines[j];
      const row = ROW.exec(line.text);
      const sum = row ? null : SUM_ROW.exec(line.text);
      if (!row && !sum) break;
      taken.push(j);
      if (sum) {
        const amount = parseAmountText(splitNameAndNumbers(sum[2])?.numbers ?? "");
        if (amount.ok) sums.push({ chapter: sum[1] ? Number(sum[1]) : null, amount: amount.value.value, source: sourceOf(line) });
        continue;
      }
      const code = row && codeOf(row[1], row[2]);
      const parts = row && splitNameAndNumbers(row[3]);
      const split = parts && splitNumberRow(parts.numbers, { count: roles.length, sum: sumSpec(roles) });
      if (!code || !parts || !split || !split.ok) {
        const reason = split && !split.ok && split.reason === "ambiguous" ? "LR-ROW-AMBIGUOUS" : "LR-ROW-UNREAD";
        diagnostics.push(diagnostic("warning", reason, { where: placeText(line) }, { text: line.text }));
        continue;
      }
      rows.push({ code, ...(parts.name ? { name: parts.name } : {}), values: valuesByRole(roles, split.values), source: sourceOf(line) });
    }
    tables.push({
      kind,
      roles,
      unit: caption?.u ?? null,
      ...(caption ? { unitText: caption.t } : {}),
      rows,
      sums,
      source: sourceOf(lines[i]),
      lineIndexes: taken,
    });
    i = j - 1;
  }
  return tables;
}

/** A caption or header that states a unit, not a sentence that carries an amount ("Samlet reduksjon: 0,4 mill. kroner"). */
export function captionLike(text: string): boolean {
  const withoutUnit = text.replace(/1\s?000/gu, "");
  return !/\d[\d\s]*(?:,\d+)?\s*(?:mill|mrd|kr|kroner)/iu.test(withoutUnit) && text.length <= 120;
}

export function placeText(line: { place: { page?: number; paragraph: number } }): string {
  return line.place.page === undefined ? String(line.place.paragraph) : `${line.place.page}:${line.place.paragraph}`;
}

/** A table that kept its cells (Word, a PDF table rebuilt from positions). */
export function readCellTable(table: FlowTable, diagnostics: Diagnostic[]): LetterTable | null {
  const found = findHeaderRows({ sheet: "", top: 1, left: 1, values: table.rows }, CELL_TABLE_ROLES, { required: [], minRoles: 0, mayBeHeader: namesCode })[0];
  if (!found) return null;
  const headerAt = found.row;
  const header = table.rows[headerAt];
  const columns = header.map((c) => headerRoles(c)[0] ?? null);
  const roles = columns.filter((r): r is AmountRole => r !== null);
  const kind = kindOf(roles);
  if (kind === null) return null;
  const column = (role: string) => found.columns.get(role) ?? -1;
  const [chapterCol, postCol, codeCol, nameCol] = [column("chapter"), column("post"), column("code"), column("name")];
  const above = table.rows.slice(0, headerAt).flat().concat(header);
  const captionCell = above.find((c) => detectUnit(c) !== null && captionLike(c));
  const rows: TableRow[] = [];
  const sums: ChapterSum[] = [];
  const place = table.place;
  for (const cells of table.rows.slice(headerAt + 1)) {
    const text = cells.filter((c) => c !== "").join(" | ");
    if (text === "") continue;
    const source: LetterSource = { ...place, text };
    const sum = SUM_ROW.exec(cells[0] ?? "");
    const code =
      codeCol >= 0 ? parseBudgetCode(cells[codeCol] ?? "") : chapterCol >= 0 && postCol >= 0 ? parseBudgetCode(`${cells[chapterCol]}/${cells[postCol]}`) : null;
    const values: Partial<Record<AmountRole, Decimal>> = {};
    let bad = false;
    columns.forEach((role, k) => {
      if (role === null || (cells[k] ?? "").trim() === "") return;
      const amount = parseAmountText(cells[k]);
      if (amount.ok) values[role] = amount.value.value;
      else bad = true;
    });
    if (sum && !code?.ok) {
      const amount = values.after ?? values.amount;
      if (amount) sums.push({ chapter: sum[1] ? Number(sum[1]) : null, amount, source });
      continue;
    }
    if (!code || !code.ok || bad || Object.keys(values).length === 0) {
      // Chapter heading rows ("Kap. 351 Likestilling" with no amount) are structure, not lines.
      if (Object.keys(values).length === 0 && !bad) continue;
      diagnostics.push(diagnostic("warning", "LR-ROW-UNREAD", { where: placeText({ place }) }, { text }));
      continue;
    }
    const name = nameCol >= 0 ? cells[nameCol] : undefined;
    rows.push({ code: code.value, ...(name ? { name } : {}), values, source });
  }
  return {
    kind,
    roles,
    unit: captionCell ? detectUnit(captionCell) : null,
    ...(captionCell ? { unitText: captionCell } : {}),
    rows,
    sums,
    source: { ...place, text: header.join(" | ") },
    lineIndexes: [],
  };
}

