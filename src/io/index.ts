/**
 * `partyinfo/io` (Node only): spreadsheets in and out (everything of `partyinfo/sheets`, plus files by path and the writers). Reads the org and member summary tables as
 * .xlsx or .csv (UTF-8 with or without BOM, GB18030/GBK), maps Chinese column headers to record
 * fields, keeps where each value came from, and writes marked and fixed copies and reports.
 * @module
 */
export { ioRules, ioFileUnreadableRule, ioFileTooLargeRule, ioSheetNotFoundRule, ioHeaderDuplicateRule, ioNumberPrecisionRule, ioCellErrorRule, ioEncodingRule, ioCsvUnclosedQuoteRule, ioJointUnitsUnknownBranchRule, ioLayoutItemsAbsentRule } from './rules.js';
export {
  mapHeaders,
  isKnownHeader,
  normalizeHeader,
  ORG_HEADER_ALIASES,
  MEMBER_HEADER_ALIASES,
  type HeaderMapping,
  type SheetKind,
  type OrgColumnField,
  type MemberColumnField,
  type CellKind,
} from './headers/index.js';
export { findLayout, isFootnoteRow, type SheetLayout } from './layout.js';
export { absentItems, layoutGapIssues, withoutAbsentRequired } from './layoutGaps.js';
export { cellInput, csvCellInput, type CellProblem, type RawCell } from './cellValue.js';
export { detectEncoding, type CsvEncoding, type DetectedEncoding } from './csv/encoding.js';
export { openCsv, type CsvInput, type CsvSource } from './csv/openCsv.js';
export { loadBook, type SpreadsheetInput } from './book/loadBook.js';
export { readMembers, readOrgs, bookSheets, type BookSheet } from './book/readBook.js';
export type { ReadRecords } from './book/readGrid.js';
export { readDataset, type DatasetFiles } from './readDataset.js';
export { streamMembers, type MemberChunk, type StreamMembersOptions } from './streamMembers.js';
export { locateIssue, locatePath, type CellRef, type RecordSource, type DatasetSources, type IssueLocation } from './records/sources.js';
export * from '../sheets.js';
export { planFixes, type RecordNormalizer, type FixPlan, type CellFix, type ChangeRow, type FixInput } from './fix/planFixes.js';
export { createRecordNormalizer } from './fix/recordNormalizer.js';
export { writeMarkedWorkbook, writeFixedCopies, writeDatasetFiles, isInputFile, type Books, type WriteOptions } from './write/outputs.js';
export { memberTemplateWorkbook, memberTemplateSheets, orgSummaryWorkbook, orgSummarySheet, TEMPLATE_FOOTNOTE, type TemplateOptions } from './write/templates.js';
export type { NewSheet, StyleSpec, CellValue } from './xlsx/write/index.js';
