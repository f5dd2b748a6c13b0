/**
 * A CSV file held in memory, read from its bytes: encoding from the first 64 KiB (UTF-8, GB18030
 * or UTF-16, decoded with the standard TextDecoder), delimiter from the first line.
 * @module
 */
import { CsvParser } from '../csv/csvParser.js';
import { detectDelimiter } from '../csv/detectDelimiter.js';
import { detectEncoding, type CsvEncoding } from '../csv/detectEncoding.js';
import { fileExtension } from './spreadsheetFormat.js';

/**
 * A CSV file read into memory.
 * @category Spreadsheets
 */
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
  /** The line of the first bytes not valid in the encoding. */
  invalidBytesLine?: number;
  /** The line where a quoted field began that never closes: the rows are then not to be used. */
  unclosedQuoteLine?: number;
}

const SAMPLE_BYTES = 64 * 1024;

/**
 * The base name of a file without its extension (the sheet name of a CSV).
 * @example
 * sheetNameOf('data/党员.csv') // '党员'
 */
export function sheetNameOf(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const ext = fileExtension(base);
  return base.slice(0, base.length - ext.length) || base;
}

/**
 * A CSV book from a file's bytes.
 * @example
 * csvBook('党员.csv', new TextEncoder().encode('姓名\n张三\n')).rows // [['姓名'], ['张三']]
 */
export function csvBook(file: string, bytes: Uint8Array): CsvBook {
  const { encoding, bomLength } = detectEncoding(bytes.subarray(0, SAMPLE_BYTES), bytes.length <= SAMPLE_BYTES);
  const text = new TextDecoder(encoding).decode(bytes.subarray(bomLength));
  const delimiter = detectDelimiter(text.slice(0, 8192));
  const parser = new CsvParser(delimiter);
  const invalidAt = text.indexOf('\ufffd');
  const invalidBytesLine = invalidAt >= 0 ? parser.lineAt(text, invalidAt) : undefined;
  const rows = parser.push(text, []);
  parser.end(rows);
  const book: CsvBook = { format: 'csv', file, sheet: sheetNameOf(file), rows, encoding, bom: bomLength > 0, delimiter, invalidBytes: invalidAt >= 0 };
  if (invalidBytesLine !== undefined) book.invalidBytesLine = invalidBytesLine;
  const unclosed = parser.unclosedQuoteLine();
  if (unclosed !== undefined) book.unclosedQuoteLine = unclosed;
  return book;
}
