/**
 * A {@link Grid} over a worksheet the xlsx reader read: cells as `cellInput` reads them — numbers
 * with a date format as dates, merged cells by their top-left cell's value, formulas by their result.
 * @module
 */
import { cellInput, cellText, type RawCell } from '../cellValue.js';
import type { ReadCell } from '../records/rowValues.js';
import { MergedCell, type SheetCells, type SheetRow, type StoredValue } from '../xlsx/sheetCells.js';
import type { XlsxWorkbook } from '../xlsx/readXlsx.js';
import type { Grid } from './grid.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Days from Excel's day 0 (1899-12-30, or 1904-01-01) to 1970-01-01. */
const EPOCH_1900 = 25569;
const EPOCH_1904 = 24107;

const NO_CELL: ReadCell = () => undefined;

/**
 * A reader of the cells of a worksheet, as `cellInput` wants them (value + number format).
 * @example
 * const styles = { numFmt: [undefined, 'mm-dd-yy'], isDate: [false, true] };
 * const sheet = { name: 'S', state: 'visible', rows: [{ values: ['张三', 40422], styles: [0, 1] }], rowCount: 1, merges: [] };
 * sheetCellReader({ styles, date1904: false }, sheet)(1, 1) // { value: '张三', numFmt: undefined }
 * sheetCellReader({ styles, date1904: false }, sheet)(1, 2).value.toISOString() // '2010-09-01T00:00:00.000Z'
 */
export function sheetCellReader(workbook: Pick<XlsxWorkbook, 'styles' | 'date1904'>, sheet: SheetCells): (row: number, column: number) => RawCell {
  const { numFmt, isDate } = workbook.styles;
  const epoch = workbook.date1904 ? EPOCH_1904 : EPOCH_1900;
  const value = (stored: StoredValue, style: number): unknown =>
    typeof stored === 'number' && isDate[style] === true ? new Date(Math.round((stored - epoch) * DAY_MS)) : stored;
  return (row, column) => {
    const r = sheet.rows[row - 1];
    if (!r) return { value: undefined };
    const style = r.styles[column - 1] ?? 0;
    let stored = r.values[column - 1];
    if (stored instanceof MergedCell) {
      const master = sheet.rows[stored.row - 1];
      const masterStored = master?.values[stored.column - 1];
      return { value: value(masterStored instanceof MergedCell ? undefined : masterStored, master?.styles[stored.column - 1] ?? 0), numFmt: numFmt[style] };
    }
    return { value: value(stored, style), numFmt: numFmt[style] };
  };
}

/**
 * A grid over a worksheet of a read workbook.
 * @example
 * const styles = { numFmt: [undefined, 'mm-dd-yy'], isDate: [false, true] };
 * const sheet = { name: 'S', state: 'visible', rows: [{ values: ['张三', 40422, new MergedCell(1, 1)], styles: [0, 1] }], rowCount: 1, merges: ['C1:C1'] };
 * xlsxGrid({ styles, date1904: false }, sheet).texts(1) // ['张三', '2010-09-01', '张三']
 */
export function xlsxGrid(workbook: Pick<XlsxWorkbook, 'styles' | 'date1904'>, sheet: SheetCells): Grid {
  const cell = sheetCellReader(workbook, sheet);
  const width = (row: number): number => (sheet.rows[row - 1] as SheetRow | undefined)?.values.length ?? 0;
  return {
    name: sheet.name,
    rowCount: sheet.rowCount,
    texts: (row) => {
      const out: string[] = [];
      for (let c = 1, n = width(row); c <= n; c++) out.push(cellText(cell(row, c)));
      return out;
    },
    firstText: (row) => {
      for (let c = 1, n = width(row); c <= n; c++) {
        const text = cellText(cell(row, c));
        if (text.trim() !== '') return text;
      }
      return '';
    },
    read: (row) => {
      const n = width(row);
      if (n === 0) return NO_CELL;
      return (index, kind, problems) => (index < n ? cellInput(cell(row, index + 1), kind, problems) : undefined);
    },
  };
}
