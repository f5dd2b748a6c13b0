/**
 * Opening a spreadsheet file by path (Node): the file is read whole and handed to
 * {@link loadBookBytes}. The file is only read, never written; problems become an
 * `io.file.unreadable` issue, never an exception.
 * @module
 */
import { readFile } from 'node:fs/promises';
import type { Result } from '../../result.js';
import { createIssue, type Locale } from '../../rules/define.js';
import { ioFileUnreadableRule } from '../rules.js';
import { loadBookBytes, type BookBytes, type LoadBookOptions, type SpreadsheetBook } from './loadBookBytes.js';

export { spreadsheetFormat } from './spreadsheetFormat.js';
export type { BookBytes, CsvBook, LoadBookOptions, SpreadsheetBook, XlsxBook } from './loadBookBytes.js';

/**
 * A file given by path, or by name and bytes (an upload).
 * @category Spreadsheets
 */
export type SpreadsheetInput = string | BookBytes;

function reasonOf(error: unknown, locale: Locale): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return locale === 'en' ? 'no such file' : '文件不存在';
  if (code === 'EACCES' || code === 'EPERM') return locale === 'en' ? 'permission denied' : '没有读取权限';
  if (code === 'EISDIR') return locale === 'en' ? 'it is a folder' : '这是一个文件夹';
  return locale === 'en' ? 'the file cannot be read' : '无法读取该文件';
}

/**
 * Loads an .xlsx or .csv file. An unreadable file (missing, an old .xls, a broken zip) gives an
 * `io.file.unreadable` error that names the file and says why.
 * @example
 * (await loadBook('/no/such/file.xlsx')).issues[0].rule // 'io.file.unreadable'
 * @category Spreadsheets
 */
export async function loadBook(input: SpreadsheetInput, options: LoadBookOptions = {}): Promise<Result<SpreadsheetBook>> {
  if (typeof input !== 'string') return loadBookBytes(input, options);
  const locale: Locale = options?.locale === 'en' ? 'en' : 'zh-CN';
  let bytes: Uint8Array;
  try {
    bytes = await readFile(input);
  } catch (error) {
    return { ok: false, issues: [createIssue(ioFileUnreadableRule, ['file'], { file: input, reason: reasonOf(error, locale) }, { locale })] };
  }
  return loadBookBytes({ name: input, bytes }, options);
}
