/**
 * One `<c>` element. Text is written as an inline string: an edit then never touches the shared
 * string table (untouched cells keep their indices and `sharedStrings.xml` stays byte for byte),
 * and a new sheet needs no table built over all its cells first; deflate takes care of repeats.
 * @module
 */
import { escapeXmlText } from './escapeXml.js';

/**
 * A value a writer puts into a cell.
 * @category Spreadsheets
 */
export type CellValue = string | number | boolean | Date;

const EXCEL_EPOCH_DAYS = 25569;
const DAY_MS = 86_400_000;

/**
 * The serial number Excel stores for a date (UTC, the 1900 date system).
 * @example
 * excelSerial(new Date(Date.UTC(2010, 8, 1))) // 40422
 */
export function excelSerial(date: Date): number {
  return date.getTime() / DAY_MS + EXCEL_EPOCH_DAYS;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0;
}

function textElement(text: string, prefix: string): string {
  const escaped = escapeXmlText(text);
  const space = isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)) || text.includes('\n') || text.includes('\t') ? ' xml:space="preserve"' : '';
  return `<${prefix}t${space}>${escaped}</${prefix}t>`;
}

/**
 * The rich-text-free `<t>` of some text, for cells and comments.
 * @example
 * textRun(' a') // '<t xml:space="preserve"> a</t>'
 */
export function textRun(text: string, prefix = ''): string {
  return textElement(text, prefix);
}

/**
 * A cell element; an empty cell (no value, `''`, a number that is not finite, an invalid date)
 * keeps only its style.
 * @example
 * cellXml('B2', 'a&b', 0) // '<c r="B2" t="inlineStr"><is><t>a&amp;b</t></is></c>'
 * cellXml('C2', 42, 3) // '<c r="C2" s="3"><v>42</v></c>'
 */
export function cellXml(ref: string, value: CellValue | undefined, style: number, prefix = ''): string {
  const c = `${prefix}c`;
  const s = style > 0 ? ` s="${style}"` : '';
  if (value === undefined || value === '') return `<${c} r="${ref}"${s}/>`;
  if (typeof value === 'string') return `<${c} r="${ref}"${s} t="inlineStr"><${prefix}is>${textElement(value, prefix)}</${prefix}is></${c}>`;
  if (typeof value === 'boolean') return `<${c} r="${ref}"${s} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${c}>`;
  const n = value instanceof Date ? excelSerial(value) : value;
  if (!Number.isFinite(n)) return `<${c} r="${ref}"${s}/>`;
  return `<${c} r="${ref}"${s}><${prefix}v>${n}</${prefix}v></${c}>`;
}
