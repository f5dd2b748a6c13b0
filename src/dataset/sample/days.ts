/**
 * Day numbers (days since 1970-01-01) ↔ `YYYY-MM-DD` for the generator, by date-fns in UTC.
 * @module
 */
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { utcDay, ymdOf } from '../../dates/utcDay.js';

const EPOCH = utcDay('1970-01-01')!;

/**
 * Day number of a `YYYY-MM-DD` date (NaN when it is not one).
 * @example
 * dayNumber('1970-01-02') // 1
 */
export function dayNumber(ymd: string): number {
  const day = utcDay(ymd);
  return day ? differenceInCalendarDays(day, EPOCH) : Number.NaN;
}

/**
 * The `YYYY-MM-DD` date of a day number.
 * @example
 * dayDate(0) // '1970-01-01'
 */
export function dayDate(day: number): string {
  return ymdOf(addDays(EPOCH, day));
}
