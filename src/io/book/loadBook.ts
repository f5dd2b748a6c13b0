/**
 * Opening a spreadsheet file: an .xlsx workbook (exceljs) or a CSV held in memory. The file is
 * only read, never written; problems become an `io.file.unreadable` issue, never an exception.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { Result } from '../../result.js';
import { createIssue, type Locale } from '../../rules/define.js';
import { openCsv } from '../csv/openCsv.js';
import type { CsvEncoding } from '../csv/encoding.js';
import { ioFileUnreadableRule } from '../rules.js';
import { fileErrorReason } from './fileErrors.js';

/** A CSV file read into memory. */
export interface CsvBook {
  format: 'csv';
  file: string;
  /** The sheet name used in reports: the file's base name without extension. */
  sheet: string;
  rows: string[][];
  encoding: CsvEncoding;
  bom: boolean;
  delimiter: string;
  invalidBytes: boolean;
}

/** An .xlsx workbook. */
export interface XlsxBook {
  format: 'xlsx';
  file: string;
  workbook: ExcelJS.Workbook;
}

/** A spreadsheet file as loaded. */
export type SpreadsheetBook = CsvBook | XlsxBook;

/** A file given by path, or by name and bytes (an upload). */
export type SpreadsheetInput = string | { name: string; bytes: Uint8Array };

/**
 * The format of a file by its extension, else by its first bytes; `undefined` when neither says.
 * @example
 * spreadsheetFormat('党员.xlsx') // 'xlsx'
 * spreadsheetFormat('members.CSV') // 'csv'
 */
export function spreadsheetFormat(name: string, bytes?: Uint8Array): 'xlsx' | 'csv' | 'xls' | undefined {
  const ext = extname(name).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  if (ext === '.xls' || ext === '.et') return 'xls';
  if (bytes && bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  if (bytes && bytes[0] === 0xd0 && bytes[1] === 0xcf) return 'xls';
  return undefined;
}

async function loadCsv(file: string, input: string | Uint8Array): Promise<CsvBook> {
  const source = await openCsv(input);
  const rows: string[][] = [];
  for await (const batch of source.batches()) for (const row of batch) rows.push(row);
  const name = basename(file, extname(file));
  return { format: 'csv', file, sheet: name, rows, encoding: source.encoding, bom: source.bom, delimiter: source.delimiter, invalidBytes: source.hadInvalidBytes() };
}

/**
 * Loads an .xlsx or .csv file. An unreadable file (missing, an old .xls, a broken zip) gives an
 * `io.file.unreadable` error that names the file and says why.
 * @example
 * (await loadBook('/no/such/file.xlsx')).issues[0].rule // 'io.file.unreadable'
 */
export async function loadBook(input: SpreadsheetInput, options: { locale?: Locale } = {}): Promise<Result<SpreadsheetBook>> {
  const locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const file = typeof input === 'string' ? input : String(input?.name ?? '');
  const fail = (reason: string): Result<SpreadsheetBook> => ({ ok: false, issues: [createIssue(ioFileUnreadableRule, ['file'], { file, reason }, { locale })] });
  try {
    const bytes = typeof input === 'string' ? await readFile(input) : input.bytes;
    const format = spreadsheetFormat(file, bytes);
    if (format === 'xls') return fail(locale === 'en' ? 'old .xls format: save it as .xlsx in Excel or WPS first' : '旧版 .xls 格式，请先在 Excel 或 WPS 中另存为 .xlsx');
    if (format === 'csv' || (format === undefined && bytes[0] !== 0x50)) {
      return { ok: true, value: await loadCsv(file, bytes), issues: [] };
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return { ok: true, value: { format: 'xlsx', file, workbook }, issues: [] };
  } catch (error) {
    return fail(fileErrorReason(error, locale));
  }
}
