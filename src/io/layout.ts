/**
 * Finding the header of a sheet as people lay it out: a title row and a 基层党委/汇总日期 row above,
 * one header row or two (the 2017 member template splits 联系电话 into 手机号 / 固定电话 on a second
 * row), then data, then perhaps a footnote (注：…).
 * @module
 */
import { isKnownHeader, mapHeaders, type SheetKind } from './headers/mapHeaders.js';
import { normalizeHeader } from './headers/normalizeHeader.js';

/**
 * Where a sheet's header and data are, and which field each column holds.
 * @category Spreadsheets
 */
export interface SheetLayout {
  kind: SheetKind;
  /** Spreadsheet row numbers (1-based) of the header rows. */
  headerRows: number[];
  /** The header of each column as read (second header row where it names the column). */
  headers: string[];
  /** The field of each column (0-based), `undefined` for columns kept as they are. */
  fields: (string | undefined)[];
  /** Columns that repeat a field another column holds: `[column, winning column]`. */
  duplicates: [number, number][];
  /** First row (1-based) after the header. */
  firstDataRow: number;
}

/** How far down a header row is looked for. */
export const HEADER_SEARCH_ROWS = 30;

function distinctFields(fields: readonly (string | undefined)[]): number {
  return new Set(fields.filter((f) => f !== undefined)).size;
}

function isSubHeaderRow(top: readonly string[], below: readonly string[] | undefined, kind: SheetKind): boolean {
  if (!below) return false;
  let named = 0;
  for (let c = 0; c < below.length; c++) {
    const text = below[c] ?? '';
    if (text.trim() === '') continue;
    const same = normalizeHeader(text) === normalizeHeader(top[c] ?? '');
    if (same) continue;
    if (!isKnownHeader(text, kind)) return false;
    named++;
  }
  return named > 0;
}

/**
 * Finds the header row(s) among the first rows of a sheet (`rows[0]` is spreadsheet row
 * `firstRowNumber`), or `undefined` when no row names at least two known columns.
 * @example
 * findLayout([['党员基本信息汇总表'], ['序号', '姓名', '联系电话', ''], ['', '', '手机号', '固定电话']], 'member')?.fields // [undefined, 'name', 'mobile', 'landline']
 * @category Spreadsheets
 */
export function findLayout(
  rows: readonly (readonly string[])[],
  kind: SheetKind,
  firstRowNumber = 1,
): SheetLayout | undefined {
  let best = -1;
  let bestScore = 1;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const score = distinctFields(mapHeaders(rows[r]!, kind).fields);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  if (best < 0) return undefined;
  // The best row may be the second header row (手机号/固定电话 name more fields than 联系电话).
  if (best > 0 && isSubHeaderRow(rows[best - 1]!, rows[best], kind)) best--;
  const top = rows[best]!;
  const below = rows[best + 1];
  const twoRows = isSubHeaderRow(top, below, kind);
  const width = Math.max(top.length, twoRows ? below!.length : 0);
  const headers: string[] = [];
  for (let c = 0; c < width; c++) {
    const lower = twoRows ? (below![c] ?? '') : '';
    headers.push(lower.trim() !== '' ? lower : (top[c] ?? ''));
  }
  const mapping = mapHeaders(headers, kind);
  const headerRows = twoRows ? [firstRowNumber + best, firstRowNumber + best + 1] : [firstRowNumber + best];
  return {
    kind,
    headerRows,
    headers,
    fields: mapping.fields,
    duplicates: mapping.duplicates,
    firstDataRow: headerRows[headerRows.length - 1]! + 1,
  };
}

const FOOTNOTE = /^\s*(注|说明|填表说明|备注|填报说明)\s*\d*\s*[：:、.．]/;

/**
 * True for a footnote row (`注：此表可从系统导出…`): its first text starts with 注/说明 and every
 * filled cell holds that same text (a merged cell reads the same in each column).
 * @example
 * isFootnoteRow(['注：此表可从系统导出', '注：此表可从系统导出']) // true
 * isFootnoteRow(['1', '注：张三']) // false
 * @category Spreadsheets
 */
export function isFootnoteRow(texts: readonly string[]): boolean {
  let first: string | undefined;
  for (const text of texts) {
    if (text.trim() === '') continue;
    if (first === undefined) {
      // The marker sits in the first characters; the cut keeps the regex linear on hostile cells.
      if (!FOOTNOTE.test(text.slice(0, 40))) return false;
      first = text;
    } else if (text !== first) return false;
  }
  return first !== undefined;
}

const ORG_LEVEL_FIELDS: readonly string[] = ['category', 'unitSituation', 'secretary', 'deputySecretary', 'firstSecretary', 'contact', 'contactPhone', 'parentName', 'parentId'];

/**
 * Tells an org summary sheet from the joint-branch unit sheet (建立联合党支部的单位基本信息汇总表):
 * the latter names the branch and the unit columns but none of the org's own items.
 * @example
 * orgSheetRole(['name', 'unit.name', 'unit.code']) // 'jointUnits'
 * orgSheetRole(['name', 'category', 'unit.name']) // 'orgs'
 */
export function orgSheetRole(fields: readonly (string | undefined)[]): 'orgs' | 'jointUnits' {
  const has = (f: string) => fields.includes(f);
  const unitColumns = fields.some((f) => f !== undefined && f.startsWith('unit.'));
  if (has('name') && unitColumns && !ORG_LEVEL_FIELDS.some(has)) return 'jointUnits';
  return 'orgs';
}
