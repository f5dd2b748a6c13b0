/**
 * The default reference date of the identifier parsers when the caller gives no `today`: the
 * local calendar day, read from the clock only when it matters.
 *
 * `isValidIdNumber` is a hot path, and reading the clock per call costs more than the whole
 * checksum. Every day up to the release below is in the past for anyone running this version, so a
 * birth date on or before it is certainly not in the future; only later dates read the clock. A
 * constant, not a remembered reading: nothing here changes while the program runs.
 * @module
 */

/** A day (YYYYMMDD) before this version was released: already past wherever it runs. */
const SURELY_PAST = 20260101;

/** Today's local date as a YYYYMMDD number. */
function localToday(): number {
  const now = new Date();
  return now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate();
}

/**
 * True when `day` (a YYYYMMDD number) is on or before today's local date.
 * @example
 * isOnOrBeforeToday(19491231) // true
 * @example
 * isOnOrBeforeToday(99991231) // false
 */
export function isOnOrBeforeToday(day: number): boolean {
  return day <= SURELY_PAST || day <= localToday();
}
