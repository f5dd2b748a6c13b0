/**
 * Day numbers ↔ `YYYY-MM-DD` for the generator (days since 1970-01-01, proleptic Gregorian; integer
 * arithmetic after H. Hinnant's civil-from-days, no `Date`).
 * @module
 */
import { formatYmd, readYmd, ymdFromDayNumber } from '../../dates/calendar.js';

/**
 * Day number of a `YYYY-MM-DD` date (NaN when it is not one).
 * @example
 * dayNumber('1970-01-02') // 1
 */
export function dayNumber(ymd: string): number {
  const d = readYmd(ymd);
  if (!d) return Number.NaN;
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The `YYYY-MM-DD` date of a day number.
 * @example
 * dayDate(0) // '1970-01-01'
 */
export function dayDate(day: number): string {
  return formatYmd(ymdFromDayNumber(day));
}
