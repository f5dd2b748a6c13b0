/**
 * Merged areas: every cell of an area but its top-left one reads the top-left cell's value, as
 * Excel shows it. The cells are counted against the cell cap (an area can be huge).
 * @module
 */
import { parseRange } from './cellReference.js';
import { MergedCell, rowAt, type SheetRow } from './sheetCells.js';
import type { CellBudget } from './sheetScan.js';
import { XlsxLimitError, type XlsxLimits } from './xlsxLimits.js';

/**
 * Marks the cells of each merged area (refs such as `A1:S1`) as reading their top-left cell;
 * returns the last row any area reaches.
 * @example
 * const rows = [];
 * applyMerges(rows, ['A1:B2'], 'Sheet1', XLSX_LIMITS, { used: 0 }) // 2
 * rows[1].values[1] // new MergedCell(1, 1)
 */
export function applyMerges(rows: (SheetRow | undefined)[], merges: readonly string[], sheet: string, limits: XlsxLimits, cells: CellBudget): number {
  let lastRow = 0;
  for (const ref of merges) {
    const range = parseRange(ref);
    if (!range) continue;
    if (range.bottom > limits.maxRows) throw new XlsxLimitError('rows', limits.maxRows, sheet);
    if (range.right > limits.maxColumns) throw new XlsxLimitError('columns', limits.maxColumns, sheet);
    cells.used += (range.bottom - range.top + 1) * (range.right - range.left + 1) - 1;
    if (cells.used > limits.maxCells) throw new XlsxLimitError('cells', limits.maxCells, sheet);
    const master = new MergedCell(range.top, range.left);
    for (let r = range.top; r <= range.bottom; r++) {
      const row = rowAt(rows, r);
      for (let c = range.left; c <= range.right; c++) if (r !== range.top || c !== range.left) row.values[c - 1] = master;
      // The top-left cell exists even when the file left it out.
      if (r === range.top && row.values.length < range.left) row.values[range.left - 1] = undefined;
    }
    if (range.bottom > lastRow) lastRow = range.bottom;
  }
  return lastRow;
}
