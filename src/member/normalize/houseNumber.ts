/**
 * Whether a home address goes down to the house number (guide item 23: "具体到门牌号").
 * @module
 */

/** Length of the house-level marker ending at `i` (号 室 栋 幢 弄 组 座 户 楼 排: 1; 单元: 2), else 0. */
function markerEndingAt(text: string, i: number): number {
  switch (text.charCodeAt(i)) {
    case 0x53f7: // 号
    case 0x5ba4: // 室
    case 0x680b: // 栋
    case 0x5e62: // 幢
    case 0x5f04: // 弄
    case 0x7ec4: // 组
    case 0x5ea7: // 座
    case 0x6237: // 户
    case 0x697c: // 楼
    case 0x6392: // 排
      return 1;
    case 0x5143: // 元, of 单元
      return i > 0 && text.charCodeAt(i - 1) === 0x5355 ? 2 : 0;
    default:
      return 0;
  }
}

function isAsciiDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** 0–9 (also full-width) and 〇一二三四五六七八九十百千零两. */
function isNumeral(c: number): boolean {
  if (isAsciiDigit(c)) return true;
  switch (c) {
    case 0x3007: case 0x4e00: case 0x4e8c: case 0x4e09: case 0x56db: case 0x4e94: case 0x516d: case 0x4e03:
    case 0x516b: case 0x4e5d: case 0x5341: case 0x767e: case 0x5343: case 0x96f6: case 0x4e24:
      return true;
    default:
      return false;
  }
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0xff0d || c === 0x2014 || c === 0x2013 || c === 0x2010;
}

function isBlankChar(c: number): boolean {
  return c === 0x20 || c === 0x3000;
}

/**
 * True when an address goes down to a house number: a numeral (0–9, full-width digits, 一…十百千零〇两) followed,
 * spaces allowed, by 号 室 栋 幢 单元 弄 组 座 户 楼 or 排 (`中山路12号`, `5组`, `3幢401室`, `十八号`), or a
 * hyphenated number of the `12-3-401` kind. One pass from the end, where the house number usually is; no
 * regular expression.
 * @param address - the home address (bounded by the caller)
 * @returns whether a house-level number is present (`false` for a value that is not a string)
 * @example
 * hasHouseNumber('宁波市鄞州区中山东路 1288 号 3 幢 401 室') // true
 * hasHouseNumber('鄞州区下应街道湾底村五组') // true
 * hasHouseNumber('幸福小区12-3-401') // true
 * hasHouseNumber('鄞州区下应街道湾底村') // false
 * @category Members
 */
export function hasHouseNumber(address: string): boolean {
  if (typeof address !== 'string') return false;
  for (let i = address.length - 1; i > 0; i--) {
    const c = address.charCodeAt(i);
    if (isHyphen(c)) {
      if (isAsciiDigit(address.charCodeAt(i - 1)) && isAsciiDigit(address.charCodeAt(i + 1))) return true;
      continue;
    }
    const marker = markerEndingAt(address, i);
    if (marker === 0) continue;
    let k = i - marker;
    while (k >= 0 && isBlankChar(address.charCodeAt(k))) k--;
    if (k >= 0 && isNumeral(address.charCodeAt(k))) return true;
  }
  return false;
}
