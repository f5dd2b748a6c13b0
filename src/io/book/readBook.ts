/**
 * The records of a loaded book: every sheet whose header names member columns gives members;
 * org sheets give orgs, and a joint-branch unit sheet gives their units.
 * @module
 */
import type { Issue } from '../../result.js';
import { createIssue, type Locale } from '../../rules/define.js';
import type { SheetKind } from '../headers/mapHeaders.js';
import { orgSheetRole, type SheetLayout } from '../layout.js';
import { layoutGapIssues } from '../layoutGaps.js';
import { assembleOrgs, type OrgRow } from '../records/orgRecords.js';
import { ioEncodingRule, ioSheetNotFoundRule } from '../rules.js';
import { csvGrid, type Grid } from './grid.js';
import type { SpreadsheetBook } from './loadBookBytes.js';
import { xlsxGrid } from './xlsxGrid.js';
import { duplicateHeaderIssues, gridLayout, readMemberGrid, readOrgGrid, type ReadRecords } from './readGrid.js';

/**
 * A sheet of a book with the layout it was read with.
 * @category Spreadsheets
 */
export interface BookSheet {
  grid: Grid;
  kind: SheetKind;
  role: 'orgs' | 'members' | 'jointUnits';
  layout: SheetLayout;
}

function score(layout: SheetLayout | undefined): number {
  return layout ? new Set(layout.fields.filter((f) => f !== undefined)).size : 0;
}

/**
 * The sheets of a book that hold orgs, members or joint-branch units, in workbook order. A sheet
 * counts as the kind whose columns its header names more of; a CSV is the kind asked for.
 * @category Spreadsheets
 */
export function bookSheets(book: SpreadsheetBook, want?: SheetKind): BookSheet[] {
  const grids = book.format === 'csv' ? [csvGrid(book.sheet, book.rows)] : book.sheets.map((sheet) => xlsxGrid(book, sheet));
  return gridSheets(grids, book.format === 'csv' ? want : undefined);
}

/**
 * The grids that hold orgs, members or joint-branch units; `csvWant` decides the kind of a CSV's
 * only grid (see {@link bookSheets}).
 */
export function gridSheets(grids: readonly Grid[], csvWant?: SheetKind): BookSheet[] {
  const sheets: BookSheet[] = [];
  for (const grid of grids) {
    const member = gridLayout(grid, 'member');
    const org = gridLayout(grid, 'org');
    let kind: SheetKind | undefined;
    if (csvWant) kind = csvWant === 'member' ? (member ? 'member' : undefined) : org ? 'org' : undefined;
    else if (score(member) > score(org)) kind = 'member';
    else if (org) kind = 'org';
    if (!kind) continue;
    const layout = (kind === 'member' ? member : org)!;
    const role = kind === 'member' ? 'members' : orgSheetRole(layout.fields);
    sheets.push({ grid, kind, role, layout });
  }
  return sheets;
}

function fileIssues(book: SpreadsheetBook, locale: Locale) {
  return book.format === 'csv' && book.invalidBytes
    ? [createIssue(ioEncodingRule, ['file'], { file: book.file, encoding: book.encoding.toUpperCase(), line: book.invalidBytesLine ?? 1 }, { locale })]
    : [];
}

/**
 * The member records of a book, with their sources, as input for the dataset check.
 * @example
 * readMembers(book).records[0] // { name: '张三', idNumber: '…', ethnicity: '01 汉族', … }
 * @category Spreadsheets
 */
export function readMembers(book: SpreadsheetBook, options: { locale?: Locale; onRow?: (row: number, lastRow: number) => void } = {}): ReadRecords {
  return readMemberSheets(book, bookSheets(book, 'member'), options);
}

/** The member records of the given sheets of a book (see {@link readMembers}). */
export function readMemberSheets(book: SpreadsheetBook, found: readonly BookSheet[], options: { locale?: Locale; onRow?: (row: number, lastRow: number) => void } = {}): ReadRecords {
  const locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const out: ReadRecords = { records: [], sources: [], issues: fileIssues(book, locale), notes: [] };
  const sheets = found.filter((s) => s.role === 'members');
  if (sheets.length === 0) {
    out.issues.push(createIssue(ioSheetNotFoundRule, ['file'], { file: book.file, what: locale === 'en' ? 'members' : '党员信息' }, { locale }));
  }
  for (const sheet of sheets) {
    out.issues.push(...duplicateHeaderIssues(sheet.grid.name, sheet.layout, locale));
    out.notes!.push(...layoutGapIssues(sheet.grid.name, sheet.layout, locale));
    readMemberGrid(sheet.grid, sheet.layout, out, locale, { onRow: options.onRow, file: book.file });
  }
  return out;
}

/**
 * The org records of a book (and of a separate joint-branch unit file, when given), with sources.
 * @example
 * readOrgs(book).records[0] // { id: 'R4', name: '中共…委员会', parentId: …, category: '611 党委', … }
 * @category Spreadsheets
 */
export function readOrgs(book: SpreadsheetBook, options: { locale?: Locale; jointUnits?: SpreadsheetBook } = {}): ReadRecords {
  const joint = options.jointUnits;
  return readOrgSheets(book, bookSheets(book, 'org'), { locale: options.locale, ...(joint ? { jointUnits: { book: joint, sheets: bookSheets(joint, 'org') } } : {}) });
}

/** The org records of the given sheets of a book (see {@link readOrgs}). */
export function readOrgSheets(
  book: SpreadsheetBook,
  found: readonly BookSheet[],
  options: { locale?: Locale; jointUnits?: { book: SpreadsheetBook; sheets: readonly BookSheet[] } } = {},
): ReadRecords {
  const locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const issues = fileIssues(book, locale);
  const sheets: (BookSheet & { file?: string })[] = found.filter((s) => s.kind === 'org').map((s) => ({ ...s, file: book.file }));
  const joint = options.jointUnits;
  if (joint) {
    issues.push(...fileIssues(joint.book, locale));
    for (const sheet of joint.sheets) if (sheet.kind === 'org') sheets.push({ ...sheet, role: 'jointUnits', file: joint.book.file });
  }
  const notes: Issue[] = [];
  const orgRows: OrgRow[] = [];
  const jointRows: OrgRow[] = [];
  for (const sheet of sheets) {
    issues.push(...duplicateHeaderIssues(sheet.grid.name, sheet.layout, locale));
    if (sheet.role === 'orgs') notes.push(...layoutGapIssues(sheet.grid.name, sheet.layout, locale));
    (sheet.role === 'jointUnits' ? jointRows : orgRows).push(...readOrgGrid(sheet.grid, sheet.layout, locale, sheet.file));
  }
  if (!sheets.some((s) => s.role === 'orgs')) {
    issues.push(createIssue(ioSheetNotFoundRule, ['file'], { file: book.file, what: locale === 'en' ? 'organisations' : '党组织信息' }, { locale }));
  }
  const assembled = assembleOrgs(orgRows, jointRows, locale);
  return { records: assembled.records, sources: assembled.sources, issues: [...issues, ...assembled.issues], notes };
}
