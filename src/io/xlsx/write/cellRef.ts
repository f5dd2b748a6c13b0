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

/**
 * Row and column of a reference (`$` signs ignored); `undefined` when it is not one.
 * @example
 * parseCellRef('AB12') // { row: 12, column: 28 }
 * parseCellRef('$C$3') // { row: 3, column: 3 }
 */
export function parseCellRef(ref: string): { row: number; column: number } | undefined {
  let i = 0;
  let column = 0;
  if (ref.charCodeAt(i) === 36) i++;
  for (; i < ref.length && i < 8; i++) {
    const c = ref.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
  }
  if (column === 0) return undefined;
  if (ref.charCodeAt(i) === 36) i++;
  const digits = ref.slice(i);
  if (!/^[0-9]{1,7}$/.test(digits)) return undefined;
  const row = Number(digits);
  return row > 0 ? { row, column } : undefined;
}

/**
 * The corners of a range (`A1:T1`, or one cell).
 * @example
 * parseRange('A1:T2') // { top: 1, left: 1, bottom: 2, right: 20 }
 */
export function parseRange(range: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const [from, to = from] = range.split(':');
  const a = parseCellRef(from ?? '');
  const b = parseCellRef(to ?? '');
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}
