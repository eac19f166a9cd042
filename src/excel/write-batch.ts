// Writing results in as few requests as Excel on the web's 5 MB request limit allows: normally
// one batch; for very large results, row blocks, each block one request.
import { type Rect, rectRef } from "./address";
import { isPayloadLimitError } from "./errors";
import { PAYLOAD_BUDGET } from "./read-grid";
import { utf8Length } from "./values";

export type Formula = string | number | boolean;

/** Cells to write: constants and formulas (as Range.formulas takes them), formats, boldness. */
export interface CellWrite {
  readonly kind: "cells";
  readonly sheet: string;
  readonly rect: Rect;
  readonly formulas: readonly (readonly Formula[])[];
  readonly numberFormat?: readonly (readonly string[])[];
  readonly bold?: boolean;
  /** Set the number format before the values, so text such as "858/01" is not taken for a date. */
  readonly formatFirst?: boolean;
}

/**
 * Anything else (clearing, names, conditional formats, notes, sheets): queued before the cells,
 * packed into requests by `bytes`, the command's estimated share of a request.
 */
export interface QueuedWrite {
  readonly kind: "queue";
  readonly queue: (context: Excel.RequestContext) => void;
  readonly bytes?: number;
}

/** What a queued write costs when it does not say: a clear, a name, a sheet. */
const QUEUED_BYTES = 400;

export type WriteOp = CellWrite | QueuedWrite;

function bytesOf(op: CellWrite): number {
  return utf8Length(JSON.stringify(op.formulas)) + (op.numberFormat ? utf8Length(JSON.stringify(op.numberFormat)) : 0) + 200;
}

/** Rows [from, from + count) of a cell write. */
function slice(op: CellWrite, from: number, count: number): CellWrite {
  return {
    ...op,
    rect: { ...op.rect, top: op.rect.top + from, rows: count },
    formulas: op.formulas.slice(from, from + count),
    numberFormat: op.numberFormat?.slice(from, from + count),
  };
}

/** Cell writes cut to fit the budget, packed into requests; queued writes go first. */
export function planWrites(ops: readonly WriteOp[], budget = PAYLOAD_BUDGET): WriteOp[][] {
  const queued = ops.filter((o): o is QueuedWrite => o.kind === "queue");
  const pieces: CellWrite[] = [];
  for (const op of ops) {
    if (op.kind !== "cells" || op.rect.rows === 0) continue;
    const bytes = bytesOf(op);
    if (bytes <= budget) {
      pieces.push(op);
      continue;
    }
    const rowsPerPiece = Math.max(1, Math.floor((budget / bytes) * op.rect.rows));
    for (let from = 0; from < op.rect.rows; from += rowsPerPiece) pieces.push(slice(op, from, Math.min(rowsPerPiece, op.rect.rows - from)));
  }
  const requests: WriteOp[][] = [[]];
  let used = 0;
  for (const piece of [...queued, ...pieces]) {
    const cost = piece.kind === "queue" ? piece.bytes ?? QUEUED_BYTES : bytesOf(piece);
    const current = requests[requests.length - 1];
    if (current.length > 0 && used + cost > budget) {
      requests.push([piece]);
      used = cost;
    } else {
      current.push(piece);
      used += cost;
    }
  }
  return requests.filter((r) => r.length > 0);
}

function queueOp(context: Excel.RequestContext, op: WriteOp): void {
  if (op.kind === "queue") {
    op.queue(context);
    return;
  }
  const range = context.workbook.worksheets.getItem(op.sheet).getRange(rectRef(op.rect));
  if (op.numberFormat && op.formatFirst) range.numberFormat = op.numberFormat as string[][];
  range.formulas = op.formulas as Formula[][];
  if (op.numberFormat && !op.formatFirst) range.numberFormat = op.numberFormat as string[][];
  if (op.bold !== undefined) range.format.font.bold = op.bold;
}

/** Halve a request Excel refused as too large. */
function split(request: WriteOp[], error: unknown): WriteOp[][] {
  if (request.length > 1) {
    const half = Math.ceil(request.length / 2);
    return [request.slice(0, half), request.slice(half)];
  }
  const [op] = request;
  if (!op || op.kind !== "cells" || op.rect.rows <= 1) throw error;
  const half = Math.ceil(op.rect.rows / 2);
  return [[slice(op, 0, half)], [slice(op, half, op.rect.rows - half)]];
}

/**
 * Write everything; returns the number of requests. The queued writes (clearing the old result,
 * recording the name) go in the first request, so even a run cut short by an error leaves only
 * ranges the add-in owns and will replace.
 */
export async function writeAll(context: Excel.RequestContext, ops: readonly WriteOp[], budget = PAYLOAD_BUDGET): Promise<number> {
  const pending = planWrites(ops, budget);
  let requests = 0;
  // One request per block: Excel on the web refuses a request over 5 MB.
  while (pending.length > 0) {
    const request = pending.shift() as WriteOp[];
    for (const op of request) queueOp(context, op);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per row block (5 MB limit)
      await context.sync();
      requests++;
    } catch (error) {
      if (!isPayloadLimitError(error)) throw error;
      pending.unshift(...split(request, error));
    }
  }
  return requests;
}
