/**
 * `partyinfo/sheets` (browser and Node): spreadsheets from their bytes — an .xlsx read directly
 * (no Node built-ins), a CSV in UTF-8, GB18030 or UTF-16 — to the records, sources and report of a
 * check. `partyinfo/io` re-exports all of it and adds files by path and the writers.
 * @module
 */
export { loadBookBytes, bookErrorIssue, type BookBytes, type LoadBookOptions, type SpreadsheetBook, type CsvBook, type XlsxBook } from './io/book/loadBookBytes.js';
export { spreadsheetFormat } from './io/book/spreadsheetFormat.js';
export { readDatasetBytes, type DatasetInputs, type DatasetRead, type ReadDatasetOptions } from './io/readDatasetBytes.js';
export { XLSX_LIMITS, type XlsxLimits } from './io/xlsx/xlsxLimits.js';
export { buildReport, type Report, type ReportInput, type IssueRow, type RuleCount, type OrgCount, type SeverityCounts } from './io/report/buildReport.js';
export { formatReportText, formatReportJson, formatReportCsv, type TextReportOptions } from './io/report/formats.js';
export { formatReportHtml, type HtmlReportOptions } from './io/report/html.js';
