// Cell addresses built cheaply: a 100 000-row sheet has two source cells a row, so the quoted
// sheet name and the column letters are worked out once, and an address string is only built
// when someone reads it (a message, a formula), not for every row read.
import { type Grid, columnLetters, quoteSheetName } from "../grid";
import type { SourceCell } from "./types";

export class AddressBook {
  private readonly prefix: string;
  private readonly letters: string[] = [];
  // The grid's position only, not the grid: every line read keeps its book, and a book holding
  // the grid would keep a large sheet's cells alive as long as any line.
  private readonly top: number;
  private readonly left: number;

  constructor(grid: Grid) {
    this.prefix = `${quoteSheetName(grid.sheet)}!`;
    this.top = grid.top;
    this.left = grid.left;
  }

  /** Sheet column letters of a 0-based grid column. */
  lettersOf(col: number): string {
    let l = this.letters[col];
    if (l === undefined) {
      l = columnLetters(this.left + col);
      this.letters[col] = l;
    }
    return l;
  }

  /** `Tildeling!B7` for 0-based grid indexes. */
  address(row: number, col: number): string {
    return `${this.prefix}${this.lettersOf(col)}${this.top + row}`;
  }

  cell(row: number, col: number): SourceCell {
    return new CellRef(this, row, col);
  }

  /** `Tildeling!A3:D12` for 0-based grid indexes. */
  range(row1: number, col1: number, row2: number, col2: number): string {
    return `${this.prefix}${this.lettersOf(col1)}${this.top + row1}:${this.lettersOf(col2)}${this.top + row2}`;
  }
}

/** A source cell whose address is spelt out on demand. */
class CellRef implements SourceCell {
  constructor(
    private readonly book: AddressBook,
    readonly row: number,
    readonly col: number,
  ) {}

  get address(): string {
    return this.book.address(this.row, this.col);
  }

  toJSON(): { address: string; row: number; col: number } {
    return { address: this.address, row: this.row, col: this.col };
  }
}
