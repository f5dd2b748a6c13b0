/**
 * `partyinfo/io` (Node only): spreadsheets in and out (everything of `partyinfo/sheets`, plus files by path and the writers). Reads the org and member summary tables as
 * .xlsx or .csv (UTF-8 with or without BOM, GB18030/GBK), maps Chinese column headers to record
 * fields, keeps where each value came from, and writes marked and fixed copies and reports.
 *
 * Every function here goes through one guard (`./guard.ts`), as in `partyinfo/sheets`: arguments it
 * cannot use never throw; they give an `io.argument.invalid` issue in the shape the function returns
 * (named above each), and the writers reject with an error whose `issue` is that issue.
 * @module
 */
import { loadBook as loadBookOf } from './book/loadBook.js';
import { bookSheets as bookSheetsOf, readMembers as readMembersOf, readOrgs as readOrgsOf } from './book/readBook.js';
import { cellInput as cellInputOf, csvCellInput as csvCellInputOf } from './cellValue.js';
import { detectEncoding as detectEncodingOf } from './csv/detectEncoding.js';
import { failedCsvSource, openCsv as openCsvOf } from './csv/openCsv.js';
import { planFixes as planFixesOf } from './fix/planFixes.js';
import { guardAsync, guardStream, guardSync, guardWriter } from './guard.js';
import type { Issue } from '../result.js';
import { isKnownHeader as isKnownHeaderOf, mapHeaders as mapHeadersOf, normalizeHeader as normalizeHeaderOf } from './headers/index.js';
import { findLayout as findLayoutOf, isFootnoteRow as isFootnoteRowOf } from './layout.js';
import { absentItems as absentItemsOf, layoutGapIssues as layoutGapIssuesOf, withoutAbsentRequired as withoutAbsentRequiredOf } from './layoutGaps.js';
import { readDataset as readDatasetOf } from './readDataset.js';
import { failedRead } from './readDatasetBytes.js';
import { locateIssue as locateIssueOf, locatePath as locatePathOf } from './records/sources.js';
import { streamMembers as streamMembersOf } from './streamMembers.js';
import {
  isInputFile as isInputFileOf,
  writeDatasetFiles as writeDatasetFilesOf,
  writeFixedCopies as writeFixedCopiesOf,
  writeMarkedWorkbook as writeMarkedWorkbookOf,
} from './write/outputs.js';
import {
  memberTemplateSheets as memberTemplateSheetsOf,
  memberTemplateWorkbook as memberTemplateWorkbookOf,
  orgSummarySheet as orgSummarySheetOf,
  orgSummaryWorkbook as orgSummaryWorkbookOf,
} from './write/templates.js';

export { ioRules, ioFileUnreadableRule, ioFileTooLargeRule, ioSheetNotFoundRule, ioHeaderDuplicateRule, ioNumberPrecisionRule, ioCellErrorRule, ioEncodingRule, ioCsvUnclosedQuoteRule, ioJointUnitsUnknownBranchRule, ioLayoutItemsAbsentRule, ioArgumentInvalidRule } from './rules.js';
export { ORG_HEADER_ALIASES, MEMBER_HEADER_ALIASES, type HeaderMapping, type SheetKind, type OrgColumnField, type MemberColumnField, type CellKind } from './headers/index.js';
export type { SheetLayout } from './layout.js';
export type { CellProblem, RawCell } from './cellValue.js';
export type { CsvEncoding, DetectedEncoding } from './csv/encoding.js';
export type { CsvInput, CsvSource } from './csv/openCsv.js';
export type { SpreadsheetInput } from './book/loadBook.js';
export type { BookSheet } from './book/readBook.js';
export type { ReadRecords } from './book/readGrid.js';
export type { DatasetFiles } from './readDataset.js';
export type { MemberChunk, StreamMembersOptions } from './streamMembers.js';
export type { CellRef, RecordSource, DatasetSources, IssueLocation } from './records/sources.js';
export * from '../sheets.js';
export type { RecordNormalizer, FixPlan, CellFix, ChangeRow, FixInput } from './fix/planFixes.js';
export { createRecordNormalizer } from './fix/recordNormalizer.js';
export { ARGUMENT_REFUSED } from './guard.js';
export type { Books, WriteOptions } from './write/outputs.js';
export { TEMPLATE_FOOTNOTE, type TemplateOptions } from './write/templates.js';
export type { NewSheet, StyleSpec, CellValue } from './xlsx/write/index.js';

/** No records read: the issue says why. */
const noRecords = (issue: Issue) => ({ records: [], sources: [], issues: [issue] });

// Headers and layouts. Bad arguments: no mapping, not known, no text, no layout, not a footnote.
/**
 * @function
 * @category Spreadsheets
 */
export const mapHeaders: typeof mapHeadersOf = /* @__PURE__ */ guardSync('mapHeaders', mapHeadersOf, () => ({ fields: [], normalized: [], duplicates: [] }));
/**
 * @function
 * @category Spreadsheets
 */
export const isKnownHeader: typeof isKnownHeaderOf = /* @__PURE__ */ guardSync('isKnownHeader', isKnownHeaderOf, () => false);
/**
 * @function
 * @category Spreadsheets
 */
export const normalizeHeader: typeof normalizeHeaderOf = /* @__PURE__ */ guardSync('normalizeHeader', normalizeHeaderOf, () => '');
/**
 * @function
 * @category Spreadsheets
 */
export const findLayout: typeof findLayoutOf = /* @__PURE__ */ guardSync('findLayout', findLayoutOf, () => undefined);
/**
 * @function
 * @category Spreadsheets
 */
export const isFootnoteRow: typeof isFootnoteRowOf = /* @__PURE__ */ guardSync('isFootnoteRow', isFootnoteRowOf, () => false);
// Bad arguments: no items; the issue; the issue.
/**
 * @function
 * @category Spreadsheets
 */
export const absentItems: typeof absentItemsOf = /* @__PURE__ */ guardSync('absentItems', absentItemsOf, () => []);
/**
 * @function
 * @category Spreadsheets
 */
export const layoutGapIssues: typeof layoutGapIssuesOf = /* @__PURE__ */ guardSync('layoutGapIssues', layoutGapIssuesOf, (issue) => [issue]);
/**
 * @function
 * @category Spreadsheets
 */
export const withoutAbsentRequired: typeof withoutAbsentRequiredOf = /* @__PURE__ */ guardSync('withoutAbsentRequired', withoutAbsentRequiredOf, (issue) => [issue]);
// Cells and encodings. Bad arguments: an empty cell; UTF-8 without a byte-order mark.
/**
 * @function
 * @category Spreadsheets
 */
export const cellInput: typeof cellInputOf = /* @__PURE__ */ guardSync('cellInput', cellInputOf, () => undefined);
/**
 * @function
 * @category Spreadsheets
 */
export const csvCellInput: typeof csvCellInputOf = /* @__PURE__ */ guardSync('csvCellInput', csvCellInputOf, () => undefined);
/**
 * @function
 * @category Spreadsheets
 */
export const detectEncoding: typeof detectEncodingOf = /* @__PURE__ */ guardSync('detectEncoding', detectEncodingOf, () => ({ encoding: 'utf-8', bomLength: 0 }));
// Reading. Bad arguments or a file that cannot be opened: a source without rows and with `failure`;
// a failed `Result`; no sheets; no records; a read with `ok: false`; one chunk with the issue.
/**
 * @function
 * @category Spreadsheets
 */
export const openCsv: typeof openCsvOf = /* @__PURE__ */ guardAsync('openCsv', openCsvOf, failedCsvSource);
/**
 * @function
 * @category Spreadsheets
 */
export const loadBook: typeof loadBookOf = /* @__PURE__ */ guardAsync('loadBook', loadBookOf, (issue) => ({ ok: false, issues: [issue] }));
/**
 * @function
 * @category Spreadsheets
 */
export const bookSheets: typeof bookSheetsOf = /* @__PURE__ */ guardSync('bookSheets', bookSheetsOf, () => []);
/**
 * @function
 * @category Spreadsheets
 */
export const readMembers: typeof readMembersOf = /* @__PURE__ */ guardSync('readMembers', readMembersOf, noRecords);
/**
 * @function
 * @category Spreadsheets
 */
export const readOrgs: typeof readOrgsOf = /* @__PURE__ */ guardSync('readOrgs', readOrgsOf, noRecords);
/**
 * @function
 * @category Spreadsheets
 */
export const readDataset: typeof readDatasetOf = /* @__PURE__ */ guardAsync('readDataset', readDatasetOf, failedRead);
/** @category Spreadsheets */
export const streamMembers: typeof streamMembersOf = /* @__PURE__ */ guardStream('streamMembers', streamMembersOf, (issue) => ({ ...noRecords(issue), offset: 0 }));
// Sources and fixes. Bad arguments: no location; no fixes.
/**
 * @function
 * @category Spreadsheets
 */
export const locateIssue: typeof locateIssueOf = /* @__PURE__ */ guardSync('locateIssue', locateIssueOf, () => undefined);
/**
 * @function
 * @category Spreadsheets
 */
export const locatePath: typeof locatePathOf = /* @__PURE__ */ guardSync('locatePath', locatePathOf, () => undefined);
/**
 * @function
 * @category Spreadsheets
 */
export const planFixes: typeof planFixesOf = /* @__PURE__ */ guardSync('planFixes', planFixesOf, () => ({ fixes: [], changes: [] }));
// Writing. Bad arguments: rejected with an `ARGUMENT_REFUSED` error carrying the issue; nothing written.
/**
 * @function
 * @category Spreadsheets
 */
export const isInputFile: typeof isInputFileOf = /* @__PURE__ */ guardAsync('isInputFile', isInputFileOf, () => false);
/** @category Spreadsheets */
export const writeMarkedWorkbook: typeof writeMarkedWorkbookOf = /* @__PURE__ */ guardWriter('writeMarkedWorkbook', writeMarkedWorkbookOf);
/** @category Spreadsheets */
export const writeFixedCopies: typeof writeFixedCopiesOf = /* @__PURE__ */ guardWriter('writeFixedCopies', writeFixedCopiesOf);
/** @category Spreadsheets */
export const writeDatasetFiles: typeof writeDatasetFilesOf = /* @__PURE__ */ guardWriter('writeDatasetFiles', writeDatasetFilesOf);
// Templates. Bad records: the blank template.
/**
 * @function
 * @category Spreadsheets
 */
export const memberTemplateWorkbook: typeof memberTemplateWorkbookOf = /* @__PURE__ */ guardSync('memberTemplateWorkbook', memberTemplateWorkbookOf, () => memberTemplateWorkbookOf([]));
/**
 * @function
 * @category Spreadsheets
 */
export const memberTemplateSheets: typeof memberTemplateSheetsOf = /* @__PURE__ */ guardSync('memberTemplateSheets', memberTemplateSheetsOf, () => memberTemplateSheetsOf([]));
/**
 * @function
 * @category Spreadsheets
 */
export const orgSummaryWorkbook: typeof orgSummaryWorkbookOf = /* @__PURE__ */ guardSync('orgSummaryWorkbook', orgSummaryWorkbookOf, () => orgSummaryWorkbookOf([]));
/**
 * @function
 * @category Spreadsheets
 */
export const orgSummarySheet: typeof orgSummarySheetOf = /* @__PURE__ */ guardSync('orgSummarySheet', orgSummarySheetOf, () => orgSummarySheetOf([]));
