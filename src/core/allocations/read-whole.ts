// When a streamed reading cannot be the whole-sheet reader's, the streaming reader throws one of
// these and the face reads the sheet whole instead. A module of its own, so the .xlsx reader can
// catch them without loading the allocation readers.
/** The streamed reading cannot be the whole-sheet reader's: the face reads the sheet whole instead. */
export class ReadWholeError extends Error {}

/** Rows handed over out of order (a damaged sheet). */
export class RowOrderError extends ReadWholeError {
  constructor(sheet: string, row: number) {
    super(`rows of ${sheet} out of order at row ${row + 1}`);
  }
}

/**
 * A header row below the rows whose columns were inferred: the whole-sheet reader takes all of
 * them for the table's titles, which the rows already let go cannot give. Rare (a sheet of
 * thousands of lines with no header, then a header), so reading again is cheap enough.
 */
export class LateHeaderError extends ReadWholeError {
  constructor(sheet: string, row: number) {
    super(`header row in ${sheet} at row ${row + 1}, below rows read without one`);
  }
}
