/**
 * Calendar arithmetic on plain year/month/day numbers and `YYYY-MM-DD` strings, for the per-record hot
 * path: a member check compares and ages days many times per record, and integer digits read in place
 * cost nothing to allocate and never depend on the machine's time zone. This is the one place that does
 * so; everything off the hot path (Excel serials, the reference date, suggestions, the sample) uses
 * date-fns through `utcDay.ts`.
 * @module
 */

/** A calendar day. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/**
 * True in a Gregorian leap year.
 * @example
 * isLeapYear(2000) // true
 * isLeapYear(1900) // false
 */
export function isLeapYear(year: number): boolean {
  if (typeof year !== 'number') return false;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in a month (1–12) of a year.
 * @example
 * daysInMonth(2016, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (typeof month !== 'number') return 0;
  return month === 2 && isLeapYear(year) ? 29 : (DAYS[month - 1] ?? 0);
}

/**
 * True when year/month/day name a real calendar day (years 1–9999).
 * @example
 * isRealDay(2017, 2, 29) // false
 */
export function isRealDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/**
 * Formats a day as `YYYY-MM-DD`.
 * @example
 * formatYmd({ year: 2017, month: 7, day: 1 }) // '2017-07-01'
 */
export function formatYmd(parts: Ymd): string {
  try {
    const { year, month, day } = parts;
    if (typeof year !== 'number' || typeof month !== 'number' || typeof day !== 'number') return '';
    return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
  } catch {
    return ''; // not a Ymd: unreadable parts
  }
}

/**
 * Reads a strict `YYYY-MM-DD` string (as this library outputs) into numbers; `undefined` when it is
 * not one or names no real day.
 * @example
 * readYmd('2016-02-29') // { year: 2016, month: 2, day: 29 }
 * readYmd('2017-02-29') // undefined
 */
export function readYmd(text: string): Ymd | undefined {
  if (!isYmdText(text)) return undefined;
  const year = readDigits(text, 0, 4);
  const month = readDigits(text, 5, 7);
  const day = readDigits(text, 8, 10);
  return isRealDay(year, month, day) ? { year, month, day } : undefined;
}

/** `????-??-??`: the shape of a `YYYY-MM-DD` string (digits checked by the reader). */
function isYmdText(text: string): boolean {
  return typeof text === 'string' && text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45;
}

/**
 * The decimal number in `text[from, to)` without allocating; -1 when a character is not a digit.
 * @example
 * readDigits('2017-07-24', 5, 7) // 7
 */
export function readDigits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Adds whole years to a `YYYY-MM-DD` day. 29 February lands on 28 February in a common year
 * (the date-fns `addYears` convention): a probation that began on 2016-02-29 ends on 2017-02-28.
 * @example
 * addYears('2016-02-29', 1) // '2017-02-28'
 */
export function addYears(ymd: string, years: number): string {
  if (typeof ymd !== 'string') return '';
  const d = readYmd(ymd);
  if (!d || !Number.isInteger(years)) return ymd;
  const year = d.year + years;
  return formatYmd({ year, month: d.month, day: Math.min(d.day, daysInMonth(year, d.month)) });
}

/**
 * Whole years of age on `day` for someone born on `birth` (both `YYYY-MM-DD`): the count of
 * birthdays passed, where a 29 February birthday falls on 28 February in common years.
 * @example
 * ageOn('1999-07-01', '2017-07-01') // 18
 * ageOn('1999-07-02', '2017-07-01') // 17
 */
export function ageOn(birth: string, day: string): number {
  // Read in place (no Ymd objects): the dataset check asks this for many members.
  if (!isYmdText(birth) || !isYmdText(day)) return Number.NaN;
  const by = readDigits(birth, 0, 4), bm = readDigits(birth, 5, 7), bd = readDigits(birth, 8, 10);
  const dy = readDigits(day, 0, 4), dm = readDigits(day, 5, 7), dd = readDigits(day, 8, 10);
  if (!isRealDay(by, bm, bd) || !isRealDay(dy, dm, dd)) return Number.NaN;
  let age = dy - by;
  const birthdayDay = Math.min(bd, daysInMonth(dy, bm));
  if (dm < bm || (dm === bm && dd < birthdayDay)) age--;
  return age;
}
