/**
 * Reading an identifier cell (ID number, credit code, org code, phone) as compact text: full-width
 * forms folded, separators (white space, dashes) removed, a–z upper-cased. Nothing else is changed —
 * other characters stay and fail the parser's format check, so input is never "repaired".
 * @module
 */
import { MAX_LENGTH } from '../text/limits.js';
import type { InputReason } from './rules.js';

/** Compact text, or why the input could not be read. */
export type IdentifierText = { text: string; reason?: undefined } | { text?: undefined; reason: InputReason };

/**
 * True for the characters dropped from identifiers: white space (incl. U+3000, NBSP, zero-width
 * space, BOM) and dashes (ASCII, U+2010–2015, minus sign, small and full-width hyphen).
 * @example
 * isSeparator(0x2d) // true
 * isSeparator(0x41) // false
 */
export function isSeparator(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c === 0x2d || c === 0xa0) return true;
  if (c < 0x1680) return false;
  return (
    c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || (c >= 0x2010 && c <= 0x2015) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x2212 || c === 0x3000 || c === 0xfe58 || c === 0xfe63 || c === 0xfeff || c === 0xff0d
  );
}

/**
 * Folds full-width ASCII (U+FF01–FF5E) to ASCII, drops separators and upper-cases a–z.
 * Returns the input itself when nothing changes (no allocation on clean input).
 * @example
 * compactIdentifier('１１０１０５ 19491231-002ｘ') // '11010519491231002X'
 * @example
 * compactIdentifier('ABC') // 'ABC'
 */
export function compactIdentifier(text: string): string {
  let clean = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) {
      clean = false;
      break;
    }
  }
  if (clean) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (isSeparator(c)) continue;
    if (c >= 97 && c <= 122) c -= 32;
    out += String.fromCharCode(c);
  }
  return out;
}

/**
 * Reads an identifier from a cell: strings, and numbers that still hold every digit (safe
 * integers); bigints as decimal. Checks the length cap before any scanning. Never throws.
 * @example
 * readIdentifier(' 91110108551385082q ') // { text: '91110108551385082Q' }
 * @example
 * readIdentifier(110105194912310020) // { reason: 'precision' }
 * @example
 * readIdentifier(null) // { reason: 'type' }
 */
export function readIdentifier(input: unknown): IdentifierText {
  let raw: string;
  if (typeof input === 'string') raw = input;
  else if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0 || !Number.isInteger(input)) return { reason: 'type' };
    if (!Number.isSafeInteger(input)) return { reason: 'precision' };
    raw = String(input);
  } else if (typeof input === 'bigint') {
    if (input < 0n) return { reason: 'type' };
    raw = input.toString();
  } else return { reason: 'type' };
  if (raw.length > MAX_LENGTH.identifier) return { reason: 'tooLong' };
  const text = compactIdentifier(raw);
  return text === '' ? { reason: 'empty' } : { text };
}
