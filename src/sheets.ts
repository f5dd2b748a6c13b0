/**
 * `partyinfo/sheets` (browser and Node): spreadsheets from their bytes — an .xlsx read directly
 * (no Node built-ins), a CSV in UTF-8, GB18030 or UTF-16 — to the records, sources and report of a
 * check. `partyinfo/io` re-exports all of it and adds files by path and the writers.
 *
 * Every function here goes through one guard (`src/io/guard.ts`): arguments it cannot use never
 * throw; they give an `io.argument.invalid` issue in the shape the function returns (named below).
 * @module
 */
import { bookErrorIssue as bookErrorIssueOf, loadBookBytes as loadBookBytesOf } from './io/book/loadBookBytes.js';
import { spreadsheetFormat as spreadsheetFormatOf } from './io/book/spreadsheetFormat.js';
import { guardAsync, guardSync } from './io/guard.js';
import { failedRead, readDatasetBytes as readDatasetBytesOf } from './io/readDatasetBytes.js';
import { buildReport as buildReportOf } from './io/report/buildReport.js';
import { formatReportCsv as formatReportCsvOf, formatReportJson as formatReportJsonOf, formatReportText as formatReportTextOf } from './io/report/formats.js';
import { formatReportHtml as formatReportHtmlOf } from './io/report/html.js';
import type { Issue } from './result.js';
import type { Locale } from './rules/define.js';

export type { BookBytes, LoadBookOptions, SpreadsheetBook, CsvBook, XlsxBook } from './io/book/loadBookBytes.js';
export type { DatasetInputs, DatasetRead, ReadDatasetOptions } from './io/readDatasetBytes.js';
export { XLSX_LIMITS, type XlsxLimits } from './io/xlsx/xlsxLimits.js';
export type { Report, ReportInput, IssueRow, RuleCount, OrgCount, SeverityCounts } from './io/report/buildReport.js';
export type { TextReportOptions } from './io/report/formats.js';
export type { HtmlReportOptions } from './io/report/html.js';

/** The report of a call that could not run: its one issue. */
const reportOf = (issue: Issue, locale: Locale) => buildReportOf({ issues: [issue], locale });

// Bad arguments: a failed `Result` with the issue.
/**
 * @function
 * @category Spreadsheets
 */
export const loadBookBytes: typeof loadBookBytesOf = /* @__PURE__ */ guardAsync('loadBookBytes', loadBookBytesOf, (issue) => ({ ok: false, issues: [issue] }));
// Bad arguments: the `io.argument.invalid` issue itself.
/**
 * @function
 * @category Spreadsheets
 */
export const bookErrorIssue: typeof bookErrorIssueOf = /* @__PURE__ */ guardSync('bookErrorIssue', bookErrorIssueOf, (issue) => issue);
// Bad arguments: `undefined` (not a spreadsheet format it knows).
/**
 * @function
 * @category Spreadsheets
 */
export const spreadsheetFormat: typeof spreadsheetFormatOf = /* @__PURE__ */ guardSync('spreadsheetFormat', spreadsheetFormatOf, () => undefined);
// Bad arguments: a read with `ok: false`, no records and the issue.
/**
 * @function
 * @category Spreadsheets
 */
export const readDatasetBytes: typeof readDatasetBytesOf = /* @__PURE__ */ guardAsync('readDatasetBytes', readDatasetBytesOf, failedRead);
// Bad arguments: the report of the issue.
/**
 * @function
 * @category Spreadsheets
 */
export const buildReport: typeof buildReportOf = /* @__PURE__ */ guardSync('buildReport', buildReportOf, reportOf);
// Bad arguments: the report of the issue, as text.
/**
 * @function
 * @category Spreadsheets
 */
export const formatReportText: typeof formatReportTextOf = /* @__PURE__ */ guardSync('formatReportText', formatReportTextOf, (issue, locale) => formatReportTextOf(reportOf(issue, locale), { locale }));
// Bad arguments: the report of the issue, as JSON.
/**
 * @function
 * @category Spreadsheets
 */
export const formatReportJson: typeof formatReportJsonOf = /* @__PURE__ */ guardSync('formatReportJson', formatReportJsonOf, (issue, locale) => formatReportJsonOf(reportOf(issue, locale)));
// Bad arguments: the report of the issue, as CSV.
/**
 * @function
 * @category Spreadsheets
 */
export const formatReportCsv: typeof formatReportCsvOf = /* @__PURE__ */ guardSync('formatReportCsv', formatReportCsvOf, (issue, locale) => formatReportCsvOf(reportOf(issue, locale), { locale }));
// Bad arguments: the report of the issue, as an HTML page.
/**
 * @function
 * @category Spreadsheets
 */
export const formatReportHtml: typeof formatReportHtmlOf = /* @__PURE__ */ guardSync('formatReportHtml', formatReportHtmlOf, (issue, locale) => formatReportHtmlOf(reportOf(issue, locale), { locale }));
