// Reading an assignment list from a sheet: the header row is found by meaning (Oppdrag / Nr,
// Tittel, Frist, Ny frist, Status, Ansvarlig, Del ...), so columns can be in any order and
// several lists can share a sheet. Every row under a header becomes an assignment, a part of
// one, or a diagnostic naming its cell; rows above the first header are titles and are not read.
//
// Part rows: a row is a part of an assignment when its part column ("Del") is filled in, or
// its title starts with "Del 1:" (also "Del 1 -", "Del 1."), and its id cell is empty (the part
// belongs to the assignment above) or repeats the id of an assignment read earlier.
import { type Diagnostic, atCell, diagnostic } from "../diagnostics";
import { type CellValue, type Grid, cellAddress, cellAt, formatAt, isBlank } from "../grid";
import { type ColumnRole, type HeaderMatch, findHeaderRows } from "../sheet/header";
import { cellText, normalizeSpaces } from "../sheet/text";
import { type Assignment, type AssignmentPart, effectiveDeadline } from "./assignment";
import { type AssignmentId, parseAssignmentId } from "./assignment-id";
import { type DeadlineContext, type DeadlineParse, parseDeadline } from "./parse-deadline";
import { parseStatus } from "./status";
import { singleYearInTitle, yearFromSheetContext } from "./sheet-year";

export interface ReadAssignmentsOptions {
  /** The year for deadlines written without one ("2. kvartal", "25. sep."); default: the budget year named above the table. */
  readonly defaultYear?: number;
  /** The year when neither `defaultYear` nor the sheet names one (the letter's or the file name's year). */
  readonly fallbackYear?: number;
  readonly date1904?: boolean;
}

export interface AssignmentsRead {
  readonly assignments: Assignment[];
  readonly diagnostics: Diagnostic[];
  /** The year used for deadlines without a year, and where it came from. */
  readonly defaultYear: number | null;
  /** The header rows the lists start at, as sheet rows (1-based): a sheet may hold several lists. */
  readonly headerRows: readonly number[];
}

const ROLES: readonly ColumnRole[] = [
  // Before "id": "Oppdrag nr (Udir)" is another agency's number, not ours.
  { key: "otherIds", patterns: [/^(?:oppdrag\s*)?(?:nr|nummer|id)\.?\s*\(.+\)$/, /^(?:andre|annen|annet|tilsvarende)\b.*(?:nr|nummer|id|oppdrag)/] },
  { key: "revisedDeadline", patterns: [/^(?:ny|nye|revidert|endret|forlenget|utsatt)\s+frist/] },
  { key: "deadline", patterns: [/^(?:opprinnelig\s+|leverings|svar|tids|rapporterings)?frist(?:dato)?$/, /^frist\b/, /^deadline$/, /^(?:leveres|levering) innen$/] },
  { key: "id", patterns: [/^(?:oppdrag\s*)?(?:nr|nummer|id)\.?$/, /^oppdrags(?:nr|nummer|id)\.?$/, /^(?:ref|referanse)\.?$/] },
  { key: "assignment", patterns: [/^oppdrag$/] },
  { key: "title", patterns: [/^(?:tittel|oppdragstittel|beskrivelse|oppdragsbeskrivelse|navn|tema|innhold)$/] },
  { key: "part", patterns: [/^(?:del|deloppdrag|delleveranse)$/] },
  { key: "status", patterns: [/^status\b/, /^tilstand$/] },
  { key: "owner", patterns: [/^(?:ansvarlig|ansvar|eier|lederdirektorat|ledende (?:etat|direktorat)|etat|virksomhet)\b/] },
];

const PART_TITLE = /^del\s*(\d+)\s*[:.)–-]\s*(.*)$/i;

interface Columns {
  readonly id?: number;
  readonly title?: number;
  readonly deadline?: number;
  readonly revised?: number;
  readonly status?: number;
  readonly owner?: number;
  readonly part?: number;
  /** Column and the agency named in its header ("Udir"), if any. */
  readonly otherIds: ReadonlyArray<{ col: number; agency: string }>;
}

/** "Oppdrag" alone is the id column when there is no Nr column, else the title column. */
function columnsOf(header: HeaderMatch): Columns {
  const c = header.columns;
  const hasId = c.has("id");
  const otherIds = (header.allColumns.get("otherIds") ?? []).map((col) => {
    const label = header.labels.get(col) ?? "";
    return { col, agency: /\(([^)]+)\)/.exec(label)?.[1].trim() ?? "" };
  });
  return {
    id: hasId ? c.get("id") : c.get("assignment"),
    title: c.get("title") ?? (hasId ? c.get("assignment") : undefined),
    deadline: c.get("deadline"),
    revised: c.get("revisedDeadline"),
    status: c.get("status"),
    owner: c.get("owner"),
    part: c.get("part"),
    otherIds,
  };
}

interface MutableAssignment extends Omit<Assignment, "parts"> {
  parts: AssignmentPart[];
}

export function readAssignments(grid: Grid, options: ReadAssignmentsOptions = {}): AssignmentsRead {
  const diagnostics: Diagnostic[] = [];
  const headers = findHeaderRows(grid, ROLES, { required: [["id", "assignment"], ["deadline", "revisedDeadline"]], minRoles: 2 });
  if (headers.length === 0) {
    const code = grid.values.some((row) => row.some((v) => !isBlank(v))) ? "HEADER-NOT-FOUND" : "SHEET-EMPTY";
    diagnostics.push(diagnostic("error", code, { expected: "«Oppdrag»/«Nr» + «Frist»", sheet: grid.sheet }));
    return { assignments: [], diagnostics, defaultYear: options.defaultYear ?? null, headerRows: [] };
  }
  // The year for deadlines written without one: --year, the budget year the title names, the one
  // year the file name names, else the one year the title rows name at all; every date completed
  // so is a warning (DL-YEAR-FROM-CONTEXT) that names the year.
  const defaultYear =
    options.defaultYear ?? yearFromSheetContext(grid, headers[0].row) ?? options.fallbackYear ?? singleYearInTitle(grid, headers[0].row) ?? null;
  const context: DeadlineContext = { defaultYear: defaultYear ?? undefined, date1904: options.date1904 };
  const assignments: MutableAssignment[] = [];
  const byKey = new Map<string, MutableAssignment>();

  headers.forEach((header, h) => {
    const cols = columnsOf(header);
    const end = headers[h + 1]?.row ?? grid.values.length;
    let current: MutableAssignment | null = null;
    let rowsUnder = 0;
    for (let r = header.row + 1; r < end; r++) {
      const row = grid.values[r] ?? [];
      if (row.every((v) => isBlank(v))) continue;
      rowsUnder++;
      const at = (col: number | undefined): string | undefined => (col === undefined ? undefined : cellAddress(grid, r, col));
      const text = (col: number | undefined): string => (col === undefined ? "" : normalizeSpaces(cellText(cellAt(grid, r, col))));
      const deadlineAt = (col: number | undefined): DeadlineParse | null => {
        if (col === undefined) return null;
        const parsed = parseDeadline(cellAt(grid, r, col), formatAt(grid, r, col), context);
        diagnostics.push(...parsed.diagnostics.map((d) => atCell(d, at(col))));
        return parsed;
      };
      const firstFilled = row.findIndex((v) => !isBlank(v));
      const rowCell = cellAddress(grid, r, cols.id !== undefined && !isBlank(cellAt(grid, r, cols.id)) ? cols.id : firstFilled);

      const idText = text(cols.id);
      const id = idText === "" ? null : parseAssignmentId(idText);
      const title = text(cols.title);
      const partWritten = cols.part === undefined ? "" : partLabel(cellAt(grid, r, cols.part));
      const partFromTitle = PART_TITLE.exec(title);
      const isPart = partWritten !== "" || partFromTitle !== null;

      if (isPart) {
        let parent: MutableAssignment | null | undefined = id === null ? current : byKey.get(id.key);
        if (!parent && id !== null) {
          // A new id on a part row: the assignment is only known through its parts.
          parent = newAssignment(id, "", emptyDeadline(), null, rowCell);
          addAssignment(parent, assignments, byKey);
          current = parent;
        }
        if (parent) {
          const original = deadlineAt(cols.deadline) ?? emptyDeadline();
          const revised = deadlineAt(cols.revised);
          const statusText = text(cols.status);
          parent.parts.push({
            part: partWritten !== "" ? partWritten : `Del ${(partFromTitle as RegExpExecArray)[1]}`,
            title: partFromTitle ? partFromTitle[2].trim() : title,
            deadline: effectiveDeadline(original, revised),
            originalDeadline: original,
            revisedDeadline: revised,
            status: statusText === "" ? null : parseStatus(statusText),
            cell: rowCell,
          });
          noteUnknownStatus(text(cols.status), at(cols.status), diagnostics);
          continue;
        }
        diagnostics.push(diagnostic("warning", "ASG-PART-WITHOUT-ASSIGNMENT", { part: partWritten || title }, { text: title || partWritten, cell: rowCell }));
      }

      const hasContent = title !== "" || text(cols.deadline) !== "" || text(cols.revised) !== "" || text(cols.status) !== "";
      if (!hasContent && (id === null || id.number === null)) {
        // A heading inside the list ("Pågående oppdrag") or a stray note: say so, do not invent an assignment.
        const loose = normalizeSpaces(cellText(row[firstFilled] ?? null));
        diagnostics.push(diagnostic("info", "ASG-ROW-NOT-READ", {}, { text: loose, cell: cellAddress(grid, r, firstFilled) }));
        continue;
      }
      if (id === null) {
        diagnostics.push(diagnostic("warning", "ASG-NO-ID", {}, { text: title || text(cols.deadline) || text(cols.revised), cell: at(cols.id) ?? rowCell }));
      } else {
        const earlier = byKey.get(id.key);
        if (earlier) {
          diagnostics.push(diagnostic("warning", "ASG-DUPLICATE-ID", { id: id.text, other: earlier.cell ?? "" }, { text: idText, cell: at(cols.id) }));
        }
      }
      const original = deadlineAt(cols.deadline) ?? emptyDeadline();
      const revised = deadlineAt(cols.revised);
      const a = newAssignment(id ?? parseAssignmentId(""), title, original, revised, rowCell);
      a.status = parseStatus(text(cols.status));
      noteUnknownStatus(text(cols.status), at(cols.status), diagnostics);
      a.owner = text(cols.owner) || null;
      a.otherIds = cols.otherIds.filter(({ col }) => text(col) !== "").map(({ col, agency }) => (agency ? `${agency} ${text(col)}` : text(col)));
      addAssignment(a, assignments, byKey);
      current = a;
    }
    // A row under the first header that reads as a header itself, with nothing under it (a header
    // repeated at the end, or typed twice): said, so no row passes unmentioned.
    if (h > 0 && rowsUnder === 0) {
      const first = (grid.values[header.row] ?? []).findIndex((v) => !isBlank(v));
      const words = (grid.values[header.row] ?? []).filter((v) => !isBlank(v)).map((v) => normalizeSpaces(cellText(v)));
      diagnostics.push(diagnostic("info", "ASG-HEADER-WITHOUT-ROWS", {}, { text: words.join(" | "), cell: cellAddress(grid, header.row, Math.max(0, first)) }));
    }
  });
  return { assignments, diagnostics, defaultYear, headerRows: headers.map((h) => grid.top + h.row) };
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

function newAssignment(id: AssignmentId, title: string, original: DeadlineParse, revised: DeadlineParse | null, cell: string): Writable<MutableAssignment> {
  return {
    id,
    title,
    deadline: effectiveDeadline(original, revised),
    originalDeadline: original,
    revisedDeadline: revised,
    status: parseStatus(null),
    owner: null,
    otherIds: [],
    parts: [],
    cell,
  };
}

function addAssignment(a: MutableAssignment, list: MutableAssignment[], byKey: Map<string, MutableAssignment>): void {
  list.push(a);
  if (a.id.text !== "" && !byKey.has(a.id.key)) byKey.set(a.id.key, a);
}

function emptyDeadline(): DeadlineParse {
  return parseDeadline(null);
}

/** "Del 1" as written; a bare number becomes "Del n". */
function partLabel(value: CellValue): string {
  const t = normalizeSpaces(cellText(value));
  return /^\d+$/.test(t) ? `Del ${t}` : t;
}

/**
 * A status the reader does not know, or a partial or draft delivery, keeps the assignment open:
 * a warning naming the cell and the word, and what to write if the work is done.
 */
function noteUnknownStatus(statusText: string, cell: string | undefined, diagnostics: Diagnostic[]): void {
  if (statusText === "") return;
  const kind = parseStatus(statusText).kind;
  const code = kind === "unknown" ? "ASG-UNKNOWN-STATUS" : kind === "partial" ? "ASG-PARTIAL-STATUS" : null;
  if (code !== null) diagnostics.push(diagnostic("warning", code, { cell: cell ?? "" }, { text: statusText, cell }));
}
