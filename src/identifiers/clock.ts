/**
 * The default reference date of the identifier parsers when the caller gives no `today`: the
 * local calendar day, read from the clock only when it matters.
 *
 * Why a cache: `isValidIdNumber` is a hot path, and reading the clock per call costs more than the
 * whole checksum. The last day read is a lower bound of today (the clock moves forward), so a
 * birth date on or before it is certainly not in the future; only later dates read the clock again.
 * The cache is one number, never keyed by input.
 * @module
 */

let lastKnownDay = 0;

/**
 * True when `day` (a YYYYMMDD number) is on or before today's local date.
 * @example
 * isOnOrBeforeToday(19491231) // true
 * @example
 * isOnOrBeforeToday(99991231) // false
 */
export function isOnOrBeforeToday(day: number): boolean {
  if (day <= lastKnownDay) return true;
  const now = new Date();
  lastKnownDay = now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate();
  return day <= lastKnownDay;
}
