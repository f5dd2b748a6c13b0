/**
 * The key names and aliases are compared by: full-width ASCII folded (`（` → `(`), all white space
 * removed, ASCII letters lower-cased, `,` read as `、` (省（区，市） = 省（区、市）). Returns the text
 * itself when nothing changes, so the common case allocates nothing.
 * @example
 * nameKey(' 省（区，市）委党校大学 ') // '省(区、市)委党校大学'
 * nameKey('HA') // 'ha'
 */
export function nameKey(text: string): string {
  let i = 0;
  for (; i < text.length; i++) if (changes(text.charCodeAt(i))) break;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (isSpace(c)) continue;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    out += c === 0x2c ? '、' : String.fromCharCode(c);
  }
  return out;
}

function changes(c: number): boolean {
  return (c >= 0xff01 && c <= 0xff5e) || isSpace(c) || (c >= 0x41 && c <= 0x5a) || c === 0x2c;
}

/** White space as `String.prototype.trim` knows it (ASCII, NBSP, U+3000, BOM, U+2000–U+200A …). */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0xfeff ||
    c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f
  );
}

/**
 * ASCII letters upper-cased (codes are compared case-insensitively only as a fallback: `1a` → `1A`).
 * @example
 * upperAscii('1a') // '1A'
 */
export function upperAscii(text: string): string {
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) break;
  }
  return i === text.length ? text : text.toUpperCase();
}

/**
 * True when every character is an ASCII letter or digit (the shape of a code), and there is one.
 * @example
 * isCodeShaped('1A') // true
 * isCodeShaped('631 党支部') // false
 */
export function isCodeShaped(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (!isAlnum(text.charCodeAt(i))) return false;
  return true;
}

/** ASCII letter or digit. */
export function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * The code without its leading zeros: how Excel shows `011` once it has made it a number.
 * @example
 * stripZeros('011') // '11'
 */
export function stripZeros(code: string): string {
  let i = 0;
  while (i < code.length && code.charCodeAt(i) === 0x30) i++;
  return code.slice(i);
}
