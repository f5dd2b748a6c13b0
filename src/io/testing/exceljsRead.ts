// Test oracle (never shipped): the dataset read the way the first release read it, through an
// exceljs workbook, to cross-check the direct xlsx reader record by record.
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { cellInput, cellText, type RawCell } from '../cellValue.js';
import type { Grid } from '../book/grid.js';
import type { SpreadsheetBook } from '../book/loadBookBytes.js';
import { gridSheets, readMemberSheets, readOrgSheets } from '../book/readBook.js';
import type { ReadRecords } from '../book/readGrid.js';
import type { ReadCell } from '../records/rowValues.js';

function rawCell(cell: ExcelJS.Cell): RawCell {
  return { value: cell.value, numFmt: cell.numFmt };
}

const NO_CELL: ReadCell = () => undefined;

/** A grid over an exceljs worksheet; merged cells read their master's value, formulas their result. */
export function worksheetGrid(sheet: ExcelJS.Worksheet): Grid {
  const texts = (row: number): string[] => {
    const r = sheet.findRow(row);
    const out: string[] = [];
    if (r) for (let c = 1; c <= r.cellCount; c++) out.push(cellText(rawCell(r.getCell(c))));
    return out;
  };
  return {
    name: sheet.name,
    rowCount: sheet.rowCount,
    texts,
    firstText: (row) => texts(row).find((t) => t.trim() !== '') ?? '',
    read: (row) => {
      const r = sheet.findRow(row);
      if (!r) return NO_CELL;
      return (index, kind, problems) => (index < r.cellCount ? cellInput(rawCell(r.getCell(index + 1)), kind, problems) : undefined);
    },
  };
}

/** The orgs and members of .xlsx files (by path or bytes) as exceljs reads them. */
export async function readWithExcelJs(files: { orgs: string | Uint8Array; members: string | Uint8Array }, names = { orgs: 'orgs.xlsx', members: 'members.xlsx' }): Promise<{ orgs: ReadRecords; members: ReadRecords }> {
  const load = async (input: string | Uint8Array, name: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((typeof input === 'string' ? await readFile(input) : input) as unknown as ArrayBuffer);
    const file = typeof input === 'string' ? input : name;
    // Only `format` and `file` of the book are read on this path.
    const book = { format: 'xlsx', file } as SpreadsheetBook;
    return { book, sheets: gridSheets(wb.worksheets.map(worksheetGrid)) };
  };
  const orgs = await load(files.orgs, names.orgs);
  const members = files.members === files.orgs ? orgs : await load(files.members, names.members);
  return { orgs: readOrgSheets(orgs.book, orgs.sheets), members: readMemberSheets(members.book, members.sheets) };
}
