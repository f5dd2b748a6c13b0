/**
 * The exceljs workbook of a loaded .xlsx book, for the writers that still edit through exceljs:
 * loaded on demand from the book's bytes (exceljs itself is imported only then), so reading and
 * checking never pay for it.
 * @module
 */
import type ExcelJS from 'exceljs';
import type { XlsxBook } from '../book/loadBookBytes.js';

/**
 * The exceljs module, imported on first use.
 * @example
 * new (await loadExcelJs()).Workbook().worksheets.length // 0
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  const module = (await import('exceljs')) as unknown as { default?: typeof ExcelJS } & typeof ExcelJS;
  return module.default ?? module;
}

/**
 * A fresh exceljs workbook of a book's bytes (each call its own copy: writers change it).
 * @example
 * (await excelWorkbookOf(book)).worksheets.length
 */
export async function excelWorkbookOf(book: XlsxBook): Promise<ExcelJS.Workbook> {
  const workbook = new (await loadExcelJs()).Workbook();
  await workbook.xlsx.load(book.bytes as unknown as ArrayBuffer);
  return workbook;
}
