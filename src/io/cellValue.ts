/**
 * What a spreadsheet cell holds, turned into the plain input value a record validator reads —
 * undoing only what the spreadsheet did (formulas → their cached result, rich text → text,
 * long numbers → digits, dates → the text Excel shows) and never normalising on its own: trimming,
 * code look-up and date parsing are the record validators' job, so they report every change.
 * @module
 */
import { toText } from '../text/toText.js';
import type { CellKind } from './headers/aliases.js';

/**
 * Why a cell could not be read as it stands (reported by the caller as an io rule).
 * @category Spreadsheets
 */
export type CellProblem = { kind: 'error'; error: string } | { kind: 'precision' };

/**
 * A cell of a sheet: its stored value and number format (exceljs' shape).
 * @category Spreadsheets
 */
export interface RawCell {
  value: unknown;
  numFmt?: string | undefined;
}

const DIGITS_KEPT_BY_EXCEL = 15;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A date cell as Excel displays it: `YYYY-MM-DD`, or `YYYY-MM` when the format shows no day
 * (失去联系日期 is asked for by year and month). Read in UTC, as exceljs stores dates.
 * @example
 * dateCellText(new Date(Date.UTC(2010, 8, 1)), 'yyyy-mm-dd') // '2010-09-01'
 * dateCellText(new Date(Date.UTC(2015, 2, 1)), 'yyyy"年"m"月"') // '2015-03'
 */
export function dateCellText(date: Date, numFmt?: string): string | undefined {
  const time = date.getTime();
  if (Number.isNaN(time)) return undefined;
  const ymd = `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}`;
  // Real number formats are short; the cut keeps the regex linear on a hostile numFmt.
  const format = (numFmt ?? '').slice(0, 200).replace(/"[^"]*"|\[[^\]]*\]/g, '').toLowerCase();
  const showsDay = format === '' || /d/.test(format) || /mmm/.test(format) || !/y/.test(format);
  return showsDay ? `${ymd}-${pad2(date.getUTCDate())}` : ymd;
}

/** Digits of a number's plain decimal text (how many significant digits Excel had to keep). */
function significantDigits(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) count++;
  }
  return count;
}

/** `3.30212E+17` — what Excel writes into a CSV for a long number. */
const SCIENTIFIC = /^\s*[+-]?\d(?:\.\d+)?[eE]\+?\d{1,3}\s*$/;

function numberInput(value: number, numFmt: string | undefined, kind: CellKind, problems: CellProblem[]): unknown {
  if (!Number.isFinite(value)) return undefined;
  switch (kind) {
    case 'identifier': {
      const text = toText(value)!;
      if (Number.isInteger(value) && significantDigits(text) > DIGITS_KEPT_BY_EXCEL) problems.push({ kind: 'precision' });
      return text;
    }
    case 'code': {
      // A "000" number format makes 11 show as 011: the cell means what it shows.
      if (numFmt && /^0+$/.test(numFmt) && Number.isInteger(value) && value >= 0) return String(value).padStart(numFmt.length, '0');
      return value;
    }
    case 'text':
      return toText(value);
    default:
      // Dates stay serial numbers (parseDate reads them); flags stay 1/0 for the normaliser.
      return value;
  }
}

/**
 * The input value of an xlsx cell (exceljs value + number format) for a column of the given kind;
 * `undefined` for an empty cell. Problems (formula errors, digits Excel dropped) go to `problems`.
 * @example
 * cellInput({ value: { formula: 'A1', result: 631 } }, 'code', []) // 631
 * cellInput({ value: 15578338068 }, 'identifier', []) // '15578338068'
 * cellInput({ value: 11, numFmt: '000' }, 'code', []) // '011'
 * cellInput({ value: { richText: [{ text: '张' }, { text: '三' }] } }, 'text', []) // '张三'
 * @category Spreadsheets
 */
export function cellInput(cell: RawCell, kind: CellKind, problems: CellProblem[]): unknown {
  const value = cell.value;
  if (value === null || value === undefined) return undefined;
  switch (typeof value) {
    case 'string':
      if (value === '') return undefined;
      if (kind === 'identifier' && SCIENTIFIC.test(value)) problems.push({ kind: 'precision' });
      return value;
    case 'number':
      return numberInput(value, cell.numFmt, kind, problems);
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value instanceof Date) return dateCellText(value, cell.numFmt);
  const object = value as Record<string, unknown>;
  if (typeof object.error === 'string') {
    problems.push({ kind: 'error', error: object.error });
    return undefined;
  }
  if (Array.isArray(object.richText)) {
    const text = object.richText.map((run) => (typeof run?.text === 'string' ? run.text : '')).join('');
    return text === '' ? undefined : cellInput({ value: text, numFmt: cell.numFmt }, kind, problems);
  }
  if ('formula' in object || 'sharedFormula' in object) {
    return cellInput({ value: object.result, numFmt: cell.numFmt }, kind, problems);
  }
  if (typeof object.text === 'string') return cellInput({ value: object.text, numFmt: cell.numFmt }, kind, problems);
  return undefined;
}

/**
 * A CSV field as input: empty → `undefined`; Excel's text-forcing `="0123"` → `0123`; otherwise the
 * text as it is (a CSV has no types, so nothing else was done to it).
 * @example
 * csvCellInput('="011"', 'code', []) // '011'
 * csvCellInput('', 'text', []) // undefined
 * @category Spreadsheets
 */
export function csvCellInput(text: string, kind: CellKind, problems: CellProblem[]): unknown {
  if (text === '') return undefined;
  if (text.length >= 3 && text.charCodeAt(0) === 61 /* = */ && text.charCodeAt(1) === 34 && text.endsWith('"')) {
    return text.slice(2, -1).replace(/""/g, '"');
  }
  if (kind === 'identifier' && SCIENTIFIC.test(text)) problems.push({ kind: 'precision' });
  return text;
}

/**
 * A cell as display text, for header rows and reports: strings as they are, numbers in plain
 * decimal, dates as `YYYY-MM-DD`, formulas by their cached result; `''` when empty.
 * @example
 * cellText({ value: { formula: 'A1&B1', result: '姓名' } }) // '姓名'
 * cellText({ value: null }) // ''
 */
export function cellText(cell: RawCell): string {
  const value = cellInput(cell, 'text', []);
  if (value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}
