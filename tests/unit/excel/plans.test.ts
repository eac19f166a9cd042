import { PAYLOAD_BUDGET, type SourceShape, planRequests } from "../../../src/excel/read-grid";
import { type WriteOp, planWrites } from "../../../src/excel/write-batch";

const shape = (rows: number, bytesPerRow: number): SourceShape => ({
  source: { sheet: "Ark" },
  sheet: "Ark",
  rect: { top: 1, left: 1, rows, columns: 3 },
  address: "Ark!A1",
  bytesPerRow,
  empty: false,
});

describe("planning reads", () => {
  it("reads sources that fit together in one request", () => {
    expect(planRequests([shape(30_000, 60), shape(300, 80)])).toEqual([[{ shape: 0, start: 0, rows: 30_000 }, { shape: 1, start: 0, rows: 300 }]]);
  });

  it("reads a long, narrow source 40 000 rows at a time, one request each, though its bytes would fit fewer", () => {
    // 200 000 rows of 10 bytes: 2 MB, under the budget, yet five requests so progress and Avbryt come between them.
    expect(planRequests([shape(200_000, 10), shape(300, 80)])).toEqual([
      [{ shape: 0, start: 0, rows: 40_000 }],
      [{ shape: 0, start: 40_000, rows: 40_000 }],
      [{ shape: 0, start: 80_000, rows: 40_000 }],
      [{ shape: 0, start: 120_000, rows: 40_000 }],
      [{ shape: 0, start: 160_000, rows: 40_000 }],
      [{ shape: 1, start: 0, rows: 300 }],
    ]);
  });

  it("cuts a large source into blocks that cover every row once, each under the budget", () => {
    const requests = planRequests([shape(50_000, 250)]);
    expect(requests.length).toBeGreaterThan(1);
    const blocks = requests.flat();
    expect(blocks.reduce((n, b) => n + b.rows, 0)).toBe(50_000);
    blocks.forEach((b, i) => expect(b.start).toBe(i === 0 ? 0 : blocks[i - 1].start + blocks[i - 1].rows));
    for (const r of requests) expect(r.reduce((n, b) => n + b.rows * 250, 0)).toBeLessThanOrEqual(PAYLOAD_BUDGET);
  });
});

describe("planning writes", () => {
  it("puts clearing and naming first, and splits a large write by rows", () => {
    const rows = 200_000;
    const ops: WriteOp[] = [
      { kind: "cells", sheet: "Ark", rect: { top: 1, left: 5, rows, columns: 3 }, formulas: Array.from({ length: rows }, (_, i) => [i, 1000, `=E${i + 1}+F${i + 1}`]) },
      { kind: "queue", queue: () => undefined },
    ];
    const requests = planWrites(ops);
    expect(requests[0][0].kind).toBe("queue");
    const pieces = requests.flat().filter((o) => o.kind === "cells");
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.reduce((n, o) => n + (o.kind === "cells" ? o.rect.rows : 0), 0)).toBe(rows);
    const last = pieces[pieces.length - 1];
    expect(last.kind === "cells" && last.formulas[last.formulas.length - 1]).toEqual([rows - 1, 1000, `=E${rows}+F${rows}`]);
  });
});
