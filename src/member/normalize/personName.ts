/**
 * Personal names as the national system stores them: the minority-name separator written as U+00B7 `·`
 * whatever look-alike was typed, no spaces inside a Chinese name, single spaces in a Latin one.
 * @module
 */
import { CharCodeBuilder } from '../../text/charCodeBuilder.js';
import { foldCharCode } from '../../text/foldFullWidth.js';

/**
 * The separator of minority names (买买提·艾力): U+00B7 MIDDLE DOT, as GB 18030 and the 公安 systems write it.
 * @category Members
 */
export const NAME_DOT = '\u00b7';

/** Characters typed for the name separator: . • ・ ‧ ∙ ⋅ ･ ․ · ⸱ ⸳ ꞏ (full-width ． is folded to `.` first). */
function isDotLike(c: number): boolean {
  return (
    c === 0x2e || c === 0x0387 || c === 0x2022 || c === 0x2024 || c === 0x2027 || c === 0x2219 || c === 0x22c5 ||
    c === 0x2e31 || c === 0x2e33 || c === 0x30fb || c === 0xa78f || c === 0xff0e || c === 0xff65
  );
}

function isSpace(c: number): boolean {
  return (
    c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Han characters (BMP blocks, compatibility ideographs, 〇, and surrogates of the supplementary planes' CJK blocks). */
function isHan(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007 || (c >= 0xd840 && c <= 0xd87f);
}

/**
 * True when a name is already as {@link normalizePersonName} leaves it (no white space, dot look-alike or
 * full-width form anywhere), so normalising it changes nothing.
 * @example
 * isNormalPersonName('张三') // true
 * isNormalPersonName('买买提•艾力') // false
 */
export function isNormalPersonName(text: string): boolean {
  return typeof text === 'string' && !needsWork(text);
}

function needsWork(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || isDotLike(c) || (c >= 0xff01 && c <= 0xff5e)) return true;
  }
  return false;
}

/**
 * Normalises a personal name: trims, folds full-width ASCII, writes every look-alike of the middle dot
 * (`.` `•` `・` `‧` `∙` `⋅` `･` `．` …) as `·` (U+00B7) with no spaces around it, and removes spaces inside
 * a name holding Chinese characters (`张 三` → `张三`). A Latin name (外国血统) keeps its full stops and single
 * spaces. Returns the input itself when nothing changes; idempotent. Bound the length first (`MAX_LENGTH.name`).
 * @param text - a name as typed
 * @returns the normalised name (`''` for a value that is not a string)
 * @example
 * normalizePersonName('买买提•艾力') // '买买提·艾力'
 * normalizePersonName('阿依古丽 . 吐尔逊') // '阿依古丽·吐尔逊'
 * normalizePersonName(' 张  三 ') // '张三'
 * normalizePersonName('John  F. Smith') // 'John F. Smith'
 * @category Members
 */
export function normalizePersonName(text: string): string {
  if (typeof text !== 'string') return '';
  if (!needsWork(text)) return text;
  // Folding makes no Han character, so the text itself tells whether the name is Chinese.
  let han = false;
  for (let i = 0; i < text.length && !han; i++) han = isHan(text.charCodeAt(i));
  const out = new CharCodeBuilder();
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = foldCharCode(text.charCodeAt(i));
    if (isSpace(c)) {
      pendingSpace = !han && out.length > 0;
      continue;
    }
    if (c === 0xb7 || (isDotLike(c) && (han || c !== 0x2e))) {
      out.push(0xb7);
      pendingSpace = false;
      continue;
    }
    if (pendingSpace && out.last !== 0xb7) out.push(0x20);
    pendingSpace = false;
    out.push(c);
  }
  return out.toString();
}

/**
 * False when a (normalised) name holds characters no personal name has: digits or control characters.
 * A value that is not a string is not a name (`false`).
 * @example
 * isPlausiblePersonName('张三') // true
 * isPlausiblePersonName('张三1') // false
 * @category Members
 */
export function isPlausiblePersonName(name: string): boolean {
  if (typeof name !== 'string') return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || c < 0x20 || c === 0x7f) return false;
  }
  return true;
}
