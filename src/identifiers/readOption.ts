/**
 * Defensive reading of parser options: any value is accepted as `options`; own properties only,
 * getters that throw read as absent, values of the wrong type fall back to the default (the
 * guarded reads are `src/_lib/safeRead.ts`).
 * @module
 */
import { isDate, readOwnOf } from '../_lib/safeRead.js';
import { readYmd } from '../dates/calendar.js';
import { ymdOf } from '../dates/utcDay.js';
import type { Locale } from '../rules/define.js';

/**
 * An own property of `options`, or `undefined` (also when reading it throws).
 * @example
 * readOption({ locale: 'en' }, 'locale') // 'en'
 * @example
 * readOption(Object.create({ locale: 'en' }), 'locale') // undefined
 */
export function readOption(options: unknown, key: string): unknown {
  return readOwnOf(options, key);
}

/**
 * The message locale of `options`: `'en'` only when asked for exactly, else `'zh-CN'`.
 * @example
 * readLocale({ locale: 'en' }) // 'en'
 * @example
 * readLocale({ locale: '__proto__' }) // 'zh-CN'
 */
export function readLocale(options: unknown): Locale {
  return readOption(options, 'locale') === 'en' ? 'en' : 'zh-CN';
}

/**
 * A boolean option, or the fallback when absent or not a boolean.
 * @example
 * readFlag({ checkCountyRegion: true }, 'checkCountyRegion', false) // true
 */
export function readFlag(options: unknown, key: string, fallback: boolean): boolean {
  const value = readOption(options, key);
  return typeof value === 'boolean' ? value : fallback;
}

/**
 * The `today` option as a YYYYMMDD number: a `YYYY-MM-DD` string or a `Date` (read in local time).
 * 0 when absent or unreadable — callers then use the clock (the API-edge default).
 * @example
 * readDayOption({ today: '2017-07-24' }) // 20170724
 * @example
 * readDayOption({}) // 0
 */
export function readDayOption(options: unknown, key = 'today'): number {
  const value = readOption(options, key);
  if (typeof value === 'string') {
    const ymd = readYmd(value.trim());
    return ymd ? ymd.year * 10000 + ymd.month * 100 + ymd.day : 0;
  }
  if (isDate(value)) {
    // A real Date, but its own properties may still shadow the methods.
    try {
      const day = ymdOf(new Date(Date.prototype.getTime.call(value)));
      return day === '' ? 0 : Number(day.replaceAll('-', ''));
    } catch {
      return 0;
    }
  }
  return 0;
}
