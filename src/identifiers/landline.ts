/**
 * Mainland landline numbers: area code, 7–8 digit local number, optional extension.
 * @module
 */
import type { Result } from '../result.js';
import { MAX_LENGTH } from '../text/limits.js';
import { createIssue, type MessageOptions } from '../rules/define.js';
import { isSeparator } from './readIdentifier.js';
import { readFlag, readLocale } from './readOption.js';
import { landlineFormatRule } from './rules.js';

/**
 * Options of {@link parseLandline}.
 * @category Identifiers
 */
export interface LandlineOptions extends MessageOptions {
  /** Require the area code (default true); false accepts a bare 7–8 digit local number with `areaCode: ''`. */
  requireAreaCode?: boolean;
}

/**
 * A parsed landline number.
 * @category Identifiers
 */
export interface Landline {
  /** `0574-88123456`, with `-801` appended for an extension. */
  value: string;
  /** `010`, `02x` or a 4-digit `0xxx`; `''` when absent and allowed. */
  areaCode: string;
  /** 7 or 8 digits. */
  local: string;
  extension?: string;
}

type Reason = 'type' | 'empty' | 'tooLong' | 'shape' | 'mobile' | 'noArea';

const EXTENSION_MARKERS: readonly string[] = ['转', '分机', 'EXT.', 'EXT', 'X', '#', ','];

function isDigits(text: string, min: number, max: number): boolean {
  if (text.length < min || text.length > max) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Area code length of a digit string starting with 0: 010 and 02x have 3 digits, the rest 4. */
function areaLength(digits: string): number {
  // No area code starts 00 (that is the international prefix, as in 0086).
  if (digits[1] === '0') return 0;
  if (digits[1] === '1') return digits[2] === '0' ? 3 : 0;
  return digits[1] === '2' ? 3 : 4;
}

/** Folds full-width forms, drops white space, upper-cases ASCII letters; dashes stay (they separate). */
function tidy(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    let c = raw.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c >= 97 && c <= 122) c -= 32;
    if (c !== 0x2d && isSeparator(c)) {
      if (c >= 0x2010) out += '-';
      continue;
    }
    out += String.fromCharCode(c);
  }
  return out;
}

function parseParts(text: string, requireArea: boolean): Landline | Reason {
  let main = text;
  let extension: string | undefined;
  for (const marker of EXTENSION_MARKERS) {
    const at = main.indexOf(marker);
    if (at > 0) {
      extension = main.slice(at + marker.length).replace(/^-/, '');
      main = main.slice(0, at);
      if (!isDigits(extension, 1, 6)) return 'shape';
      break;
    }
  }
  let international = false;
  for (const prefix of ['(+86)', '(0086)', '+86', '0086']) {
    if (main.startsWith(prefix)) {
      main = main.slice(prefix.length).replace(/^-/, '');
      international = true;
      break;
    }
  }
  if (main.startsWith('(')) {
    if (!main.includes(')')) return 'shape';
    main = main.slice(1);
  } else if (main.includes(')')) return 'shape';
  const groups = main.split(/[-)]/);
  if (groups.some((g) => !isDigits(g, 1, 12))) return 'shape';
  if (international) groups[0] = `0${groups[0]}`;
  let area = '';
  let local: string;
  if (groups.length === 1 || !groups[0]!.startsWith('0')) {
    const digits = groups.join('');
    if (digits.length === 11 && digits[0] === '1') return 'mobile';
    if (digits[0] === '0') {
      const n = areaLength(digits);
      if (n === 0) return 'shape';
      area = digits.slice(0, n);
      local = digits.slice(n);
    } else local = digits;
  } else {
    area = groups[0]!;
    if (area.length !== areaLength(area) || groups.length > 3) return 'shape';
    if (groups.length === 3 && extension === undefined && (groups[1]!.length === 7 || groups[1]!.length === 8)) {
      local = groups[1]!;
      extension = groups[2]!;
      if (extension.length > 6) return 'shape';
    } else local = groups.slice(1).join('');
  }
  if (!isDigits(local, 7, 8) || local[0] === '0' || local[0] === '1') return 'shape';
  if (area === '' && requireArea) return 'noArea';
  const value = `${area}${area ? '-' : ''}${local}${extension ? `-${extension}` : ''}`;
  return extension ? { value, areaCode: area, local, extension } : { value, areaCode: area, local };
}

/**
 * Parses a landline number: `0574-88123456`, `(0574)88123456`, `057488123456`, `+86 574 88123456`,
 * with an optional extension (`转801`, `-801`, `ext 801`, `#801`). Full-width characters and spaces
 * are normalised. Rule `phone.landline.format` (path `[]`); a mobile number in this field is named as such.
 * @param input - any value
 * @param options - `locale`, `requireAreaCode`
 * @example
 * parseLandline('(0574)88123456').value // { value: '0574-88123456', areaCode: '0574', local: '88123456' }
 * @example
 * parseLandline('010-6552 1234 转 801').value.extension // '801'
 * @example
 * parseLandline('13800138000').issues[0].rule // 'phone.landline.format'
 * @category Identifiers
 */
export function parseLandline(input: unknown, options?: LandlineOptions): Result<Landline> {
  const locale = readLocale(options);
  let reason: Reason;
  if (typeof input === 'number' && Number.isSafeInteger(input) && input > 0) input = String(input);
  if (typeof input !== 'string') reason = 'type';
  else if (input.length > MAX_LENGTH.identifier) reason = 'tooLong';
  else {
    const text = tidy(input).replace(/^-+|-+$/g, '');
    if (text === '') reason = 'empty';
    else {
      const parsed = parseParts(text, readFlag(options, 'requireAreaCode', true));
      if (typeof parsed !== 'string') return { ok: true, value: parsed, issues: [] };
      reason = parsed;
    }
  }
  return { ok: false, issues: [createIssue(landlineFormatRule, [], { reason }, { locale })] };
}
