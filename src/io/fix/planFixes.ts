/**
 * What `partyinfo fix` changes: each record is normalised by the record checks, and every change
 * they report becomes a cell write (in the cell's own style) and a line of the 修改记录 sheet that
 * says exactly what the cell now holds. One rule for coded cells: the value keeps the form the input
 * used — `code name` stays `code name` (`611 基层党委` → `611 党委`), a name stays the table's name
 * (`大学本科` → `大学`), a bare code stays a code.
 * @module
 */
import { quoteValue } from '../../text/quoteValue.js';
import type { Change, Path } from '../../result.js';
import type { Locale } from '../../rules/define.js';
import type { SpreadsheetBook } from '../book/loadBookBytes.js';
import { sheetCellReader } from '../book/xlsxGrid.js';
import { locatePath, type DatasetSources, type IssueLocation } from '../records/sources.js';
import { cellName, fieldLabel, recordLabel } from '../report/labels.js';
import { dateCellText } from '../cellValue.js';
import { styledCellValue, type CellWrite } from './cellStyle.js';

/**
 * Normalises single records: the record checks of src/org and src/member, or a stand-in.
 * @category Spreadsheets
 */
export interface RecordNormalizer {
  org(input: unknown): { draft: unknown; changes: readonly Change[] };
  member(input: unknown): { draft: unknown; changes: readonly Change[] };
  /** The name of a code in a table (for `code name` cells). */
  codeName?(table: string, code: string): string | undefined;
}

/**
 * One cell to rewrite.
 * @category Spreadsheets
 */
export interface CellFix extends CellWrite {
  location: IssueLocation & { column: number };
}

/**
 * One line of the 修改记录 sheet. `after` is the text written into the cell (a `code name` cell stays
 * `code name`, a name stays a name); ID numbers and phones stay masked as the normaliser reported them.
 * @category Spreadsheets
 */
export interface ChangeRow {
  path: Path;
  record: string;
  field: string;
  before: string;
  after: string;
  location?: IssueLocation;
  cell: string;
}

/**
 * The cell writes and the change list of a fix.
 * @category Spreadsheets
 */
export interface FixPlan {
  fixes: CellFix[];
  changes: ChangeRow[];
}

/**
 * What a fix is planned from: the records as read, their sources and the loaded books.
 * @category Spreadsheets
 */
export interface FixInput {
  orgs: readonly unknown[];
  members: readonly unknown[];
  sources: DatasetSources;
  books: { orgs?: SpreadsheetBook; members?: SpreadsheetBook; jointUnits?: SpreadsheetBook };
}

/** The value a cell holds in a loaded book, or `undefined`. */
export function originalCellValue(books: FixInput['books'], location: IssueLocation): unknown {
  for (const book of [books.members, books.orgs, books.jointUnits]) {
    if (!book || (location.file !== undefined && book.file !== location.file)) continue;
    if (book.format === 'csv') {
      if (book.sheet !== location.sheet) continue;
      return location.column === undefined ? undefined : book.rows[location.row - 1]?.[location.column - 1];
    }
    const sheet = book.sheets.find((s) => s.name === location.sheet);
    if (!sheet || location.column === undefined) continue;
    // Formulas are held by their cached result.
    return sheetCellReader(book, sheet)(location.row, location.column).value;
  }
  return undefined;
}

function draftValue(draft: unknown, path: Path): unknown {
  let value: unknown = draft;
  for (let i = 0; i < path.length; i++) {
    if (value === null || typeof value !== 'object') return undefined;
    const key = path[i]!;
    // `unit` in a change path is the draft's only unit.
    if (key === 'unit' && i === 0 && Array.isArray((value as { units?: unknown }).units)) {
      value = (value as { units: unknown[] }).units[0];
      continue;
    }
    value = Object.hasOwn(value, key) ? (value as Record<string | number, unknown>)[key] : undefined;
  }
  return value;
}

function fieldKey(path: Path): string {
  const named = path.filter((p) => typeof p === 'string') as string[];
  if (named[0] === 'units' || named[0] === 'unit') return `unit.${named[1] ?? ''}`;
  return named[0] ?? '';
}

/** Fields whose values the normaliser reports masked: the log keeps the mask, the cell gets the full value. */
const MASKED_FIELDS: ReadonlySet<string> = new Set(['idNumber', 'mobile', 'landline', 'contactPhone']);

/**
 * What the 修改记录 says was written: the cell's text, masked where the normaliser masked it.
 * @example
 * writtenText('education', { value: '21 大学' }, '21') // '21 大学'
 * writtenText('idNumber', { value: '33021219800101123X' }, '330212********123X') // '330212********123X'
 */
export function writtenText(field: string, write: CellWrite, reported: string): string {
  if (MASKED_FIELDS.has(field)) return reported;
  return write.value instanceof Date ? (dateCellText(write.value) ?? reported) : write.value;
}

function sameCell(value: unknown, write: CellWrite): boolean {
  if (write.value instanceof Date) return value instanceof Date && value.getTime() === write.value.getTime();
  return typeof value === 'string' ? value === write.value : typeof value === 'number' && String(value) === write.value;
}

/**
 * Plans the cell writes and change list of a fix.
 * @example
 * planFixes(read, normalizer, { locale: 'zh-CN' }).changes[0] // { record: '张三', field: '公民身份证号', before: '330212********123x', after: '330212********123X', cell: '党员!D5', … }
 * @category Spreadsheets
 */
export function planFixes(input: FixInput, normalizer: RecordNormalizer, options: { locale?: Locale } = {}): FixPlan {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const plan: FixPlan = { fixes: [], changes: [] };
  const codeName = normalizer.codeName?.bind(normalizer);
  for (const list of ['orgs', 'members'] as const) {
    const records = input[list];
    for (let index = 0; index < records.length; index++) {
      const { draft, changes } = list === 'orgs' ? normalizer.org(records[index]) : normalizer.member(records[index]);
      for (const change of changes) {
        const path: Path = [list, index, ...change.path];
        const location = locatePath(path, input.sources);
        const row: ChangeRow = {
          path,
          record: recordLabel(path, input.orgs, input.members, locale),
          field: fieldLabel(path, locale),
          before: quoteValue(change.before),
          after: quoteValue(change.after),
          cell: '',
        };
        if (location?.column !== undefined) {
          const original = originalCellValue(input.books, location);
          const write = styledCellValue(fieldKey(change.path), draftValue(draft, change.path), original, codeName);
          if (!write) continue;
          if (sameCell(original, write)) continue;
          plan.fixes.push({ ...write, location: { ...location, column: location.column } });
          row.after = quoteValue(writtenText(fieldKey(change.path), write, change.after));
          row.location = location;
          row.cell = cellName(location);
        }
        plan.changes.push(row);
      }
    }
  }
  return plan;
}
