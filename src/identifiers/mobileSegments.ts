/**
 * Mobile number segments (号段) from `codes/identifiers/mobile-segments.json`.
 * @module
 */
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
 */
export function hasKnownSegment(digits: string): boolean {
  if (typeof digits !== 'string' || digits.length < 5) return false;
  let five = 0;
  for (let i = 0; i < 5; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return false;
    five = five * 10 + d;
  }
  return SEGMENTS.has(Math.floor(five / 100)) || SEGMENTS.has(Math.floor(five / 10)) || SEGMENTS.has(five);
}

/** Version of the bundled segment table. */
export const MOBILE_SEGMENTS_VERSION: string = data.version;
