/**
 * Opening a spreadsheet from its bytes (an upload, or a file the Node layer read): an .xlsx
 * workbook read by the direct reader, or a CSV held in memory. Browser-safe. Problems become
 * `io.file.unreadable` or `io.file.tooLarge` issues, never exceptions.
 * @module
 */
import type { Issue, Result } from '../../result.js';
import { createIssue, type Locale } from '../../rules/define.js';
import { ioFileTooLargeRule, ioCsvUnclosedQuoteRule, ioFileUnreadableRule } from '../rules.js';
import { readXlsx, type XlsxWorkbook } from '../xlsx/readXlsx.js';
import { XlsxFormatError, XlsxLimitError, type XlsxLimits } from '../xlsx/xlsxLimits.js';
import { csvBook, type CsvBook } from './csvBook.js';
import { spreadsheetFormat } from './spreadsheetFormat.js';

export type { CsvBook } from './csvBook.js';

/**
 * An .xlsx workbook: its bytes as read (writers edit a copy of them) and its sheets.
 * @category Spreadsheets
 */
export interface XlsxBook extends XlsxWorkbook {
  format: 'xlsx';
  file: string;
  bytes: Uint8Array;
}

/**
 * A spreadsheet file as loaded.
 * @category Spreadsheets
 */
export type SpreadsheetBook = CsvBook | XlsxBook;

/**
 * A file given by name and bytes.
 * @category Spreadsheets
 */
export interface BookBytes {
  name: string;
  bytes: Uint8Array;
}

/**
 * Options of the book loaders.
 * @category Spreadsheets
 */
export interface LoadBookOptions {
  locale?: Locale;
  /** Caps of the xlsx reader (default: Excel's sheet size, 1 GiB unzipped, 40 million cells). */
  limits?: Partial<XlsxLimits>;
}

const NOT_A_SPREADSHEET = { zh: '不是表格文件（不是有效的 .xlsx 文件，或文件不完整）', en: 'not a spreadsheet file (not a valid .xlsx, or incomplete)' };

function limitText(error: XlsxLimitError, locale: Locale): string {
  const en = locale === 'en';
  const n = error.limit.toLocaleString('en-US');
  const where = error.sheet === undefined ? '' : en ? `sheet "${error.sheet}" ` : `工作表“${error.sheet}”`;
  switch (error.kind) {
    case 'rows':
      return en ? `${where}has more than ${n} rows (Excel's limit)` : `${where}超过 ${n} 行（Excel 的上限）`;
    case 'columns':
      return en ? `${where}has more than ${n} columns (Excel's limit)` : `${where}超过 ${n} 列（Excel 的上限）`;
    case 'cells':
      return en ? `${where}takes the workbook past ${n} cells (the reading cap)` : `${where}使单元格总数超过 ${n} 个（读取上限）`;
    default:
      return en ? `it unzips to more than ${n} bytes (the reading cap)` : `解压后超过 ${n} 字节（读取上限）`;
  }
}

/**
 * The issue for an error met while reading a file (a limit crossed, or not a spreadsheet).
 * @example
 * bookErrorIssue(new XlsxFormatError('not a zip package'), 'a.xlsx', 'zh-CN').message // '无法读取文件 a.xlsx：不是表格文件（不是有效的 .xlsx 文件，或文件不完整）'
 * bookErrorIssue(new XlsxLimitError('rows', 1048576, '党员'), 'a.xlsx', 'en').rule // 'io.file.tooLarge'
 * @category Spreadsheets
 */
export function bookErrorIssue(error: unknown, file: string, locale: Locale): Issue {
  if (error instanceof XlsxLimitError) return createIssue(ioFileTooLargeRule, ['file'], { file, limit: limitText(error, locale) }, { locale });
  return createIssue(ioFileUnreadableRule, ['file'], { file, reason: locale === 'en' ? NOT_A_SPREADSHEET.en : NOT_A_SPREADSHEET.zh }, { locale });
}

/**
 * Loads an .xlsx or .csv file from its name and bytes. Never rejects: an old .xls, a file that is
 * not a spreadsheet or one past the reading limits gives an error issue that names the file.
 * @example
 * (await loadBookBytes({ name: 'a.xlsx', bytes: new Uint8Array([1, 2, 3]) })).issues[0].rule // 'io.file.unreadable'
 * @category Spreadsheets
 */
export async function loadBookBytes(input: BookBytes, options: LoadBookOptions = {}): Promise<Result<SpreadsheetBook>> {
  const locale: Locale = options?.locale === 'en' ? 'en' : 'zh-CN';
  let file = '';
  try {
    file = String(input?.name ?? '');
    const bytes = input?.bytes;
    if (!(bytes instanceof Uint8Array)) throw new XlsxFormatError('no bytes');
    const format = spreadsheetFormat(file, bytes);
    if (format === 'xls') {
      const reason = locale === 'en' ? 'old .xls format: save it as .xlsx in Excel or WPS first' : '旧版 .xls 格式，请先在 Excel 或 WPS 中另存为 .xlsx';
      return { ok: false, issues: [createIssue(ioFileUnreadableRule, ['file'], { file, reason }, { locale })] };
    }
    if (format === 'csv' || (format === undefined && bytes[0] !== 0x50)) {
      const book = csvBook(file, bytes);
      if (book.unclosedQuoteLine !== undefined) return { ok: false, issues: [createIssue(ioCsvUnclosedQuoteRule, ['file'], { file, line: book.unclosedQuoteLine }, { locale })] };
      return { ok: true, value: book, issues: [] };
    }
    const workbook = await readXlsx(bytes, options?.limits ? { limits: options.limits } : {});
    return { ok: true, value: { format: 'xlsx', file, bytes, ...workbook }, issues: [] };
  } catch (error) {
    return { ok: false, issues: [bookErrorIssue(error, file, locale)] };
  }
}
