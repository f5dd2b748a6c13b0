/**
 * Writing the results of a check or fix to files: the marked (and fixed) workbook, fixed copies of
 * each input in its own format, the sample district as spreadsheets. Never onto an input file, and
 * every file atomically (`writeFileAtomic`).
 * @module
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale } from '../../rules/define.js';
import type { SpreadsheetBook } from '../book/loadBookBytes.js';
import { encodeText } from '../csv/encoding.js';
import { applyFixesToWorkbook, changeListHeader, changeListRows, fixedCsvRows } from '../fix/applyFixes.js';
import type { FixPlan } from '../fix/planFixes.js';
import type { Report } from '../report/buildReport.js';
import { csvText, formatReportCsv } from '../report/formats.js';
import { annotateWorkbook } from './annotate.js';
import { writeFileAtomic } from './atomicWrite.js';
import { composedBytes, composeWorkbook } from './composeWorkbook.js';
import { fixedCopyNames, type CopyRole } from './fixedCopyNames.js';
import { NODE_ZIP_CODEC } from './nodeZipCodec.js';
import { findSameFile } from './sameFile.js';
import { memberRows, memberTemplateSheets, orgRows, orgSummarySheet, type TemplateOptions } from './templates.js';
import { createWorkbook } from '../xlsx/write/index.js';

/**
 * The books of a read dataset.
 * @category Spreadsheets
 */
export type Books = { orgs?: SpreadsheetBook; members?: SpreadsheetBook; jointUnits?: SpreadsheetBook };

function bookFiles(books: Books): string[] {
  return [books.orgs, books.members, books.jointUnits].flatMap((book) => (book ? [book.file] : []));
}

/** The error of a write refused because `input` is an input file (its code says so to the guard of `partyinfo/io`). */
function inputFileRefusal(input: string): Error {
  return Object.assign(new Error(`refusing to overwrite the input file ${input}`), { code: 'PARTYINFO_INPUT_FILE' });
}

/**
 * True when `out` is one of the input files (which must never be overwritten): the files of
 * `books`, or the paths given. Compared by device and inode, so a hard link, a symbolic link,
 * `./x` or `../dir/x` count as the same file.
 * @example
 * await isInputFile('./package.json', ['package.json']) // true
 * await isInputFile('report.html', ['package.json']) // false
 * @category Spreadsheets
 */
export async function isInputFile(out: string, inputs: Books | readonly string[]): Promise<boolean> {
  return (await findSameFile(out, Array.isArray(inputs) ? inputs : bookFiles(inputs as Books))) !== undefined;
}

/**
 * Options of the workbook writers.
 * @category Spreadsheets
 */
export interface WriteOptions {
  locale?: Locale;
  /** More files that must not be overwritten (the CLI passes `--tables` files); the books' own files always count. */
  inputs?: readonly string[];
}

/**
 * Writes one workbook with the inputs' sheets, offending cells marked, the 问题清单 and 问题统计
 * sheets, and — given a fix plan — the normalised values and the 修改记录 sheet.
 * @example
 * await writeMarkedWorkbook('checked.xlsx', read.books, buildReport({ issues, orgs: read.orgs, members: read.members, sources: read.sources }))
 * @category Spreadsheets
 */
export async function writeMarkedWorkbook(file: string, books: Books, report: Report, plan?: FixPlan, options: WriteOptions = {}): Promise<void> {
  const composed = composeWorkbook([books.members, books.orgs, books.jointUnits]);
  if (plan) applyFixesToWorkbook(composed, plan, options);
  annotateWorkbook(composed, report, options);
  const input = await findSameFile(file, [...bookFiles(books), ...(options.inputs ?? [])]);
  if (input !== undefined) throw inputFileRefusal(input);
  await writeFileAtomic(file, composedBytes(composed, NODE_ZIP_CODEC));
}

/**
 * Writes a fixed copy of each input into `dir`, each in its own format and under its own name
 * (two inputs of the same name get the role added: `data-党员.csv`, `data-党组织.csv`): an .xlsx
 * marked and with 修改记录 / 问题清单 sheets; a CSV in its own encoding; for CSV inputs also
 * 问题清单.csv and 修改记录.csv. Nothing is written when any of these names an input file.
 * Returns the files written.
 * @example
 * await writeFixedCopies('fixed', read.books, report, planFixes(read, createRecordNormalizer())) // ['fixed/党员.xlsx', …]
 * @category Spreadsheets
 */
export async function writeFixedCopies(dir: string, books: Books, report: Report, plan: FixPlan, options: WriteOptions = {}): Promise<string[]> {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const copies: { role: CopyRole; book: SpreadsheetBook }[] = [];
  for (const role of ['members', 'orgs', 'jointUnits'] as const) {
    const book = books[role];
    if (book && !copies.some((c) => c.book === book)) copies.push({ role, book });
  }
  const names = fixedCopyNames(dir, copies.map((c) => ({ role: c.role, file: c.book.file })), locale);
  const csvLists = copies.some((c) => c.book.format === 'csv');
  const planned = [...names.copies, ...(csvLists ? [names.issues, names.changes] : [])];
  const inputs = [...bookFiles(books), ...(options.inputs ?? [])];
  for (const file of planned) {
    const input = await findSameFile(file, inputs);
    if (input !== undefined) throw inputFileRefusal(input);
  }
  await mkdir(dir, { recursive: true });
  for (const [i, { book }] of copies.entries()) {
    const file = names.copies[i]!;
    if (book.format === 'xlsx') {
      const composed = composeWorkbook([book]);
      applyFixesToWorkbook(composed, plan, options);
      annotateWorkbook(composed, report, options);
      await writeFileAtomic(file, composedBytes(composed, NODE_ZIP_CODEC));
    } else {
      const text = csvText(fixedCsvRows(book, plan), book.delimiter);
      await writeFileAtomic(file, encodeText(text, book.encoding, book.bom || book.encoding !== 'gb18030'));
    }
  }
  if (csvLists) {
    await writeFileAtomic(names.issues, encodeText(formatReportCsv(report, { locale }), 'utf-8', true));
    await writeFileAtomic(names.changes, encodeText(csvText([changeListHeader(locale), ...changeListRows(plan)]), 'utf-8', true));
  }
  return planned;
}

function cellText(value: string | number | undefined): string {
  return value === undefined ? '' : String(value);
}

/**
 * The files {@link writeDatasetFiles} writes into `dir`, in the order it returns them.
 * @example
 * datasetFileNames('sample').membersCsv // 'sample/党员.csv'
 */
export function datasetFileNames(dir: string): { orgsXlsx: string; membersXlsx: string; orgsCsv: string; membersCsv: string } {
  return { orgsXlsx: join(dir, '党组织.xlsx'), membersXlsx: join(dir, '党员.xlsx'), orgsCsv: join(dir, '党组织.csv'), membersCsv: join(dir, '党员.csv') };
}

/**
 * Writes orgs and members as spreadsheets into `dir`: 党组织.xlsx / 党员.xlsx (the template
 * layouts) and 党组织.csv / 党员.csv (UTF-8 with BOM, one header row). Returns the files written.
 * @example
 * await writeDatasetFiles('sample', generateSampleDistrict()) // ['sample/党组织.xlsx', 'sample/党员.xlsx', 'sample/党组织.csv', 'sample/党员.csv']
 * @category Spreadsheets
 */
export async function writeDatasetFiles(dir: string, data: { orgs: readonly unknown[]; members: readonly unknown[] }, options: TemplateOptions = {}): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = datasetFileNames(dir);
  await writeFileAtomic(files.orgsXlsx, createWorkbook([orgSummarySheet(data.orgs, options)], undefined, NODE_ZIP_CODEC));
  await writeFileAtomic(files.membersXlsx, createWorkbook(memberTemplateSheets(data.members, options), undefined, NODE_ZIP_CODEC));
  const orgText = csvText(orgRows(data.orgs, options.codeName).map((r) => r.map(cellText)));
  await writeFileAtomic(files.orgsCsv, encodeText(orgText, 'utf-8', true));
  const memberText = csvText(memberRows(data.members, options.codeName).map((r) => r.map(cellText)));
  await writeFileAtomic(files.membersCsv, encodeText(memberText, 'utf-8', true));
  return Object.values(files);
}
