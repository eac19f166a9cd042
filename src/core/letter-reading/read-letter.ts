// A whole letter -> allocations, changes, assignments and reporting deadlines. The same rules of
// certainty as the sheet readers: the unit is taken from a caption, else from the letter's own
// words ("økes med 1 mill. kr" beside a table's 1 000 says the table is in 1 000 kr), else assumed
// with a warning; a change stated both in a table and in a sentence is one change, and a mismatch
// is an error; transfers must balance; every sentence with an amount and a kap/post that gave no
// change is a warning quoting it.
import type Decimal from "decimal.js";
import { ZERO, add } from "../amounts/exact";
import { type Unit, UNITS, convertAmount, detectUnit } from "../amounts/unit";
import { budgetCodeKey, formatBudgetCode } from "../codes/budget-code";
import { type Diagnostic, diagnostic } from "../diagnostics";
import type { LetterDocument, LetterSource } from "./document";
import { type FlowLine, letterFlow, paragraphsOf } from "./flow";
import { ASSIGNMENT_ID, readAssignments } from "./letter-assignments";
import { type SentenceChange, readChangeSentences } from "./letter-changes";
import { readReporting } from "./letter-reporting";
import { type LetterTable, captionLike, findTextTables, readCellTable } from "./letter-tables";
import type { LetterAllocation, LetterChange, LetterReading, LetterUnitSource } from "./types";

export interface ReadLetterOptions {
  /** The unit the letter's tables are in, when the user knows better than the letter says. */
  readonly unit?: Unit;
}

// "Alle tall i 1 000 kroner", "(i 1 000 kr)", "Beløp i 1 000 kroner": the letter states its unit.
const UNIT_STATEMENT = /(?:^\(?\s*i\s+\S|alle\s+(?:tal|tall|beløp)\b|(?:tal|tall|beløp)\s+(?:er\s+)?(?:oppgitt\s+|gitt\s+)?i\s)/iu;
const LETTER_YEAR = /(?:tildelingsbrev|tildelingsbrevet|statsbudsjettet|budsjettåret)\D{0,40}?\b(20\d{2})\b/giu;
const HEADING_START = new RegExp(String.raw`^(?:oppdrag\s+(?:nr\.?\s*)?${ASSIGNMENT_ID}|frist\b|del\s+\d{1,2}\s*:)`, "iu");
// "Kap. 351 Likestilling" and "Post 70 Tilskudd til likestilling" head the text under them.
const BLOCK_HEADING = /^(?:kap\.?\s*\d{1,4}|post\s*\d{1,2}(?:\.\d{1,2})?)(?:\s+\D[^.]*)?$/iu;
// A label line such as "Finansiering:" or "Bakgrunn for oppdraget:" starts a paragraph of its own.
const LABEL = /^[\p{Lu}][^.:]{0,40}:\s*$/u;

// How the messages name a unit (the same in both languages, as letters write it).
const UNIT_WORDS: Record<Unit, string> = { kr: "kroner", "1000 kr": "1 000 kr", "mill. kr": "mill. kr" };

function statedUnit(lines: readonly FlowLine[]): { unit: Unit; source: LetterSource } | null {
  for (const line of lines) {
    const unit = detectUnit(line.text);
    if (unit && UNIT_STATEMENT.test(line.text) && captionLike(line.text)) return { unit, source: { ...line.place, text: line.text } };
  }
  return null;
}

/** The one unit that makes a table's change equal the kroner a sentence gives for the same code. */
function inferUnit(tables: readonly LetterTable[], sentences: readonly SentenceChange[]): { unit: Unit; evidence: string } | null {
  const fits = new Set<Unit>();
  let evidence = "";
  for (const t of tables) {
    for (const row of t.rows) {
      const change = row.values.change;
      if (!change) continue;
      const said = sentences.find((s) => s.unitWritten && budgetCodeKey(s.code) === budgetCodeKey(row.code));
      if (!said) continue;
      // `said.amount` is in kroner here (read with unit "kr").
      const matching = UNITS.filter((u) => convertAmount(change, u, "kr").equals(said.amount));
      if (matching.length !== 1) return null;
      fits.add(matching[0]);
      evidence ||= `${formatBudgetCode(row.code)}: «${row.source.text}» / «${said.text}»`;
    }
  }
  return fits.size === 1 ? { unit: [...fits][0], evidence } : null;
}

export function readLetter(doc: LetterDocument, options: ReadLetterOptions = {}): LetterReading {
  const diagnostics: Diagnostic[] = [];
  const flow = letterFlow(doc);
  const tables = [...findTextTables(flow.lines, diagnostics)];
  for (const t of flow.tables) {
    const read = readCellTable(t, diagnostics);
    if (read) tables.push(read);
  }
  const taken = new Set(tables.flatMap((t) => t.lineIndexes));
  const textLines = flow.lines.filter((_, i) => !taken.has(i));
  const paragraphs = paragraphsOf(textLines, (line) =>
    BLOCK_HEADING.test(line) ? "alone" : HEADING_START.test(line) || LABEL.test(line) ? "starts" : null,
  );
  // The budget year: the one the letter names with "tildelingsbrev … 2024" or "statsbudsjettet 2024";
  // a supplement also names earlier letters, so when it names several, the latest is taken and said.
  const years = [...new Set([...flow.lines.map((l) => l.text).join(" ").matchAll(LETTER_YEAR)].map((m) => Number(m[1])))].sort();
  const defaultYear = years.length > 0 ? years[years.length - 1] : undefined;
  if (years.length > 1) diagnostics.push(diagnostic("warning", "LR-YEAR-CHOSEN", { year: String(defaultYear), others: years.slice(0, -1).join(", ") }));

  // The unit: the user's, a caption on every table, the letter's statement, the letter's own words, or assumed.
  const inKroner = readChangeSentences(paragraphs, "kr");
  const stated = statedUnit(flow.lines);
  const captions = new Set(tables.map((t) => t.unit));
  let unit: Unit;
  let unitSource: LetterUnitSource;
  if (options.unit) {
    unit = options.unit;
    unitSource = "option";
  } else if (tables.length > 0 && captions.size === 1 && !captions.has(null)) {
    unit = tables[0].unit as Unit;
    unitSource = "table-caption";
  } else if (stated) {
    unit = stated.unit;
    unitSource = "letter";
  } else {
    const inferred = inferUnit(tables, inKroner.changes);
    if (inferred) {
      unit = inferred.unit;
      unitSource = "inferred";
      diagnostics.push(diagnostic("warning", "LR-UNIT-INFERRED", { unit: UNIT_WORDS[inferred.unit], evidence: inferred.evidence }));
    } else {
      unit = "1000 kr";
      unitSource = "default";
      if (tables.length > 0) diagnostics.push(diagnostic("warning", "LR-UNIT-ASSUMED", { unit: UNIT_WORDS[unit] }));
    }
  }
  const tableUnit = (t: LetterTable): Unit => (options.unit ? unit : (t.unit ?? unit));

  const allocations: LetterAllocation[] = [];
  const changes: LetterChange[] = [];
  for (const t of tables) {
    const from = tableUnit(t);
    const inUnit = (v: Decimal): Decimal => convertAmount(v, from, unit);
    const chapterTotals = new Map<number, Decimal>();
    for (const row of t.rows) {
      const amount = t.kind === "allocation" ? row.values.amount : row.values.before;
      if (amount) {
        allocations.push({ code: row.code, ...(row.name ? { name: row.name } : {}), amount: inUnit(amount), unit, from: t.kind === "allocation" ? "allocation-table" : "change-table", source: row.source });
        chapterTotals.set(row.code.chapter, add(chapterTotals.get(row.code.chapter) ?? ZERO, amount));
      }
      const { before, change, after } = row.values;
      if (before && change && after && !add(before, change).equals(after)) {
        diagnostics.push(diagnostic("error", "LR-ROW-ARITHMETIC", { code: formatBudgetCode(row.code) }, { text: row.source.text }));
      }
      if (change) changes.push({ code: row.code, amount: inUnit(change), unit, text: row.source.text, source: row.source, alsoIn: [] });
    }
    for (const s of t.sums) {
      const lines = s.chapter === null ? [...chapterTotals.values()].reduce(add, ZERO) : chapterTotals.get(s.chapter);
      if (lines && t.kind === "allocation" && !lines.equals(s.amount)) {
        diagnostics.push(diagnostic("warning", "LR-SUM-MISMATCH", { sum: s.amount.toString(), lines: lines.toString() }, { text: s.source.text }));
      }
    }
  }

  const sentences = readChangeSentences(paragraphs, unit);
  for (const s of sentences.changes) {
    const inTable = changes.find((c) => c.transferGroup === undefined && c.alsoIn.length === 0 && budgetCodeKey(c.code) === budgetCodeKey(s.code) && c.source.text !== s.text);
    if (inTable && s.transfer === undefined) {
      if (inTable.amount.equals(s.amount)) {
        changes[changes.indexOf(inTable)] = { ...inTable, text: s.text, alsoIn: [s.source] };
      } else {
        diagnostics.push(diagnostic("error", "LR-TABLE-TEXT-DIFFER", { code: formatBudgetCode(s.code), table: inTable.amount.toString(), inText: s.amount.toString() }, { text: s.text }));
      }
      continue;
    }
    changes.push({ code: s.code, amount: s.amount, unit, ...(s.transfer ? { transferGroup: s.transfer } : {}), text: s.text, source: s.source, alsoIn: [] });
  }
  for (const u of sentences.unread) {
    const same = changes.find((c) => u.codes.some((k) => budgetCodeKey(k) === budgetCodeKey(c.code)) && u.amountsKr.some((a) => convertAmount(c.amount, unit, "kr").equals(a)));
    const code = u.codes.map(formatBudgetCode).join(", ");
    diagnostics.push(
      same
        ? diagnostic("warning", "LR-SAME-AS-CHANGE", { code }, { text: u.text })
        : diagnostic("warning", "LR-AMOUNT-NOT-READ", { code }, { text: u.text }),
    );
  }
  const groups = new Map<string, Decimal>();
  for (const c of changes) if (c.transferGroup) groups.set(c.transferGroup, add(groups.get(c.transferGroup) ?? ZERO, c.amount));
  for (const [group, total] of groups) {
    if (!total.isZero()) diagnostics.push(diagnostic("error", "LR-TRANSFER-UNBALANCED", { group, total: total.toString() }));
  }

  const assignments = readAssignments(paragraphs, defaultYear, diagnostics);
  const reporting = readReporting(paragraphs, defaultYear);
  return { year: defaultYear ?? null, unit: tables.length > 0 || changes.length > 0 ? unit : null, unitSource, allocations, changes, assignments, reporting, diagnostics };
}
