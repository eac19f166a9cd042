// Where a finding's cell is, for putting findings in order: its sheet (as the address writes it),
// row and column, read from an address string by hand (a large sheet can have a million findings).

/** "Tildeling!B7" (or "'Mitt ark'!$B$7") as sheet, row and column; [cell, 0, 0] when it is no cell address. */
export function cellOrder(cell: string | undefined): [string, number, number] {
  if (!cell) return ["", 0, 0];
  // Scanned by hand: a large sheet can have tens of thousands of findings to sort.
  const bang = cell.lastIndexOf("!");
  if (bang < 0) return [cell, 0, 0];
  let i = bang + 1;
  if (cell.charCodeAt(i) === 36) i++;
  let col = 0;
  let letters = 0;
  for (let c = cell.charCodeAt(i); c >= 65 && c <= 90; c = cell.charCodeAt(++i), letters++) col = col * 26 + c - 64;
  if (cell.charCodeAt(i) === 36) i++;
  let row = 0;
  let digits = 0;
  for (let c = cell.charCodeAt(i); c >= 48 && c <= 57; c = cell.charCodeAt(++i), digits++) row = row * 10 + c - 48;
  if (letters === 0 || digits === 0) return [cell, 0, 0];
  return [cell.slice(0, bang), row, col];
}
