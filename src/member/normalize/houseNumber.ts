/**
 * Whether a home address goes down to the house number (guide item 23: "具体到门牌号").
 * @module
 */

/** Markers that follow a number in a house-level address: 号 室 栋 幢 弄 组 座 户 楼 排, and 单元. */
function isUnitMarker(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (
    c === 0x53f7 /* 号 */ || c === 0x5ba4 /* 室 */ || c === 0x680b /* 栋 */ || c === 0x5e62 /* 幢 */ ||
    c === 0x5f04 /* 弄 */ || c === 0x7ec4 /* 组 */ || c === 0x5ea7 /* 座 */ || c === 0x6237 /* 户 */ ||
    c === 0x697c /* 楼 */ || c === 0x6392 /* 排 */ || (c === 0x5355 /* 单 */ && text.charCodeAt(i + 1) === 0x5143) /* 元 */
  );
}

function isAsciiDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** 〇一二三四五六七八九十百千零两 */
function isChineseNumeral(c: number): boolean {
  return (
    c === 0x3007 || c === 0x4e00 || c === 0x4e8c || c === 0x4e09 || c === 0x56db || c === 0x4e94 || c === 0x516d ||
    c === 0x4e03 || c === 0x516b || c === 0x4e5d || c === 0x5341 || c === 0x767e || c === 0x5343 || c === 0x96f6 ||
    c === 0x4e24
  );
}

function isNumeral(c: number): boolean {
  return isAsciiDigit(c) || isChineseNumeral(c);
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0xff0d || c === 0x2014 || c === 0x2013 || c === 0x2010;
}

/**
 * True when an address goes down to a house number: a numeral (0–9, full-width digits, 一…十百千零〇两) followed,
 * spaces allowed, by 号 室 栋 幢 单元 弄 组 座 户 楼 or 排 (`中山路12号`, `5组`, `3幢401室`, `十八号`), or a
 * hyphenated number of the `12-3-401` kind. A single linear pass; no regular expression.
 * @param address - the home address (bounded by the caller)
 * @returns whether a house-level number is present
 * @example
 * hasHouseNumber('宁波市鄞州区中山东路 1288 号 3 幢 401 室') // true
 * hasHouseNumber('鄞州区下应街道湾底村五组') // true
 * hasHouseNumber('幸福小区12-3-401') // true
 * hasHouseNumber('鄞州区下应街道湾底村') // false
 */
export function hasHouseNumber(address: string): boolean {
  const n = address.length;
  let i = 0;
  while (i < n) {
    if (!isNumeral(address.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && isNumeral(address.charCodeAt(j))) j++;
    const ascii = isAsciiDigit(address.charCodeAt(j - 1));
    if (ascii && j < n - 1 && isHyphen(address.charCodeAt(j)) && isAsciiDigit(address.charCodeAt(j + 1))) return true;
    let k = j;
    while (k < n && (address.charCodeAt(k) === 0x20 || address.charCodeAt(k) === 0x3000)) k++;
    if (k < n && isUnitMarker(address, k)) return true;
    i = j;
  }
  return false;
}
