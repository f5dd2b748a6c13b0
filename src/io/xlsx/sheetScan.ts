/**
 * Reading a worksheet part as it inflates: `<row>` and `<c>` elements become rows of values
 * (shared strings looked up, inline strings joined, formulas by their cached result), `<mergeCell>`
 * refs are collected. Excel's row and column limits and the cell cap are checked as each element
 * is met, so a sheet past them is refused before the rest of it is inflated.
 * @module
 */
import { chunkedXml, type ChunkedXml } from './chunkedXml.js';
import { rowAt, type SheetRow, type StoredValue } from './sheetCells.js';
import { XlsxLimitError, type XlsxLimits } from './xlsxLimits.js';
import { attribute, decodeXml, qualifiedName, runText, tagName } from './xmlText.js';

/** Counts cells against the cap, across the sheets of one read. */
export interface CellBudget {
  used: number;
}

/** What a scan found. */
export interface ScannedSheet {
  rows: (SheetRow | undefined)[];
  rowCount: number;
  merges: string[];
}

/** The attributes of a `<c>` start tag the reader needs. */
interface CellTag {
  /** Column and row of `r` (0 when absent). */
  column: number;
  row: number;
  style: number;
  type: string | undefined;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** `r`, `s` and `t` of a cell start tag (`from` at its `<`, `to` at its `>`), in one pass without slicing `r` and `s`. */
function cellTag(xml: string, from: number, to: number, into: CellTag): void {
  into.column = into.row = into.style = 0;
  into.type = undefined;
  let at = from + 1;
  while (at < to && !isSpace(xml.charCodeAt(at))) at++;
  for (;;) {
    while (at < to && isSpace(xml.charCodeAt(at))) at++;
    const eq = xml.indexOf('=', at);
    if (at >= to || eq < 0 || eq > to) return;
    const quote = xml.charCodeAt(eq + 1);
    const close = quote === 34 || quote === 39 ? xml.indexOf(quote === 34 ? '"' : "'", eq + 2) : -1;
    if (close < 0 || close > to) return;
    if (eq - at === 1) {
      const name = xml.charCodeAt(at);
      if (name === 114 /* r */) {
        let i = eq + 2;
        let column = 0;
        for (let c = xml.charCodeAt(i); i < close && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36); c = xml.charCodeAt(++i)) {
          if (c !== 36 /* $ */ && column < 1e7) column = column * 26 + (c & 0x1f);
        }
        let row = 0;
        for (let c = xml.charCodeAt(i); i < close && ((c >= 48 && c <= 57) || c === 36); c = xml.charCodeAt(++i)) if (c !== 36 && row < 1e9) row = row * 10 + c - 48;
        into.column = column;
        into.row = row;
      } else if (name === 115 /* s */) {
        let style = 0;
        for (let i = eq + 2; i < close && style < 1e9; i++) {
          const c = xml.charCodeAt(i);
          if (c < 48 || c > 57) break;
          style = style * 10 + c - 48;
        }
        into.style = style;
      } else if (name === 116 /* t */) {
        into.type = close - eq - 2 === 1 && xml.charCodeAt(eq + 2) === 110 ? undefined : xml.slice(eq + 2, close);
      }
    }
    at = close + 1;
  }
}

/** The cell's value from its type, `<v>` text, inline string and shared strings. */
function cellValue(type: string | undefined, v: string | undefined, inline: string | undefined, strings: readonly string[]): StoredValue {
  switch (type) {
    case 's': {
      if (v === undefined) return undefined;
      return strings[parseInt(v, 10)];
    }
    case 'str':
      return v === undefined ? undefined : decodeXml(v);
    case 'inlineStr':
      return inline ?? (v === undefined ? undefined : decodeXml(v));
    case 'b':
      return v === undefined || v === '' ? undefined : parseInt(v, 10) !== 0;
    case 'e':
      return v === undefined || v === '' ? undefined : { error: decodeXml(v) };
    case 'd': {
      if (v === undefined || v === '') return undefined;
      const date = new Date(v.endsWith('Z') || /[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
      return Number.isNaN(date.getTime()) ? undefined : date;
    }
    default:
      return numberValue(v);
  }
}

function numberValue(v: string | undefined): number | undefined {
  if (v === undefined || v === '') return undefined;
  const number = parseFloat(v);
  return Number.isNaN(number) ? undefined : number;
}

/**
 * A reader of one worksheet part, fed in pieces; `finish()` gives what it read.
 * @example
 * const scan = sheetScanner('党员', ['姓名'], XLSX_LIMITS, { used: 0 });
 * scan.xml.push(new TextEncoder().encode('<sheetData><row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2"><v>1.5</v></c></row></sheetData>'));
 * scan.xml.end();
 * scan.finish().rows[1].values // [undefined, '姓名', 1.5]
 */
export function sheetScanner(sheet: string, strings: readonly string[], limits: XlsxLimits, cells: CellBudget): { xml: ChunkedXml; finish(): ScannedSheet } {
  const rows: (SheetRow | undefined)[] = [];
  const merges: string[] = [];
  const tag: CellTag = { column: 0, row: 0, style: 0, type: undefined };
  let rowNumber = 0;
  let rowElements = 0;
  let column = 0;
  let lastRow = 0;
  let current: SheetRow | undefined;
  let cellCloser = '</c>';
  let cellName = 'c';

  const startRow = (text: string, lt: number, gt: number): void => {
    rowElements++;
    const r = attribute(text, lt, gt, 'r');
    const number = r === undefined ? rowNumber + 1 : parseInt(r, 10);
    rowNumber = Number.isInteger(number) && number > 0 ? number : rowNumber + 1;
    if (rowNumber > limits.maxRows || rowElements > limits.maxRows) throw new XlsxLimitError('rows', limits.maxRows, sheet);
    if (rowNumber > lastRow) lastRow = rowNumber;
    column = 0;
    current = undefined;
  };

  /** Reads the cell `<c …>` (start tag lt..gt) whose content ends at `end` (the closing tag's `<`). */
  const readCell = (text: string, lt: number, gt: number, end: number): void => {
    cellTag(text, lt, gt, tag);
    const row = tag.row > 0 ? tag.row : rowNumber > 0 ? rowNumber : (rowNumber = 1);
    column = tag.column > 0 ? tag.column : column + 1;
    if (column > limits.maxColumns) throw new XlsxLimitError('columns', limits.maxColumns, sheet);
    if (row > limits.maxRows) throw new XlsxLimitError('rows', limits.maxRows, sheet);
    if (++cells.used > limits.maxCells) throw new XlsxLimitError('cells', limits.maxCells, sheet);
    if (row > lastRow) lastRow = row;
    let v: string | undefined;
    let inline: string | undefined;
    if (end > gt && text.charCodeAt(gt + 1) === 60 && text.charCodeAt(gt + 2) === 118 /* v */ && text.charCodeAt(gt + 3) === 62) {
      // The usual shape: <c …><v>…</v></c>.
      v = text.slice(gt + 4, text.indexOf('<', gt + 4));
    } else {
      for (let at = gt + 1; at < end; ) {
        const open = text.indexOf('<', at);
        if (open < 0 || open >= end) break;
        const close = text.indexOf('>', open);
        const name = text.charCodeAt(open + 1) === 47 ? '' : tagName(text, open);
        if (name === 'v') {
          const stop = text.indexOf('<', close);
          v = text.charCodeAt(close - 1) === 47 ? '' : text.slice(close + 1, stop);
          at = stop;
        } else if (name === 'is') {
          const stop = text.indexOf(`</${qualifiedName(text, open)}>`, close);
          const to = stop < 0 || stop > end ? end : stop;
          inline = runText(text, close + 1, to);
          at = to;
        } else if (name === 'f' && text.charCodeAt(close - 1) !== 47) {
          // Skip the formula text (it may hold anything but `<`).
          at = text.indexOf('<', close);
        } else at = close + 1;
      }
    }
    const target = row === rowNumber && current ? current : rowAt(rows, row);
    if (row === rowNumber) current = target;
    const index = column - 1;
    const value = tag.type === undefined ? numberValue(v) : cellValue(tag.type, v, inline, strings);
    if (value !== undefined || target.values.length <= index) target.values[index] = value;
    if (tag.style > 0) target.styles[index] = tag.style;
  };

  // The walk over start tags is written out here, like sharedStrings.ts's, on purpose: one walker
  // shared through a callback made reading a sheet 5–7 % slower (measured in one process, alternating).
  const consume = (text: string): number => {
    let at = 0;
    for (;;) {
      const lt = text.indexOf('<', at);
      if (lt < 0) return text.length;
      const gt = text.indexOf('>', lt);
      if (gt < 0) return lt;
      const second = text.charCodeAt(lt + 1);
      if (second === 47 /* / */ || second === 63 /* ? */) {
        at = gt + 1;
        continue;
      }
      if (second === 33 /* ! */) {
        const stop = text.indexOf('-->', lt);
        if (text.startsWith('<!--', lt) && stop < 0) return lt;
        at = text.startsWith('<!--', lt) ? stop + 3 : gt + 1;
        continue;
      }
      const third = text.charCodeAt(lt + 2);
      const name = second === 99 /* c */ && (isSpace(third) || third === 62 || third === 47) ? 'c' : tagName(text, lt);
      if (name === 'c') {
        if (text.charCodeAt(gt - 1) === 47) {
          readCell(text, lt, gt, gt);
          at = gt + 1;
          continue;
        }
        const qualified = qualifiedName(text, lt);
        if (qualified !== cellName) {
          cellName = qualified;
          cellCloser = `</${qualified}>`;
        }
        const close = text.indexOf(cellCloser, gt);
        if (close < 0) return lt;
        readCell(text, lt, gt, close);
        at = close + cellCloser.length;
        continue;
      }
      if (name === 'row') startRow(text, lt, gt);
      else if (name === 'mergeCell') {
        const ref = attribute(text, lt, gt, 'ref');
        if (ref !== undefined) merges.push(ref);
      }
      at = gt + 1;
    }
  };

  return {
    xml: chunkedXml(consume),
    finish: () => ({ rows, rowCount: lastRow, merges }),
  };
}
