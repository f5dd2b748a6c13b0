/**
 * Excel serial day numbers (the 1900 date system) to calendar days (date-fns `addDays` in UTC).
 * @module
 */
import { addDays } from 'date-fns/addDays';
import type { Ymd } from '../dates/calendar.js';
import { utcDay } from '../dates/utcDay.js';

/**
 * Serial of 9999-12-31, the last day Excel shows.
 * @example
 * excelSerialToYmd(MAX_EXCEL_SERIAL) // { year: 9999, month: 12, day: 31 }
 */
export const MAX_EXCEL_SERIAL = 2958465;

/**
 * The calendar day of an Excel serial number in the 1900 date system (the time of day, the
 * fraction, is dropped). Excel counts the fictitious 1900-02-29 as serial 60 (Lotus 1-2-3's leap
 * year bug): serials 1–59 are 1900-01-01…1900-02-28, serial 60 gives `undefined`, and from 61
 * (1900-03-01) on the count is one ahead of the real calendar. `undefined` outside 1…2958465.
 * @param serial - days, as Excel stores a date cell
 * @example
 * excelSerialToYmd(42940) // { year: 2017, month: 7, day: 24 }
 * @example
 * excelSerialToYmd(59) // { year: 1900, month: 2, day: 28 }
 * @example
 * excelSerialToYmd(60) // undefined
 * @example
 * excelSerialToYmd(61) // { year: 1900, month: 3, day: 1 }
 * @category Identifiers
 */
export function excelSerialToYmd(serial: number): Ymd | undefined {
  if (typeof serial !== 'number' || !Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_EXCEL_SERIAL || whole === 60) return undefined;
  // Serial 1 is 1900-01-01; from 61 on, the fictitious 1900-02-29 puts the count one day ahead.
  const day = addDays(utcDay(whole < 60 ? '1899-12-31' : '1899-12-30')!, whole);
  return { year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate() };
}
