// The shared fake Excel (tests/support/fake-excel) models values, number formats, bold and fills;
// the letter table also sets borders, alignment, fonts, wrapping and column widths. This adds
// those to the fake's range format for the letter-table tests only: each setter is queued and
// applied at the sync, as the fake does for its own properties, and recorded per cell.
import type { FakeRange, FakeRangeFont, FakeRangeFormat } from "../../support/fake-excel/range";
import { FakeWorksheet } from "../../support/fake-excel/sheet";
import type { FakeWorkbookState } from "../../support/fake-excel/state";

export interface CellStyle {
  borders: Set<string>;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  fontName?: string;
  fontSize?: number;
}

export interface StyleLog {
  /** "Sheet!row,col" (1-based) -> style. */
  readonly cells: Map<string, CellStyle>;
  /** "Sheet!col" -> width in points. */
  readonly columnWidths: Map<string, number>;
}

const logs = new WeakMap<FakeWorkbookState, StyleLog>();

export function styleLog(state: FakeWorkbookState): StyleLog {
  let log = logs.get(state);
  if (!log) {
    log = { cells: new Map(), columnWidths: new Map() };
    logs.set(state, log);
  }
  return log;
}

function eachCell(range: FakeRange, f: (style: CellStyle, row: number, col: number) => void): void {
  const { sheet, rect } = range.at();
  const log = styleLog(range.fakeContext.state);
  for (let r = rect.top; r < rect.top + rect.rows; r++) {
    for (let c = rect.left; c < rect.left + rect.columns; c++) {
      const key = `${sheet.name}!${r},${c}`;
      let style = log.cells.get(key);
      if (!style) log.cells.set(key, (style = { borders: new Set() }));
      f(style, r, c);
    }
  }
}

// Edges of the range, as Excel applies them: an outer edge to the cells on that side only.
function onEdge(edge: string, range: FakeRange, row: number, col: number): boolean {
  const { rect } = range.at();
  switch (edge) {
    case "EdgeTop": return row === rect.top;
    case "EdgeBottom": return row === rect.top + rect.rows - 1;
    case "EdgeLeft": return col === rect.left;
    case "EdgeRight": return col === rect.left + rect.columns - 1;
    case "InsideVertical": return col < rect.left + rect.columns - 1;
    case "InsideHorizontal": return row < rect.top + rect.rows - 1;
    default: throw new Error(`letter-format-fake: border ${edge}`);
  }
}

function queued(format: FakeRangeFormat | FakeRangeFont, range: FakeRange, name: string, apply: (s: CellStyle, v: unknown) => void): void {
  Object.defineProperty(format, name, {
    configurable: true,
    set(v: unknown) {
      range.fakeContext.enqueueAction(() => eachCell(range, (s) => apply(s, v)), v);
    },
  });
}

function decorate(range: FakeRange): FakeRange {
  const format = range.format;
  queued(format, range, "horizontalAlignment", (s, v) => (s.horizontalAlignment = String(v)));
  queued(format, range, "verticalAlignment", (s, v) => (s.verticalAlignment = String(v)));
  queued(format, range, "wrapText", (s, v) => (s.wrapText = Boolean(v)));
  queued(format.font, range, "name", (s, v) => (s.fontName = String(v)));
  queued(format.font, range, "size", (s, v) => (s.fontSize = Number(v)));
  Object.defineProperty(format, "columnWidth", {
    configurable: true,
    set(v: number) {
      range.fakeContext.enqueueAction(() => {
        const { sheet, rect } = range.at();
        for (let c = rect.left; c < rect.left + rect.columns; c++) styleLog(range.fakeContext.state).columnWidths.set(`${sheet.name}!${c}`, v);
      }, v);
    },
  });
  Object.defineProperty(format, "borders", {
    configurable: true,
    get() {
      return {
        getItem(edge: string) {
          const border = {};
          for (const prop of ["style", "weight", "color"]) {
            Object.defineProperty(border, prop, {
              set(v: unknown) {
                range.fakeContext.enqueueAction(() => {
                  if (prop !== "style" || v !== "Continuous") return;
                  eachCell(range, (s, r, c) => {
                    if (onEdge(edge, range, r, c)) s.borders.add(edge);
                  });
                }, v);
              },
            });
          }
          return border;
        },
      };
    },
  });
  return range;
}

let installed = false;

/** Ranges made by getRangeByIndexes (what the letter writer uses) get the extra properties. Idempotent. */
export function installLetterFormats(): void {
  if (installed) return;
  installed = true;
  const original = FakeWorksheet.prototype.getRangeByIndexes;
  FakeWorksheet.prototype.getRangeByIndexes = function (this: FakeWorksheet, ...args: Parameters<typeof original>) {
    return decorate(original.apply(this, args));
  };
}
