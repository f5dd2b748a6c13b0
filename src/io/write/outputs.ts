/**
 * Writing the results of a check or fix to files: the marked (and fixed) workbook, fixed copies of
 * each input in its own format, the sample district as spreadsheets. Never onto an input file.
 * @module
 */
import { mkdir, realpath, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Locale } from '../../rules/define.js';
import type { SpreadsheetBook } from '../book/loadBookBytes.js';
import { encodeText } from '../csv/encoding.js';
import { applyFixesToWorkbook, changeListHeader, changeListRows, fixedCsvRows } from '../fix/applyFixes.js';
import type { FixPlan } from '../fix/planFixes.js';
import type { Report } from '../report/buildReport.js';
import { csvText, formatReportCsv } from '../report/formats.js';
import { annotateWorkbook } from './annotate.js';
import { composedBytes, composeWorkbook } from './composeWorkbook.js';
import { NODE_ZIP_CODEC } from './nodeZipCodec.js';
import { memberRows, memberTemplateSheets, orgRows, orgSummarySheet, type TemplateOptions } from './templates.js';
import { createWorkbook } from '../xlsx/write/index.js';

/** The books of a read dataset. */
export type Books = { orgs?: SpreadsheetBook; members?: SpreadsheetBook; jointUnits?: SpreadsheetBook };

async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/**
 * True when `out` is one of the input files (which must never be overwritten).
 * @example
 * await isInputFile('members.xlsx', { members: book }) // true when book.file is members.xlsx
 */
export async function isInputFile(out: string, books: Books): Promise<boolean> {
  const target = await canonical(out);
  for (const book of [books.orgs, books.members, books.jointUnits]) {
    if (book && (await canonical(book.file)) === target) return true;
  }
  return false;
}

/** Options of the workbook writers. */
export interface WriteOptions {
  locale?: Locale;
}

/**
 * Writes one workbook with the inputs' sheets, offending cells marked, the 问题清单 and 问题统计
 * sheets, and — given a fix plan — the normalised values and the 修改记录 sheet.
 * @example
 * await writeMarkedWorkbook('checked.xlsx', read.books, buildReport({ issues, orgs: read.orgs, members: read.members, sources: read.sources }))
 */
export async function writeMarkedWorkbook(file: string, books: Books, report: Report, plan?: FixPlan, options: WriteOptions = {}): Promise<void> {
  const composed = composeWorkbook([books.members, books.orgs, books.jointUnits]);
  if (plan) applyFixesToWorkbook(composed, plan, options);
  annotateWorkbook(composed, report, options);
  await writeFile(file, composedBytes(composed, NODE_ZIP_CODEC));
}

/**
 * Writes a fixed copy of each input into `dir`, each in its own format and under its own name:
 * an .xlsx marked and with 修改记录 / 问题清单 sheets; a CSV in its own encoding; for CSV inputs
 * also 问题清单.csv and 修改记录.csv. Returns the files written.
 * @example
 * await writeFixedCopies('fixed', read.books, report, planFixes(read, createRecordNormalizer())) // ['fixed/党员.xlsx', …]
 */
export async function writeFixedCopies(dir: string, books: Books, report: Report, plan: FixPlan, options: WriteOptions = {}): Promise<string[]> {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  let csvLists = false;
  for (const book of new Set([books.members, books.orgs, books.jointUnits])) {
    if (!book) continue;
    const file = join(dir, basename(book.file));
    if (await isInputFile(file, books)) throw new Error(`refusing to overwrite the input file ${book.file}`);
    if (book.format === 'xlsx') {
      const composed = composeWorkbook([book]);
      applyFixesToWorkbook(composed, plan, options);
      annotateWorkbook(composed, report, options);
      await writeFile(file, composedBytes(composed, NODE_ZIP_CODEC));
    } else {
      const text = csvText(fixedCsvRows(book, plan), book.delimiter, false);
      await writeFile(file, encodeText(text, book.encoding, book.bom || book.encoding !== 'gb18030'));
      csvLists = true;
    }
    written.push(file);
  }
  if (csvLists) {
    const issues = join(dir, locale === 'en' ? 'issues.csv' : '问题清单.csv');
    await writeFile(issues, encodeText(formatReportCsv(report, { locale }), 'utf-8', true));
    const changes = join(dir, locale === 'en' ? 'changes.csv' : '修改记录.csv');
    await writeFile(changes, encodeText(csvText([changeListHeader(locale), ...changeListRows(plan)]), 'utf-8', true));
    written.push(issues, changes);
  }
  return written;
}

function cellText(value: string | number | undefined): string {
  return value === undefined ? '' : String(value);
}

/**
 * Writes orgs and members as spreadsheets into `dir`: 党组织.xlsx / 党员.xlsx (the template
 * layouts) and 党组织.csv / 党员.csv (UTF-8 with BOM, one header row). Returns the files written.
 * @example
 * await writeDatasetFiles('sample', generateSampleDistrict()) // ['sample/党组织.xlsx', 'sample/党员.xlsx', 'sample/党组织.csv', 'sample/党员.csv']
 */
export async function writeDatasetFiles(dir: string, data: { orgs: readonly unknown[]; members: readonly unknown[] }, options: TemplateOptions = {}): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = {
    orgsXlsx: join(dir, '党组织.xlsx'),
    membersXlsx: join(dir, '党员.xlsx'),
    orgsCsv: join(dir, '党组织.csv'),
    membersCsv: join(dir, '党员.csv'),
  };
  await writeFile(files.orgsXlsx, createWorkbook([orgSummarySheet(data.orgs, options)], undefined, NODE_ZIP_CODEC));
  await writeFile(files.membersXlsx, createWorkbook(memberTemplateSheets(data.members, options), undefined, NODE_ZIP_CODEC));
  const orgText = csvText(orgRows(data.orgs, options.codeName).map((r) => r.map(cellText)), ',', false);
  await writeFile(files.orgsCsv, encodeText(orgText, 'utf-8', true));
  const memberText = csvText(memberRows(data.members, options.codeName).map((r) => r.map(cellText)), ',', false);
  await writeFile(files.membersCsv, encodeText(memberText, 'utf-8', true));
  return Object.values(files);
}
