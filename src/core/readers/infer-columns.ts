// A table with no header we recognise is read from its values: a column of whole numbers 1–5999
// with whole numbers 1–99 beside it is kap and post (or one column of "351/70" codes), and the
// first column of amounts to their right is the amount. The reader says so in a warning with the
// mapping used, so nobody mistakes the guess for a header it read.
import { type Grid, cellAt, columnLetters, gridWidth, isBlank } from "../grid";
import type { HeaderMatch } from "../sheet/header";

export interface InferredTable {
  readonly header: HeaderMatch;
  /** The first row that holds a code and an amount. */
  readonly firstRow: number;
  /** "kap: A, post: B, beløp: D". */
  readonly mapping: string;
}

const WHOLE = /^\s*\d{1,4}\s*$/;
const CODE_TEXT = /^\s*\d{1,4}\s*[/.]\s*\d{2}(?:\s*\.\s*\d{1,2})?\s*$/;
const NUMBER_TEXT = /^\s*[-\u2212]?\d{1,3}(?:[ \u00a0\u202f.]?\d{3})*(?:,\d+)?\s*$/;
/** Only the first rows are looked at: once a sheet has this many, its answer is final (the streaming reader relies on it). */
export const INFER_ROWS = 2000;

function whole(value: unknown, min: number, max: number): boolean {
  const n = typeof value === "number" ? value : typeof value === "string" && WHOLE.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= min && n <= max;
}

function isAmount(value: unknown): boolean {
  return (typeof value === "number" && Number.isFinite(value)) || (typeof value === "string" && NUMBER_TEXT.test(value));
}

/** Kap and post (or a code column) and an amount column found from the values, or null. */
export function inferColumns(grid: Grid): InferredTable | null {
  const width = gridWidth(grid);
  const rows = Math.min(grid.values.length, INFER_ROWS);
  const pairHits = new Array<number>(width).fill(0);
  const codeHits = new Array<number>(width).fill(0);
  const firstPair = new Array<number>(width).fill(-1);
  const firstCode = new Array<number>(width).fill(-1);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < width; c++) {
      const v = cellAt(grid, r, c);
      if (isBlank(v)) continue;
      if (c + 1 < width && whole(v, 1, 5999) && whole(cellAt(grid, r, c + 1), 1, 99)) {
        pairHits[c]++;
        if (firstPair[c] < 0) firstPair[c] = r;
      } else if (typeof v === "string" && CODE_TEXT.test(v)) {
        codeHits[c]++;
        if (firstCode[c] < 0) firstCode[c] = r;
      }
    }
  }
  const bestPair = pairHits.reduce((best, n, c) => (n > (pairHits[best] ?? 0) ? c : best), 0);
  const bestCode = codeHits.reduce((best, n, c) => (n > (codeHits[best] ?? 0) ? c : best), 0);
  const usePair = (pairHits[bestPair] ?? 0) >= (codeHits[bestCode] ?? 0);
  const hits = usePair ? pairHits[bestPair] : codeHits[bestCode];
  if (!hits || hits < 2) return null;
  const codeCol = usePair ? bestPair : bestCode;
  const firstRow = usePair ? firstPair[bestPair] : firstCode[bestCode];
  const rightOf = usePair ? codeCol + 2 : codeCol + 1;

  // The amount: the first column to the right with an amount on most code rows.
  let amountCol = -1;
  for (let c = rightOf; c < width && amountCol < 0; c++) {
    let amounts = 0;
    let codeRows = 0;
    for (let r = firstRow; r < rows; r++) {
      const v = cellAt(grid, r, codeCol);
      const isCodeRow = usePair ? whole(v, 1, 5999) && whole(cellAt(grid, r, codeCol + 1), 1, 99) : typeof v === "string" && CODE_TEXT.test(v);
      if (!isCodeRow) continue;
      codeRows++;
      if (isAmount(cellAt(grid, r, c))) amounts++;
    }
    if (codeRows > 0 && amounts * 2 > codeRows) amountCol = c;
  }
  if (amountCol < 0) return null;

  const letters = (c: number) => columnLetters(grid.left + c);
  const columns = new Map<string, number>();
  const labels = new Map<number, string>();
  if (usePair) {
    columns.set("chapter", codeCol);
    columns.set("post", codeCol + 1);
    labels.set(codeCol, "kap");
    labels.set(codeCol + 1, "post");
  } else {
    columns.set("code", codeCol);
    labels.set(codeCol, "kap/post");
  }
  columns.set("amount", amountCol);
  labels.set(amountCol, "beløp");
  // A text column between the code and the amount names the post.
  for (let c = rightOf; c < amountCol; c++) {
    const v = cellAt(grid, firstRow, c);
    if (typeof v === "string" && !isAmount(v)) {
      columns.set("postName", c);
      labels.set(c, "navn");
      break;
    }
  }
  const allColumns = new Map<string, readonly number[]>([...columns].map(([k, c]) => [k, [c]]));
  const mapping = [...columns.values()].sort((a, b) => a - b).map((c) => `${labels.get(c)}: ${letters(c)}`).join(", ");
  return { header: { row: firstRow - 1, columns, allColumns, labels, inferred: true }, firstRow, mapping };
}
