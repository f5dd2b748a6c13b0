/**
 * A new worksheet's XML from rows of values and a few layout settings: column widths, styles by
 * column, row or cell, merged ranges, frozen header rows, a filter, list dropdowns, links to
 * places in the workbook.
 * @module
 */
import { cellRef, columnName } from './cellRef.js';
import { cellXml, type CellValue } from './cellXml.js';
import { escapeXmlAttribute, escapeXmlText } from './escapeXml.js';
import { specStyle, type StyleSheet, type StyleSpec } from './styleSheet.js';

/**
 * A sheet to add, by its content. Rows and columns are 1-based where numbered.
 * @category Spreadsheets
 */
export interface NewSheet {
  name: string;
  hidden?: boolean;
  /** `rows[0]` is row 1; `undefined`/`null` cells and rows stay empty. */
  rows: readonly (readonly (CellValue | undefined | null)[] | undefined)[];
  /** Width of column i+1, in characters. */
  widths?: readonly number[];
  /** Style of the cells of column i+1 (and of the column itself). */
  columnStyles?: readonly (StyleSpec | undefined)[];
  /** Style of the cells of a row (over the column's). */
  rowStyles?: ReadonlyMap<number, StyleSpec>;
  /** Style of single cells by reference (`G2`), over the row's and the column's. */
  cellStyles?: ReadonlyMap<string, StyleSpec>;
  /** Merged ranges (`A1:T1`). */
  merges?: readonly string[];
  /** Rows kept in view when scrolling. */
  frozenRows?: number;
  /** Range with a filter on its first row (`A1:H1`). */
  autoFilter?: string;
  /** List dropdowns: cells (`F5:F100`) and the list's formula (`'民族'!$A$1:$A$56`). */
  validations?: readonly { sqref: string; formula: string }[];
  /** Links from a cell to a place in the workbook (`'党员'!C3`). */
  links?: readonly { ref: string; location: string }[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function merged(...specs: (StyleSpec | undefined)[]): StyleSpec | undefined {
  const defined = specs.filter((s): s is StyleSpec => s !== undefined);
  return defined.length === 0 ? undefined : defined.length === 1 ? defined[0] : Object.assign({}, ...defined);
}

function sheetRows(sheet: NewSheet, styles: StyleSheet): { xml: string; width: number } {
  const columnXf = (sheet.columnStyles ?? []).map((s) => (s ? specStyle(styles, s) : 0));
  const rowXfs = new Map<StyleSpec, number[]>();
  const out: string[] = [];
  let width = 0;
  sheet.rows.forEach((cells, i) => {
    if (!cells || cells.length === 0) return;
    const row = i + 1;
    const rowStyle = sheet.rowStyles?.get(row);
    let xfs = columnXf;
    if (rowStyle) {
      xfs = rowXfs.get(rowStyle) ?? [];
      rowXfs.set(rowStyle, xfs);
    }
    const parts: string[] = [`<row r="${row}">`];
    for (let c = 0; c < cells.length; c++) {
      const value = cells[c];
      const ref = cellRef(row, c + 1);
      const own = sheet.cellStyles?.get(ref);
      if ((value === undefined || value === null) && !own && !rowStyle) continue;
      let xf: number;
      if (own) xf = specStyle(styles, merged(sheet.columnStyles?.[c], rowStyle, own, value instanceof Date ? { numFmt: 'yyyy-mm-dd' } : undefined)!);
      else if (value instanceof Date) xf = specStyle(styles, merged(sheet.columnStyles?.[c], rowStyle, { numFmt: 'yyyy-mm-dd' })!);
      else if (rowStyle) xf = xfs[c] ??= specStyle(styles, merged(sheet.columnStyles?.[c], rowStyle)!);
      else xf = columnXf[c] ?? 0;
      parts.push(cellXml(ref, value ?? undefined, xf));
    }
    width = Math.max(width, cells.length);
    parts.push('</row>');
    out.push(parts.join(''));
  });
  return { xml: out.join(''), width };
}

function columnsXml(sheet: NewSheet, styles: StyleSheet): string {
  const count = Math.max(sheet.widths?.length ?? 0, sheet.columnStyles?.length ?? 0);
  const cols: string[] = [];
  for (let c = 0; c < count; c++) {
    const width = sheet.widths?.[c];
    const style = sheet.columnStyles?.[c];
    if (width === undefined && !style) continue;
    cols.push(`<col min="${c + 1}" max="${c + 1}" width="${width ?? 9}"${width !== undefined ? ' customWidth="1"' : ''}${style ? ` style="${specStyle(styles, style)}"` : ''}/>`);
  }
  return cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '';
}

/**
 * The worksheet XML of a new sheet; its styles go into `styles`.
 * @example
 * newSheetXml({ name: 'a', rows: [['x', 1]] }, readStyles(undefined)).includes('<c r="B1"><v>1</v></c>') // true
 */
export function newSheetXml(sheet: NewSheet, styles: StyleSheet): string {
  const { xml: rows, width } = sheetRows(sheet, styles);
  const lastRow = Math.max(1, sheet.rows.length);
  const frozen = sheet.frozenRows ?? 0;
  const pane = frozen > 0 ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/>` : '';
  const parts = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${RELS}">`,
    `<dimension ref="A1:${columnName(Math.max(1, width))}${lastRow}"/>`,
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
    columnsXml(sheet, styles),
    `<sheetData>${rows}</sheetData>`,
  ];
  if (sheet.autoFilter) parts.push(`<autoFilter ref="${escapeXmlAttribute(sheet.autoFilter)}"/>`);
  if (sheet.merges && sheet.merges.length > 0) {
    parts.push(`<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${escapeXmlAttribute(m)}"/>`).join('')}</mergeCells>`);
  }
  if (sheet.validations && sheet.validations.length > 0) {
    const items = sheet.validations.map((v) => `<dataValidation type="list" allowBlank="1" sqref="${escapeXmlAttribute(v.sqref)}"><formula1>${escapeXmlText(v.formula)}</formula1></dataValidation>`);
    parts.push(`<dataValidations count="${items.length}">${items.join('')}</dataValidations>`);
  }
  if (sheet.links && sheet.links.length > 0) {
    parts.push(`<hyperlinks>${sheet.links.map((l) => `<hyperlink ref="${escapeXmlAttribute(l.ref)}" location="${escapeXmlAttribute(l.location)}"/>`).join('')}</hyperlinks>`);
  }
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>');
  return parts.join('');
}
