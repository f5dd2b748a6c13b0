/**
 * One dropped file, opened from its bytes: a CSV (UTF-8, GB18030/GBK or UTF-16, decoded with the
 * browser's TextDecoder), an .xlsx workbook, or a JSON file of code tables. Never throws: a file
 * that cannot be read becomes an `io.*` issue (`io.file.unreadable`, `io.csv.unclosedQuote`), as in the CLI.
 * @module
 */
import { loadBookBytes, type SpreadsheetBook } from '../../../src/io/book/loadBookBytes.js';
import { ioFileUnreadableRule } from '../../../src/io/rules.js';
import type { Issue } from '../../../src/result.js';
import { createIssue } from '../../../src/rules/define.js';
import type { InputFile, Locale } from './protocol.js';

/** What a file turned out to be. */
export type OpenedFile =
  | { kind: 'book'; book: SpreadsheetBook }
  | { kind: 'tables'; name: string; data: unknown }
  | { kind: 'unreadable'; issue: Issue };

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

/**
 * Opens a file by its name and first bytes. Spreadsheets are read as the CLI reads them
 * (`loadBookBytes`: a CSV's encoding and a quote that never closes, a workbook's limits); a WPS
 * `.et` or old `.xls` file and a JSON file of code tables are told apart first.
 */
export async function openFile(file: InputFile, locale: Locale): Promise<OpenedFile> {
  const en = locale === 'en';
  const fail = (reason: string): OpenedFile => ({ kind: 'unreadable', issue: createIssue(ioFileUnreadableRule, ['file'], { file: file.name, reason }, { locale }) });
  const ext = extension(file.name);
  const { bytes } = file;
  if (ext === '.json') {
    try {
      return { kind: 'tables', name: file.name, data: JSON.parse(new TextDecoder().decode(bytes)) };
    } catch {
      return fail(en ? 'not a JSON file' : '不是 JSON 文件');
    }
  }
  if (ext === '.xls' || ext === '.et' || (bytes[0] === 0xd0 && bytes[1] === 0xcf)) {
    return fail(en ? 'old .xls format: save it as .xlsx in Excel or WPS first' : '旧版 .xls 格式，请先在 Excel 或 WPS 中另存为 .xlsx');
  }
  const loaded = await loadBookBytes({ name: file.name, bytes }, { locale });
  return loaded.ok ? { kind: 'book', book: loaded.value } : { kind: 'unreadable', issue: loaded.issues[0]! };
}
