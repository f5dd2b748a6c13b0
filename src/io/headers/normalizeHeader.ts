import { foldFullWidth } from '../../text/foldFullWidth.js';

/**
 * A column header as it is matched: full-width ASCII folded, ASCII lower-cased, all white space and
 * line breaks removed (`是否为\n失联党员`, ` 加入党组织日期`), required-field stars and a trailing
 * colon dropped. Anything that is not a string reads as `''`.
 * @example
 * normalizeHeader(' 是否为\n失联党员 ') // '是否为失联党员'
 * normalizeHeader('＊身份证号：') // '身份证号'
 * normalizeHeader('ID') // 'id'
 * @category Spreadsheets
 */
export function normalizeHeader(header: unknown): string {
  if (typeof header !== 'string') return typeof header === 'number' ? String(header) : '';
  const text = header.length > 200 ? header.slice(0, 200) : header;
  return foldFullWidth(text)
    .replace(/[\s\u200b\ufeff]+/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/[:：]$/, '')
    .toLowerCase();
}

/**
 * The header without bracketed notes (`出生日期（yyyy-mm-dd）`, `姓名(必填)`), for a second try.
 * @example
 * stripHeaderNotes('出生日期(yyyy-mm-dd)') // '出生日期'
 */
export function stripHeaderNotes(normalized: string): string {
  return normalized.replace(/[（(【[][^）)】\]]*[）)】\]]/g, '');
}
