/**
 * Dates as spreadsheets hold them (docs/spreadsheets.md, cell values) → `YYYY-MM-DD`.
 * @module
 */
import { formatYmd, isRealDay } from '../dates/calendar.js';
import type { Result } from '../result.js';
import { createIssue, type MessageOptions } from '../rules/define.js';
import { MAX_LENGTH } from '../text/limits.js';
import { excelSerialToYmd } from './excelSerial.js';
import { isSeparator } from './readIdentifier.js';
import { readLocale } from './readOption.js';
import { dateDayAssumedRule, dateFormatRule, type DateReason } from './rules.js';

/**
 * A parsed date.
 * @category Identifiers
 */
export interface ParsedDate {
  /** `YYYY-MM-DD`. */
  value: string;
  /** True when only the month was known and the day was set to the 1st. */
  dayAssumed: boolean;
}

/** Year, month and day as read (no day: month-only), or why reading failed. */
type Reading = { year: number; month: number; day?: number } | DateReason;

/** Bare numbers in this range are years (2017), not Excel serials (which would be days in 1905). */
const YEAR_ONLY_MIN = 1900;
const YEAR_ONLY_MAX = 2100;
/** Larger numbers are not serials: 100000 would be the year 2173. */
const MAX_SERIAL = 99999;

function digitsValue(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return to > from ? n : -1;
}

/** A number, or a string of digits (optionally with a fraction): compact forms and Excel serials. */
function readNumeric(n: number, digits: number): Reading {
  if (!Number.isFinite(n) || n <= 0) return 'shape';
  if (Number.isInteger(n) && digits === 8) return { year: Math.floor(n / 10000), month: Math.floor(n / 100) % 100, day: n % 100 };
  if (Number.isInteger(n) && digits === 6) return { year: Math.floor(n / 100), month: n % 100 };
  if (Number.isInteger(n) && n >= YEAR_ONLY_MIN && n <= YEAR_ONLY_MAX) return 'yearOnly';
  if (n > MAX_SERIAL) return 'shape';
  if (Math.floor(n) === 60) return 'excel1900';
  return excelSerialToYmd(n) ?? 'shape';
}

/** `Y sep M [sep D]` with one separator kind, a 4-digit year and 1–2 digit month and day. */
function readSeparated(text: string, sep: string): Reading {
  const parts = text.split(sep);
  if (parts.length < 2 || parts.length > 3 || parts[0]!.length !== 4) return 'shape';
  if (parts.slice(1).some((p) => p.length < 1 || p.length > 2)) return 'shape';
  const [year, month, day] = parts.map((p) => digitsValue(p, 0, p.length));
  if (year! < 0 || month! < 0 || (day !== undefined && day < 0)) return 'shape';
  return day === undefined ? { year: year!, month: month! } : { year: year!, month: month!, day };
}

/** `2017年7月24日`, `2017年7月24`, `2017年7月`. */
function readChinese(text: string): Reading {
  const yearEnd = text.indexOf('年');
  const monthEnd = text.indexOf('月');
  if (yearEnd !== 4 || monthEnd < 6 || monthEnd > 7) return 'shape';
  const year = digitsValue(text, 0, 4);
  const month = digitsValue(text, 5, monthEnd);
  let rest = text.slice(monthEnd + 1);
  if (rest.endsWith('日') || rest.endsWith('号')) rest = rest.slice(0, -1);
  if (rest === '') return year < 0 || month < 0 ? 'shape' : { year, month };
  const day = rest.length <= 2 ? digitsValue(rest, 0, rest.length) : -1;
  return year < 0 || month < 0 || day < 0 ? 'shape' : { year, month, day };
}

/** Drops a time of day (`2017-07-24 08:30:00`, `2017-07-24T00:00`): the date part is what counts. */
function withoutTime(text: string): string {
  const colon = text.indexOf(':');
  if (colon < 0) return text;
  const cut = Math.max(text.lastIndexOf(' ', colon), text.lastIndexOf('T', colon));
  if (cut < 8) return text;
  for (let i = cut + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 58 || c === 46)) return text;
  }
  return text.slice(0, cut);
}

function readText(raw: string): Reading {
  if (raw.length > MAX_LENGTH.identifier) return 'tooLong';
  let text = '';
  const trimmed = withoutTime(raw.trim());
  for (let i = 0; i < trimmed.length; i++) {
    let c = trimmed.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c !== 0x2d && isSeparator(c)) continue; // spaces inside (`2017 年 7 月`); dashes separate
    text += String.fromCharCode(c);
  }
  if (text === '') return 'empty';
  if (text.includes('年')) return readChinese(text);
  for (const sep of ['-', '/', '.']) {
    if (text.includes(sep) && !(sep === '.' && /^\d+\.\d+$/.test(text) && text.indexOf('.') !== 4)) {
      return readSeparated(text, sep);
    }
  }
  const digits = text.indexOf('.') >= 0 ? text.indexOf('.') : text.length;
  if (digitsValue(text, 0, digits) < 0 || (digits < text.length && digitsValue(text, digits + 1, text.length) < 0)) return 'shape';
  return readNumeric(Number(text), digits);
}

function readDateObject(input: Date): Reading {
  try {
    if (Number.isNaN(Date.prototype.getTime.call(input))) return 'invalidDate';
    return {
      year: Date.prototype.getFullYear.call(input),
      month: Date.prototype.getMonth.call(input) + 1,
      day: Date.prototype.getDate.call(input),
    };
  } catch {
    return 'type';
  }
}

function read(input: unknown): Reading {
  if (typeof input === 'string') return readText(input);
  if (typeof input === 'number') return readNumeric(input, Number.isInteger(input) ? String(Math.abs(input)).length : 0);
  try {
    // `instanceof` consults a proxy's getPrototypeOf trap, which may throw.
    if (input instanceof Date) return readDateObject(input);
  } catch {
    return 'type';
  }
  return 'type';
}

/**
 * Parses a date in any form docs/spreadsheets.md lists: a `Date` (read in local time, as a spreadsheet
 * library creates it), an Excel serial number in the 1900 system (as a number or a numeric string,
 * 1–99999; serial 60, Excel's fictitious 1900-02-29, is rejected), `2017-07-24`, `2017/7/24`,
 * `2017.7.24`, `20170724`, `2017年7月24日`, and the month-only forms `2017-07`, `2017/7`, `2017.7`,
 * `201707`, `2017年7月`, which become the 1st with `dayAssumed: true` and the warning
 * `date.dayAssumed` (the guide's rule for dates known only to the month). A time of day is dropped.
 * Calendar validity by Y/M/D arithmetic. Bare numbers 1900–2100 are read as a year alone and
 * rejected. Rules `date.format`, `date.dayAssumed` (paths `[]`).
 * @param input - any value
 * @param options - `locale`
 * @example
 * parseDate('2017年7月24日').value // { value: '2017-07-24', dayAssumed: false }
 * @example
 * parseDate(42940).value // { value: '2017-07-24', dayAssumed: false }
 * @example
 * parseDate('2017.7').value // { value: '2017-07-01', dayAssumed: true }
 * @example
 * parseDate('2017-02-29').issues[0].rule // 'date.format'
 * @category Identifiers
 */
export function parseDate(input: unknown, options?: MessageOptions): Result<ParsedDate> {
  const locale = readLocale(options);
  const reading = read(input);
  if (typeof reading === 'string') return { ok: false, issues: [createIssue(dateFormatRule, [], { reason: reading }, { locale })] };
  const dayAssumed = reading.day === undefined;
  const day = reading.day ?? 1;
  if (!isRealDay(reading.year, reading.month, day) || reading.year < 1000) {
    return { ok: false, issues: [createIssue(dateFormatRule, [], { reason: 'notReal' }, { locale })] };
  }
  const value = formatYmd({ year: reading.year, month: reading.month, day });
  if (!dayAssumed) return { ok: true, value: { value, dayAssumed }, issues: [] };
  return { ok: true, value: { value, dayAssumed }, issues: [createIssue(dateDayAssumedRule, [], { value }, { locale })] };
}
