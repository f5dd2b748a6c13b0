/**
 * A1-style cell references: `AB12` → column 28, row 12.
 * @module
 */

/**
 * The column number of the letters starting at `from` (0 when there are none) and where they end.
 * @example
 * columnNumber('AB12', 0) // [28, 2]
 */
export function columnNumber(ref: string, from = 0): [number, number] {
  let column = 0;
  let at = from;
  for (;;) {
    const c = ref.charCodeAt(at);
    if (c >= 65 && c <= 90) column = column * 26 + c - 64;
    else if (c >= 97 && c <= 122) column = column * 26 + c - 96;
    else break;
    at++;
    // Past XFD anyway: stop before the number grows without bound.
    if (column > 1e7) break;
  }
  return [column, at];
}

/**
 * Row and column of a reference (`$` signs ignored); `undefined` when it is not one.
 * @example
 * parseCellReference('B3') // { row: 3, column: 2 }
 * parseCellReference('$XFD$1048576') // { row: 1048576, column: 16384 }
 */
export function parseCellReference(ref: string): { row: number; column: number } | undefined {
  const text = ref.replace(/\$/g, '');
  const [column, at] = columnNumber(text);
  const row = Number(text.slice(at));
  return column > 0 && Number.isInteger(row) && row > 0 && at > 0 ? { row, column } : undefined;
}

/**
 * The corners of a range (`A1:C3`; a single cell is a range of one).
 * @example
 * parseRange('A1:C3') // { top: 1, left: 1, bottom: 3, right: 3 }
 */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const [a, b = a] = ref.split(':');
  const from = parseCellReference(a ?? '');
  const to = parseCellReference(b ?? '');
  if (!from || !to) return undefined;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.column, to.column),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.column, to.column),
  };
}
