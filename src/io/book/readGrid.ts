/**
 * Reading the records of one sheet: members row by row, org rows for assembly.
 * @module
 */
import type { Issue } from '../../result.js';
import { createIssue, type Locale } from '../../rules/define.js';
import { HEADER_SEARCH_ROWS, findLayout, isFootnoteRow, type SheetLayout } from '../layout.js';
import type { SheetKind } from '../headers/mapHeaders.js';
import { csvCellInput } from '../cellValue.js';
import { compileLayout, readRowValues, type ReadCell } from '../records/rowValues.js';
import type { OrgRow } from '../records/orgRecords.js';
import type { RecordSource } from '../records/sources.js';
import { ioHeaderDuplicateRule } from '../rules.js';
import type { Grid } from './grid.js';

const FOOTNOTE_START = /^\s*(注|说明|填表说明|备注|填报说明)/;

/**
 * The layout of a grid for a kind of sheet, looked for in its first rows.
 * @example
 * gridLayout(csvGrid('m', [['姓名', '身份证号'], ['张三', '']]), 'member')?.firstDataRow // 2
 */
export function gridLayout(grid: Grid, kind: SheetKind): SheetLayout | undefined {
  const rows: string[][] = [];
  for (let r = 1; r <= Math.min(grid.rowCount, HEADER_SEARCH_ROWS + 1); r++) rows.push(grid.texts(r));
  return findLayout(rows, kind, 1);
}

/** `io.header.duplicate` warnings of a layout. */
export function duplicateHeaderIssues(sheet: string, layout: SheetLayout, locale: Locale): Issue[] {
  return layout.duplicates.map(([column, winner]) =>
    createIssue(ioHeaderDuplicateRule, ['file'], { sheet, header: layout.headers[column] ?? '', kept: layout.headers[winner] ?? '' }, { locale }),
  );
}

/** True for a data row that is really a footnote (checked cheaply first). */
export function isGridFootnote(grid: Grid, row: number): boolean {
  return FOOTNOTE_START.test(grid.firstText(row)) && isFootnoteRow(grid.texts(row));
}

/**
 * Records, their sources and the problems met, as read from sheets.
 * @category Spreadsheets
 */
export interface ReadRecords {
  records: Record<string, unknown>[];
  sources: RecordSource[];
  issues: Issue[];
  /** What the sheets cannot hold (`io.layout.itemsAbsent`, once per sheet): notes for the report, not problems of the data. */
  notes?: Issue[];
}

/** Which rows {@link readMemberGrid} reads, and how it numbers the records. */
export interface MemberGridOptions {
  /** First row to read; default the layout's first data row. */
  from?: number;
  /** Last row to read; default the grid's last row. */
  to?: number;
  /** Index of the first record in the whole dataset (for issue paths); default `into.records.length`. */
  firstIndex?: number;
  /** Told of every row read and the last row, for progress. */
  onRow?: (row: number, lastRow: number) => void;
  /** The file, recorded in each source. */
  file?: string;
}

/** Appends the member records of a grid to `into`, blank and footnote rows skipped. */
export function readMemberGrid(grid: Grid, layout: SheetLayout, into: ReadRecords, locale: Locale, options: MemberGridOptions = {}): void {
  const { readers, columns } = compileLayout(layout);
  const shift = (options.firstIndex ?? into.records.length) - into.records.length;
  const last = Math.min(options.to ?? grid.rowCount, grid.rowCount);
  for (let row = Math.max(options.from ?? layout.firstDataRow, layout.firstDataRow); row <= last; row++) {
    options.onRow?.(row, last);
    if (isGridFootnote(grid, row)) continue;
    const before = into.issues.length;
    const values = readRowValues(grid.read(row), readers, 'members', shift + into.records.length, into.issues, locale);
    if (!values) {
      into.issues.length = before;
      continue;
    }
    into.records.push(values);
    into.sources.push(options.file === undefined ? { sheet: grid.name, row, columns } : { file: options.file, sheet: grid.name, row, columns });
  }
}

/**
 * A reader of CSV member rows one at a time, for streams: each row becomes a record (or nothing,
 * for header, blank and footnote rows) as soon as it is parsed, so raw rows never pile up.
 */
export function memberRowReader(
  layout: SheetLayout,
  sheet: string,
  locale: Locale,
  file?: string,
): (fields: readonly string[], row: number, into: ReadRecords, index: number) => void {
  const { readers, columns } = compileLayout(layout);
  let current: readonly string[] = [];
  const read: ReadCell = (i, kind, problems) => csvCellInput(current[i] ?? '', kind, problems);
  return (fields, row, into, index) => {
    if (row < layout.firstDataRow) return;
    const first = fields.find((t) => t !== '') ?? '';
    if (FOOTNOTE_START.test(first) && isFootnoteRow(fields)) return;
    current = fields;
    const before = into.issues.length;
    const values = readRowValues(read, readers, 'members', index, into.issues, locale);
    if (!values) {
      into.issues.length = before;
      return;
    }
    into.records.push(values);
    into.sources.push(file === undefined ? { sheet, row, columns } : { file, sheet, row, columns });
  };
}

/** The org rows of a grid (blank and footnote rows skipped), problems kept per row. */
export function readOrgGrid(grid: Grid, layout: SheetLayout, locale: Locale, file?: string): OrgRow[] {
  const { readers, columns } = compileLayout(layout);
  const rows: OrgRow[] = [];
  for (let row = layout.firstDataRow; row <= grid.rowCount; row++) {
    if (isGridFootnote(grid, row)) continue;
    const issues: Issue[] = [];
    const values = readRowValues(grid.read(row), readers, undefined, 0, issues, locale);
    if (values) rows.push({ ...(file === undefined ? {} : { file }), sheet: grid.name, row, values, columns, issues });
  }
  return rows;
}
