/**
 * The number format of each cell style (`xl/styles.xml`): a cell's `s` attribute indexes the
 * `cellXfs` list, whose `numFmtId` is a built-in format or one of the file's own `numFmt`s.
 * @module
 */
import { BUILT_IN_NUMBER_FORMATS } from './builtInNumberFormats.js';
import { isDateFormat } from './isDateFormat.js';
import { attribute, decodeXml, tagName } from './xmlText.js';

/** Number formats by style index. */
export interface CellStyles {
  /** The format code of style `s`, `undefined` for General (id 0) or an unknown id. */
  numFmt: (string | undefined)[];
  /** Whether style `s` shows numbers as dates. */
  isDate: boolean[];
}

function formatOf(id: number, custom: ReadonlyMap<number, string>): string | undefined {
  if (id === 0) return undefined;
  return custom.get(id) ?? (Object.hasOwn(BUILT_IN_NUMBER_FORMATS, id) ? BUILT_IN_NUMBER_FORMATS[id] : undefined);
}

/**
 * The styles of a styles part (an empty list for a package without one).
 * @example
 * parseCellStyles('<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>').numFmt // [undefined, 'mm-dd-yy']
 */
export function parseCellStyles(xml: string): CellStyles {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  for (let lt = xml.indexOf('<'); lt >= 0; lt = xml.indexOf('<', lt + 1)) {
    const gt = xml.indexOf('>', lt);
    if (gt < 0) break;
    const closing = xml.charCodeAt(lt + 1) === 47;
    const name = tagName(xml, lt);
    if (name === 'cellXfs') inCellXfs = !closing && xml.charCodeAt(gt - 1) !== 47;
    else if (!closing && name === 'numFmt') {
      const id = Number(attribute(xml, lt, gt, 'numFmtId'));
      const code = attribute(xml, lt, gt, 'formatCode');
      // A backslash escapes the next character of a format code.
      if (Number.isInteger(id) && code !== undefined) custom.set(id, decodeXml(code).replace(/\\(.)/g, '$1'));
    } else if (!closing && inCellXfs && name === 'xf') ids.push(Number(attribute(xml, lt, gt, 'numFmtId') ?? 0) || 0);
  }
  const numFmt = ids.map((id) => formatOf(id, custom));
  return { numFmt, isDate: numFmt.map(isDateFormat) };
}
