/**
 * Rewriting cells of a worksheet's XML in place: rows and cells without an edit are copied as
 * they are (as text slices, not parsed); an edited cell gets its new value and/or style, a cell
 * or row that does not exist yet is inserted in order.
 * @module
 */
import { cellXml, type CellValue } from './cellXml.js';
import { parseCellReference, parseRange } from '../cellReference.js';
import { cellRef } from './cellRef.js';
import { tagAttribute, withAttribute } from './xmlTag.js';

/** What to do to one cell. */
export interface CellEdit {
  /** The new value (the cell's formula goes); absent: the value stays. */
  value?: CellValue;
  /** Solid fill colour, ARGB hex. */
  fill?: string;
  /** Number format code (`@`). */
  numFmt?: string;
  /** Text of a comment (added to a comment the cell has). */
  comment?: string;
}

/** Edits of one sheet: by row, then by column (both 1-based). */
export type SheetEdits = Map<number, Map<number, CellEdit>>;

/**
 * The namespace prefix of a worksheet's elements (`''`, or `x:` in some generators' files).
 * @example
 * worksheetPrefix('<x:worksheet xmlns:x="…">') // 'x:'
 */
export function worksheetPrefix(xml: string): string {
  return /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.exec(xml)?.[1] ?? '';
}

function isTagEnd(xml: string, at: number): boolean {
  const c = xml.charCodeAt(at);
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

/** The next element `<name` at or after `from` and before `limit`: its span. */
function nextElement(xml: string, name: string, from: number, limit: number): { start: number; openEnd: number; end: number } | undefined {
  const open = `<${name}`;
  let p = from;
  for (;;) {
    const i = xml.indexOf(open, p);
    if (i < 0 || i >= limit) return undefined;
    if (!isTagEnd(xml, i + open.length)) {
      p = i + open.length;
      continue;
    }
    const gt = xml.indexOf('>', i);
    if (xml[gt - 1] === '/') return { start: i, openEnd: gt + 1, end: gt + 1 };
    const close = xml.indexOf(`</${name}>`, gt);
    return { start: i, openEnd: gt + 1, end: close + name.length + 3 };
  }
}

function applyToCell(cell: string, ref: string, edit: CellEdit, styleOf: (base: number, edit: CellEdit) => number, prefix: string): string {
  const openEnd = cell.indexOf('>') + 1;
  const open = cell.slice(0, openEnd);
  const base = Number(tagAttribute(open, 's') ?? 0) || 0;
  const style = styleOf(base, edit);
  if (Object.hasOwn(edit, 'value')) return cellXml(ref, edit.value, style, prefix);
  const withRef = tagAttribute(open, 'r') === undefined ? withAttribute(open, 'r', ref) : open;
  return (style === base ? withRef : withAttribute(withRef, 's', String(style))) + cell.slice(openEnd);
}

function editRow(xml: string, span: { start: number; openEnd: number; end: number }, row: number, edits: Map<number, CellEdit>, styleOf: (base: number, edit: CellEdit) => number, prefix: string): string {
  let open = xml.slice(span.start, span.openEnd);
  const selfClosing = open.endsWith('/>');
  if (selfClosing) open = `${open.slice(0, -2).trimEnd()}>`;
  open = withAttribute(withAttribute(open, 'r', String(row)), 'spans', undefined);
  const columns = [...edits.keys()].sort((a, b) => a - b);
  const contentEnd = selfClosing ? span.end : span.end - prefix.length - 6;
  const out: string[] = [open];
  let p = span.openEnd;
  let k = 0;
  let column = 0;
  const name = `${prefix}c`;
  if (!selfClosing) {
    for (let cell = nextElement(xml, name, p, contentEnd); cell; cell = nextElement(xml, name, p, contentEnd)) {
      const tag = xml.slice(cell.start, cell.openEnd);
      const r = tagAttribute(tag, 'r');
      column = (r ? parseCellReference(r)?.column : undefined) ?? column + 1;
      out.push(xml.slice(p, cell.start));
      for (; k < columns.length && columns[k]! < column; k++) out.push(cellXml(cellRef(row, columns[k]!), edits.get(columns[k]!)!.value, styleOf(0, edits.get(columns[k]!)!), prefix));
      const text = xml.slice(cell.start, cell.end);
      if (columns[k] === column) {
        out.push(applyToCell(text, cellRef(row, column), edits.get(column)!, styleOf, prefix));
        k++;
      } else out.push(r ? text : withAttribute(tag, 'r', cellRef(row, column)) + text.slice(tag.length));
      p = cell.end;
    }
    out.push(xml.slice(p, contentEnd));
  }
  for (; k < columns.length; k++) out.push(cellXml(cellRef(row, columns[k]!), edits.get(columns[k]!)!.value, styleOf(0, edits.get(columns[k]!)!), prefix));
  out.push(`</${prefix}row>`);
  return out.join('');
}

function newRow(row: number, edits: Map<number, CellEdit>, styleOf: (base: number, edit: CellEdit) => number, prefix: string): string {
  const cells = [...edits.keys()].sort((a, b) => a - b).map((c) => cellXml(cellRef(row, c), edits.get(c)!.value, styleOf(0, edits.get(c)!), prefix));
  return `<${prefix}row r="${row}">${cells.join('')}</${prefix}row>`;
}

function withDimension(xml: string, prefix: string, bottom: number, right: number): string {
  const span = nextElement(xml, `${prefix}dimension`, 0, xml.length);
  if (!span) return xml;
  const tag = xml.slice(span.start, span.end);
  const range = parseRange(tagAttribute(tag, 'ref') ?? '');
  if (!range || (range.bottom >= bottom && range.right >= right)) return xml;
  const ref = `${cellRef(range.top, range.left)}:${cellRef(Math.max(bottom, range.bottom), Math.max(right, range.right))}`;
  return xml.slice(0, span.start) + withAttribute(tag, 'ref', ref) + xml.slice(span.end);
}

/**
 * The worksheet XML with the edits made. `styleOf(base, edit)` gives the style index of an edited
 * cell from the one it has (0 for a new cell).
 * @example
 * editSheetXml('<worksheet><sheetData><row r="2"><c r="A2"><v>1</v></c></row></sheetData></worksheet>', new Map([[2, new Map([[3, { value: 'x' }]])]]), (s) => s) // '<worksheet><sheetData><row r="2"><c r="A2"><v>1</v></c><c r="C2" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>'
 */
export function editSheetXml(xml: string, edits: SheetEdits, styleOf: (base: number, edit: CellEdit) => number): string {
  if (edits.size === 0) return xml;
  const prefix = worksheetPrefix(xml);
  const data = nextElement(xml, `${prefix}sheetData`, 0, xml.length);
  if (!data) return xml;
  const empty = data.end === data.openEnd;
  const start = data.openEnd;
  const end = empty ? start : data.end - prefix.length - 12;
  const out: string[] = [xml.slice(0, data.start), empty ? `${xml.slice(data.start, data.openEnd - 2).trimEnd()}>` : xml.slice(data.start, start)];
  const rows = [...edits.keys()].sort((a, b) => a - b);
  let p = start;
  let last = 0;
  let pending = nextElement(xml, `${prefix}row`, p, end);
  let pendingRow = pending ? Number(tagAttribute(xml.slice(pending.start, pending.openEnd), 'r') ?? last + 1) : Infinity;
  let bottom = 0;
  let right = 0;
  for (const row of rows) {
    const cells = edits.get(row)!;
    bottom = Math.max(bottom, row);
    for (const c of cells.keys()) right = Math.max(right, c);
    while (pending && pendingRow < row) {
      last = pendingRow;
      pending = nextElement(xml, `${prefix}row`, pending.end, end);
      pendingRow = pending ? Number(tagAttribute(xml.slice(pending.start, pending.openEnd), 'r') ?? last + 1) : Infinity;
    }
    if (pending && pendingRow === row) {
      out.push(xml.slice(p, pending.start), editRow(xml, pending, row, cells, styleOf, prefix));
      last = row;
      p = pending.end;
      pending = nextElement(xml, `${prefix}row`, p, end);
      pendingRow = pending ? Number(tagAttribute(xml.slice(pending.start, pending.openEnd), 'r') ?? last + 1) : Infinity;
    } else {
      const at = pending ? pending.start : end;
      out.push(xml.slice(p, at), newRow(row, cells, styleOf, prefix));
      p = at;
    }
  }
  out.push(xml.slice(p, end), empty ? `</${prefix}sheetData>` : '', xml.slice(end));
  return withDimension(out.join(''), prefix, bottom, right);
}

/**
 * The merged ranges of a worksheet (they follow the cell data, so only the tail is searched).
 * @example
 * mergedRanges('<worksheet><sheetData/><mergeCells><mergeCell ref="A1:T1"/></mergeCells></worksheet>') // [{ top: 1, left: 1, bottom: 1, right: 20 }]
 */
export function mergedRanges(xml: string): { top: number; left: number; bottom: number; right: number }[] {
  const prefix = worksheetPrefix(xml);
  const from = Math.max(0, xml.lastIndexOf(`</${prefix}sheetData>`));
  const out: { top: number; left: number; bottom: number; right: number }[] = [];
  for (let m = nextElement(xml, `${prefix}mergeCell`, from, xml.length); m; m = nextElement(xml, `${prefix}mergeCell`, m.end, xml.length)) {
    const range = parseRange(tagAttribute(xml.slice(m.start, m.end), 'ref') ?? '');
    if (range) out.push(range);
  }
  return out;
}
