/**
 * Short, safe display text of any input value for messages and change reports: at most 24 characters, and
 * every run of 7 or more digits masked the way phone numbers are, so an ID or phone number typed into the
 * wrong field never appears in full.
 * @module
 */
import { maskMobile } from '../../identifiers/mask.js';
import { toText } from '../../text/toText.js';

const MAX_SHOWN = 24;

function maskDigitRuns(text: string): string {
  let out = '';
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
    if (j - i >= 7) {
      out += text.slice(start, i) + maskMobile(text.slice(i, j));
      start = j;
    }
    i = j;
  }
  return start === 0 ? text : out + text.slice(start);
}

/**
 * Text cut to 24 characters (with `…`), for change reports of fields that hold no phone or ID number.
 * @example
 * shortText('宁波市鄞州区下应街道湾底村第三支部委员会第一党小组') // '宁波市鄞州区下应街道湾底村第三支部委员会第一党小…'
 */
export function shortText(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/**
 * Display text of a value: strings trimmed and cut to 24 characters (with `…`), numbers as digits, other
 * types as `[type]`; long digit runs masked.
 * @example
 * displayValue('  火星族 ') // '火星族'
 * displayValue('11010519491231002X') // '110**********1002X'
 * displayValue({}) // '[object]'
 */
export function displayValue(input: unknown): string {
  const text = typeof input === 'boolean' ? String(input) : toText(input);
  if (text === undefined) return input === null ? '[null]' : `[${typeof input}]`;
  const trimmed = text.length > 4 * MAX_SHOWN ? text.slice(0, 4 * MAX_SHOWN).trim() : text.trim();
  return maskDigitRuns(shortText(trimmed));
}
