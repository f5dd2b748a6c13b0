/**
 * Mobile number segments (号段) from `codes/identifiers/mobile-segments.json`.
 * @module
 */
import { readDigits } from '../dates/calendar.js';
import data from '../../codes/identifiers/mobile-segments.json' with { type: 'json' };

/** Segment prefixes of 3 to 5 digits, each as a number (e.g. 138, 17400). */
const SEGMENTS: ReadonlySet<number> = new Set(Object.values(data.operators).flat().map(Number));

/**
 * True when an 11-digit mobile number starts with an allocated segment of the bundled table.
 * @param digits - 11 ASCII digits
 * @example
 * hasKnownSegment('13800138000') // true
 * @example
 * hasKnownSegment('15400000000') // false
 * @example
 * hasKnownSegment('17400123456') // true
 * @category Identifiers
 */
export function hasKnownSegment(digits: string): boolean {
  if (typeof digits !== 'string' || digits.length < 5) return false;
  const five = readDigits(digits, 0, 5);
  if (five < 0) return false;
  return SEGMENTS.has(Math.floor(five / 100)) || SEGMENTS.has(Math.floor(five / 10)) || SEGMENTS.has(five);
}

/** Version of the bundled segment table. */
export const MOBILE_SEGMENTS_VERSION: string = data.version;
