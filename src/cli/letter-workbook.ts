// `read-letter --out`: what the letter says, as a workbook the other commands read directly:
// Tildeling (Kap/post, Betegnelse, Tildeling), Endringer (Kap/post, Endring, Tekst, Omdisponering)
// and Oppdrag (Oppdrag, Tittel, Frist, Ny frist, Status, with a row per part). Amounts are
// numbers in the letter's unit with the unit as a caption; deadlines are real dates.
import { promises as fs } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Unit } from "../core/amounts/unit";
import { formatBudgetCode } from "../core/codes/budget-code";
import type { CalendarDate } from "../core/deadlines/calendar-date";
import { type Diagnostic, diagnostic } from "../core/diagnostics";
import type { LetterReading } from "../core/letter-reading/types";
import { isSameFile } from "../xlsx/write-workbook";

type Cell = string | number | Date | null;

interface SheetSpec {
  readonly name: string;
  readonly title: string;
  readonly caption: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  readonly formats: Readonly<Record<number, string>>;
}

const CAPTIONS: Record<Unit, string> = { kr: "(i kroner)", "1000 kr": "(i 1 000 kr)", "mill. kr": "(i mill. kr)" };

/** Midnight UTC of the day: exceljs turns a Date into an Excel serial from its UTC time. */
function dateCell(d: CalendarDate | null): Date | null {
  return d ? new Date(Date.UTC(d.year, d.month - 1, d.day)) : null;
}

function sheetsOf(reading: LetterReading, file: string): SheetSpec[] {
  const unit: Unit = reading.unit ?? "1000 kr";
  // The title names the budget year and the caption the unit, where the readers look for them.
  const title = (sheet: string) => `${reading.year ? `Tildelingsbrev ${reading.year}: ` : ""}${sheet}, lest fra ${basename(file)}`;
  const caption = CAPTIONS[unit];
  const allocations: Cell[][] = reading.allocations.map((a) => [formatBudgetCode(a.code), a.name ?? null, a.amount.toNumber()]);
  const changes: Cell[][] = reading.changes.map((c) => [formatBudgetCode(c.code), c.amount.toNumber(), c.text ?? null, c.transferGroup ?? null]);
  const assignments: Cell[][] = [];
  for (const a of reading.assignments) {
    const first = a.revised ? [null, dateCell(a.deadline)] : [dateCell(a.deadline) ?? a.deadlineText, null];
    assignments.push([a.id, a.title || null, first[0], first[1], a.status === "closed" ? "Avsluttet" : "Åpen"]);
    for (const p of a.parts) assignments.push([null, `${p.part}: ${p.title}`, dateCell(p.deadline) ?? p.deadlineText, null, null]);
  }
  return [
    { name: "Tildeling", title: title("tildeling"), caption, header: ["Kap/post", "Betegnelse", "Tildeling"], rows: allocations, formats: { 2: "#,##0" } },
    { name: "Endringer", title: title("endringer"), caption, header: ["Kap/post", "Endring", "Tekst", "Omdisponering"], rows: changes, formats: { 1: "#,##0" } },
    { name: "Oppdrag", title: title("oppdrag"), caption: "", header: ["Oppdrag", "Tittel", "Frist", "Ny frist", "Status"], rows: assignments, formats: { 2: "dd.mm.yyyy", 3: "dd.mm.yyyy" } },
  ];
}

export async function writeLetterWorkbook(reading: LetterReading, input: string, outPath: string): Promise<{ ok: true } | { ok: false; diagnostic: Diagnostic }> {
  if (isSameFile(input, outPath)) return { ok: false, diagnostic: diagnostic("error", "CLI-OUT-IS-INPUT", { file: input }) };
  if (!/\.xlsx$/i.test(outPath)) return { ok: false, diagnostic: diagnostic("error", "CLI-OUT-NOT-XLSX", { file: outPath }) };
  const { Workbook } = (await import("exceljs")).default;
  const workbook = new Workbook();
  for (const spec of sheetsOf(reading, input)) {
    const ws = workbook.addWorksheet(spec.name);
    ws.addRow([spec.title]);
    if (spec.caption) ws.addRow([spec.caption]);
    const header = ws.addRow([...spec.header]);
    header.font = { bold: true };
    for (const cells of spec.rows) {
      const row = ws.addRow(cells.map((c) => (c === null ? undefined : c)));
      for (const [col, fmt] of Object.entries(spec.formats)) row.getCell(Number(col) + 1).numFmt = fmt;
    }
    spec.header.forEach((h, i) => (ws.getColumn(i + 1).width = i === 1 || i === 2 ? 40 : Math.max(12, h.length + 2)));
  }
  const temp = join(dirname(resolve(outPath)), `.${basename(outPath)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(dirname(resolve(outPath)), { recursive: true });
    await workbook.xlsx.writeFile(temp);
    await fs.rename(temp, outPath);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    return { ok: false, diagnostic: diagnostic("error", "XLSX-WRITE-FAILED", { file: outPath, detail: String((error as Error).message ?? error) }) };
  }
  return { ok: true };
}
