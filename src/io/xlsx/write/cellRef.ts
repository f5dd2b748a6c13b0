/**
 * A1 cell references: column letters and row numbers, both 1-based.
 * @module
 */

/**
 * The letters of a column.
 * @example
 * columnName(1) // 'A'
 * columnName(28) // 'AB'
 */
export function columnName(column: number): string {
  let n = Math.max(1, Math.floor(column));
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * The reference of a cell.
 * @example
 * cellRef(3, 2) // 'B3'
 */
export function cellRef(row: number, column: number): string {
  return `${columnName(column)}${row}`;
}
