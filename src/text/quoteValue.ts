/**
 * How a cell value is shown wherever it is quoted — issue messages, report labels, change lists: a
 * run of digits shaped like an ID number or a mobile number is masked (so an ID number typed into the
 * name column is never printed in full), and invisible characters that can reorder or hide text
 * (bidi controls, C0/C1 controls, zero-width marks) are shown escaped as `\u202E`, so a report cannot
 * display a spoofed name. The one quoting helper: every message and label goes through it.
 * @module
 */
import { maskIdNumber, maskMobile } from '../identifiers/mask.js';
import { isHiddenChar } from './hiddenChars.js';

/** Digit runs this long (ID numbers: 15 or 18; mobiles: 11) are masked by default. */
const MIN_MASKED_DIGITS = 11;

/** 0–9 and full-width ０–９. */
function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** One separator allowed between digits of a number as people type it: space, hyphen, ideographic space, full-width hyphen. */
function isSeparator(c: number): boolean {
  return c === 0x20 || c === 0x2d || c === 0x3000 || c === 0xff0d;
}

/** X, x and their full-width forms: the check character of an ID number. */
function isCheckX(c: number): boolean {
  return c === 0x58 || c === 0x78 || c === 0xff38 || c === 0xff58;
}

/** `\u202E` for U+202E. */
function escapeChar(c: number): string {
  return `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A value as it may be quoted: digit runs of `minDigits` or more (default 11; separators ` `, `-`
 * between digits count as part of the run) masked — 15 or 18 characters (17 digits and an X) as an ID
 * number, others as a mobile number — and hidden characters escaped. Anything but a string gives `''`.
 * Never throws; the result has no run of `minDigits` digits.
 * @param text - the value as text
 * @param minDigits - the shortest run that is masked (member fields use 7)
 * @example
 * quoteValue('33021219900101123X') // '330212********123X'
 * @example
 * quoteValue('张三 13812345678') // '张三 138****5678'
 * @example
 * quoteValue('中共甲\u202E支部') // '中共甲\\u202E支部'
 * @example
 * quoteValue('第3支部 2017-06-30') // '第3支部 2017-06-30'
 */
export function quoteValue(text: string, minDigits: number = MIN_MASKED_DIGITS): string {
  if (typeof text !== 'string') return '';
  const least = Number.isInteger(minDigits) && minDigits > 0 ? minDigits : MIN_MASKED_DIGITS;
  let out = '';
  let start = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isHiddenChar(c)) {
      out += text.slice(start, i) + escapeChar(c);
      start = ++i;
      continue;
    }
    if (!isDigit(c)) {
      i++;
      continue;
    }
    // A run: digits, with single separators between them.
    let j = i;
    let digits = 0;
    while (j < n) {
      if (isDigit(text.charCodeAt(j))) {
        digits++;
        j++;
      } else if (j + 1 < n && isSeparator(text.charCodeAt(j)) && isDigit(text.charCodeAt(j + 1))) j++;
      else break;
    }
    if (digits === 17 && j < n && isCheckX(text.charCodeAt(j))) {
      digits++;
      j++;
    }
    if (digits >= least) {
      const run = text.slice(i, j);
      out += text.slice(start, i) + (digits === 15 || digits === 18 ? maskIdNumber(run) : maskMobile(run));
      start = j;
    }
    i = j;
  }
  return start === 0 ? text : out + text.slice(start);
}
