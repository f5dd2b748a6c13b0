/**
 * Calendar days as date-fns `UTCDate`s: date-fns does the calendar arithmetic (days, years, formatting)
 * off the per-record hot path, and UTC keeps it free of the machine's time zone (a zone that skipped a
 * day, such as Pacific/Apia on 2011-12-30, cannot shift a result). The hot path compares days as
 * integers instead (see `calendar.ts`).
 * @module
 */
import { UTCDate } from '@date-fns/utc/date';
import { lightFormat } from 'date-fns/lightFormat';
import { isValid } from 'date-fns/isValid';
import { readYmd } from './calendar.js';

/**
 * The UTC midnight of a `YYYY-MM-DD` day; `undefined` when the text names no real day.
 * @example
 * utcDay('2016-02-29')?.toISOString() // '2016-02-29T00:00:00.000Z'
 * @example
 * utcDay('2017-02-29') // undefined
 */
export function utcDay(ymd: string): UTCDate | undefined {
  const d = readYmd(ymd);
  if (!d) return undefined;
  const day = new UTCDate(0);
  day.setFullYear(d.year, d.month - 1, d.day); // setFullYear, not the constructor: years 0–99 stay as given
  return day;
}

/**
 * A date as `YYYY-MM-DD`, read in its own time (a `UTCDate` in UTC, a plain `Date` in local time);
 * `''` when it is invalid.
 * @example
 * ymdOf(new Date(2017, 6, 24, 23, 59)) // '2017-07-24'
 */
export function ymdOf(date: Date): string {
  return isValid(date) ? lightFormat(date, 'yyyy-MM-dd') : '';
}
