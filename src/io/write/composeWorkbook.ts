/**
 * One output workbook from the books a check read: the first .xlsx book is the base — its package
 * is edited, so its layout, styles, dropdowns, comments and hidden list sheets stay as they are;
 * the sheets of the other books are added (their values, merges, number formats, solid fills, bold,
 * font sizes and alignment; a CSV as a sheet of text cells). Only bytes held in memory are used — never the input files.
 * @module
 */
import type { SpreadsheetBook, XlsxBook } from '../book/loadBookBytes.js';
import { MergedCell, type SheetCells } from '../xlsx/sheetCells.js';
import {
  cellRef, createWorkbook, editWorkbook, FFLATE_CODEC, openPackage, packageStyles, styleSpecOf,
  type ZipCodec, type CellEdit, type CellValue, type NewSheet, type SheetEdits, type StyleSheet, type StyleSpec,
} from '../xlsx/write/index.js';

/** The output workbook being composed: its base package, and the edits and sheets to come. */
export interface ComposedWorkbook {
  /** The book whose package is edited, when one of the books is an .xlsx. */
  base: XlsxBook | undefined;
  /** The output sheet name of an input sheet (by the input file and sheet name). */
  sheetFor(file: string | undefined, sheet: string): string | undefined;
  /** Sheet names in the output, lower-cased (Excel compares them so). */
  taken: Set<string>;
  /** Base sheets to remove (a previous run's lists). */
  drop: string[];
  /** Sheets to append. */
  add: NewSheet[];
  /** Cell edits by output sheet name. */
  cells: Map<string, SheetEdits>;
}

/**
 * A sheet name Excel accepts and the workbook does not have yet (≤ 31 characters, none of []:*?/\).
 * @example
 * safeSheetName('a/b', new Set()) // 'a_b'
 */
export function safeSheetName(name: string, taken: ReadonlySet<string>): string {
  // Cut first: the sheet name keeps 31 characters anyway, and the cut keeps the regexes linear.
  const base = (name.slice(0, 200).replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '') || 'Sheet').slice(0, 31);
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 27)}(${n})`;
  return candidate;
}

/** The look of each cell style of a book, by style index (made on first use). */
function bookStyleSpecs(book: XlsxBook): (style: number) => StyleSpec | undefined {
  let styles: StyleSheet | undefined;
  const specs = new Map<number, StyleSpec | undefined>();
  return (style) => {
    if (specs.has(style)) return specs.get(style);
    styles ??= packageStyles(openPackage(book.bytes));
    const numFmt = book.styles.numFmt[style];
    const spec: StyleSpec = { ...styleSpecOf(styles, style), ...(numFmt !== undefined ? { numFmt } : {}) };
    const found = Object.keys(spec).length > 0 ? spec : undefined;
    specs.set(style, found);
    return found;
  };
}

function copiedSheet(book: XlsxBook, sheet: SheetCells, name: string): NewSheet {
  const cellStyles = new Map<string, StyleSpec>();
  const specOf = bookStyleSpecs(book);
  const rows = sheet.rows.map((row, r) =>
    row?.values.map((value, c): CellValue | undefined => {
      if (value === undefined || value instanceof MergedCell) return undefined;
      if (typeof value === 'object' && !(value instanceof Date)) return value.error;
      const style = row.styles[c] ?? 0;
      const spec = specOf(style);
      if (spec !== undefined) cellStyles.set(cellRef(r + 1, c + 1), spec);
      // The output counts days from 1899-12-30; a 1904 book's dates move by the 1,462 days between.
      return typeof value === 'number' && book.date1904 && book.styles.isDate[style] ? value + 1462 : value;
    }),
  );
  return { name, hidden: sheet.state !== 'visible', rows, merges: sheet.merges, cellStyles };
}

function csvSheet(rows: readonly (readonly string[])[], name: string): NewSheet {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return { name, rows: rows.map((r) => r.map((t) => (t === '' ? undefined : t))), columnStyles: Array.from({ length: width }, () => ({ numFmt: '@' })) };
}

/**
 * Composes the output workbook of the given books (duplicates — the same book for orgs and
 * members — are used once).
 * @example
 * composeWorkbook([]).add.length // 0
 */
export function composeWorkbook(books: readonly (SpreadsheetBook | undefined)[]): ComposedWorkbook {
  const unique = [...new Set(books.filter((b): b is SpreadsheetBook => b !== undefined))];
  const base = unique.find((b): b is XlsxBook => b.format === 'xlsx');
  const map = new Map<string, string>();
  const key = (file: string | undefined, sheet: string) => `${file ?? ''}\u0000${sheet}`;
  const taken = new Set(base ? base.sheets.map((s) => s.name.toLowerCase()) : []);
  if (base) for (const sheet of base.sheets) map.set(key(base.file, sheet.name), sheet.name);
  const add: NewSheet[] = [];
  for (const book of unique) {
    if (book === base) continue;
    const sources = book.format === 'csv' ? [{ name: book.sheet, sheet: undefined }] : book.sheets.map((s) => ({ name: s.name, sheet: s }));
    for (const { name, sheet } of sources) {
      const outName = safeSheetName(name, taken);
      taken.add(outName.toLowerCase());
      add.push(sheet && book.format === 'xlsx' ? copiedSheet(book, sheet, outName) : csvSheet(book.format === 'csv' ? book.rows : [], outName));
      map.set(key(book.file, name), outName);
    }
  }
  const byName = new Map<string, string>();
  for (const [k, sheet] of map) {
    const name = k.slice(k.indexOf('\u0000') + 1);
    if (!byName.has(name)) byName.set(name, sheet);
  }
  return {
    base,
    sheetFor: (file, sheet) => (file === undefined ? byName.get(sheet) : map.get(key(file, sheet))),
    taken,
    drop: [],
    add,
    cells: new Map(),
  };
}

/**
 * The edit of a cell of an output sheet (made on first use).
 * @example
 * const composed = composeWorkbook([]);
 * cellEdit(composed, '党员', 5, 4).fill = 'FFFFC7CE';
 * composed.cells.get('党员')?.get(5)?.get(4) // { fill: 'FFFFC7CE' }
 */
export function cellEdit(composed: ComposedWorkbook, sheet: string, row: number, column: number): CellEdit {
  let rows = composed.cells.get(sheet);
  if (!rows) composed.cells.set(sheet, (rows = new Map()));
  let cells = rows.get(row);
  if (!cells) rows.set(row, (cells = new Map()));
  let edit = cells.get(column);
  if (!edit) cells.set(column, (edit = {}));
  return edit;
}

/**
 * Appends a sheet, replacing one of the same name the base workbook has (a previous run's list).
 * @example
 * const composed = composeWorkbook([]);
 * replaceSheet(composed, { name: '问题清单', rows: [['old']] });
 * replaceSheet(composed, { name: '问题清单', rows: [['new']] });
 * composed.add.map((s) => s.rows[0]?.[0]) // ['new']
 */
export function replaceSheet(composed: ComposedWorkbook, sheet: NewSheet): void {
  const lower = sheet.name.toLowerCase();
  const added = composed.add.findIndex((s) => s.name.toLowerCase() === lower);
  if (added >= 0) composed.add.splice(added, 1);
  else if (composed.base?.sheets.some((s) => s.name.toLowerCase() === lower)) composed.drop.push(sheet.name);
  composed.taken.add(lower);
  composed.add.push(sheet);
}

/**
 * The composed workbook as .xlsx bytes.
 * @example
 * const composed = composeWorkbook([]);
 * replaceSheet(composed, { name: '问题清单', rows: [['序号']] });
 * composedBytes(composed).length > 0 // true
 */
export function composedBytes(composed: ComposedWorkbook, codec: ZipCodec = FFLATE_CODEC): Uint8Array {
  const edits = { drop: composed.drop, add: composed.add, cells: composed.cells };
  return composed.base ? editWorkbook(openPackage(composed.base.bytes, codec), edits) : createWorkbook(composed.add, composed.cells, codec);
}
