/**
 * One output workbook from the books a check read: the first .xlsx book is the base (its layout,
 * dropdowns and hidden list sheets stay as they are); the sheets of the other books are copied in,
 * a CSV as a sheet of text cells. Only the loaded copies are touched — never the input files.
 * @module
 */
import type ExcelJS from 'exceljs';
import type { SpreadsheetBook } from '../book/loadBookBytes.js';
import { excelWorkbookOf, loadExcelJs } from './excelWorkbook.js';

/** The output workbook and where each input sheet went. */
export interface ComposedWorkbook {
  workbook: ExcelJS.Workbook;
  /** The output sheet of an input sheet (by the input file and sheet name). */
  sheetFor(file: string | undefined, sheet: string): ExcelJS.Worksheet | undefined;
}

/**
 * A sheet name Excel accepts and the workbook does not have yet (≤ 31 characters, none of []:*?/\).
 * @example
 * safeSheetName('a/b', new Set()) // 'a_b'
 */
export function safeSheetName(name: string, taken: ReadonlySet<string>): string {
  // Cut first: the sheet name keeps 31 characters anyway, and the cut keeps the regexes linear.
  const base = (name.slice(0, 200).replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '') || 'Sheet').slice(0, 31);
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 27)}(${n})`;
  return candidate;
}

function copySheet(source: ExcelJS.Worksheet, target: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = target.addWorksheet(name, { state: source.state, views: source.views });
  (source.columns ?? []).forEach((column, i) => {
    if (column?.width) sheet.getColumn(i + 1).width = column.width;
  });
  source.eachRow({ includeEmpty: true }, (row, r) => {
    const out = sheet.getRow(r);
    if (row.height) out.height = row.height;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const copy = out.getCell(c);
      if (!cell.isMerged || cell.master === cell) copy.value = cell.value;
      copy.style = structuredClone(cell.style);
      if (cell.note) copy.note = structuredClone(cell.note);
    });
  });
  for (const range of source.model.merges ?? []) sheet.mergeCells(range);
  return sheet;
}

function csvSheet(rows: readonly (readonly string[])[], target: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = target.addWorksheet(name);
  rows.forEach((fields, r) => {
    const row = sheet.getRow(r + 1);
    fields.forEach((text, c) => {
      if (text === '') return;
      const cell = row.getCell(c + 1);
      cell.value = text;
      cell.numFmt = '@';
    });
  });
  return sheet;
}

/**
 * Composes the output workbook of the given books (duplicates — the same book for orgs and
 * members — are used once). The .xlsx books are opened afresh from their bytes.
 * @example
 * (await composeWorkbook([read.books.members, read.books.orgs])).workbook.worksheets.length
 */
export async function composeWorkbook(books: readonly (SpreadsheetBook | undefined)[]): Promise<ComposedWorkbook> {
  const unique = [...new Set(books.filter((b): b is SpreadsheetBook => b !== undefined))];
  const base = unique.find((b) => b.format === 'xlsx');
  const workbook = base?.format === 'xlsx' ? await excelWorkbookOf(base) : new (await loadExcelJs()).Workbook();
  const map = new Map<string, ExcelJS.Worksheet>();
  const key = (file: string | undefined, sheet: string) => `${file ?? ''}\u0000${sheet}`;
  const taken = new Set(workbook.worksheets.map((s) => s.name.toLowerCase()));
  if (base?.format === 'xlsx') for (const sheet of workbook.worksheets) map.set(key(base.file, sheet.name), sheet);
  for (const book of unique) {
    if (book === base) continue;
    const sources = book.format === 'csv' ? [{ name: book.sheet, sheet: undefined }] : (await excelWorkbookOf(book)).worksheets.map((s) => ({ name: s.name, sheet: s }));
    for (const { name, sheet } of sources) {
      const outName = safeSheetName(name, taken);
      taken.add(outName.toLowerCase());
      const out = sheet ? copySheet(sheet, workbook, outName) : csvSheet(book.format === 'csv' ? book.rows : [], workbook, outName);
      map.set(key(book.file, name), out);
    }
  }
  const byName = new Map<string, ExcelJS.Worksheet>();
  for (const [k, sheet] of map) {
    const name = k.slice(k.indexOf('\u0000') + 1);
    if (!byName.has(name)) byName.set(name, sheet);
  }
  return {
    workbook,
    sheetFor: (file, sheet) => (file === undefined ? byName.get(sheet) : map.get(key(file, sheet))),
  };
}
