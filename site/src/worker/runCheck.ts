/**
 * The check the page runs, in its worker: the same steps as `partyinfo fix --out FILE.xlsx` — read
 * the books, check the dataset, build the report, plan the fixes, mark a copy of the workbook —
 * with the files given as bytes and told apart by their headers rather than by their order.
 * @module
 */
import { bookSheets, readMembers, readOrgs } from '../../../src/io/book/readBook.js';
import type { SpreadsheetBook } from '../../../src/io/book/loadBookBytes.js';
import type { DatasetSources } from '../../../src/io/records/sources.js';
import { buildReport } from '../../../src/io/report/buildReport.js';
import { formatReportHtml } from '../../../src/io/report/html.js';
import { ruleTitle } from '../../../src/io/report/ruleTitles.js';
import { planFixes } from '../../../src/io/fix/planFixes.js';
import { createRecordNormalizer } from '../../../src/io/fix/recordNormalizer.js';
import { applyFixesToWorkbook } from '../../../src/io/fix/applyFixes.js';
import { annotateWorkbook } from '../../../src/io/write/annotate.js';
import { composedBytes, composeWorkbook } from '../../../src/io/write/composeWorkbook.js';
import { checkDataset } from '../../../src/dataset/checkDataset.js';
import { tablesFromJson } from '../../../src/cli/tablesFromJson.js';
import type { CodeTableOverrides } from '../../../src/codes/types.js';
import type { ValidateOptions } from '../../../src/options.js';
import type { Issue } from '../../../src/result.js';
import { ruleById } from '../../../src/ruleCatalogue.js';
import { openFile } from './openFile.js';
import type { CheckRequest, CheckResult, FileRole, Phase, ProgressMessage, WorkbookMessage } from './protocol.js';

/** Told of progress; `phase` changes in the order of {@link Phase}. */
export type OnProgress = (message: ProgressMessage) => void;

interface Books {
  orgs?: SpreadsheetBook;
  members?: SpreadsheetBook;
  jointUnits?: SpreadsheetBook;
}

/** Which book holds the orgs, the members and the joint-branch units, by the sheets' headers. */
function assignBooks(books: SpreadsheetBook[], roles: FileRole[]): Books {
  const out: Books = {};
  books.forEach((book, i) => {
    const found = new Set(bookSheets(book).map((s) => s.role));
    if (found.has('orgs') && !out.orgs) out.orgs = book;
    if (found.has('members') && !out.members) out.members = book;
    if (found.has('jointUnits') && !found.has('orgs') && !out.jointUnits) out.jointUnits = book;
    roles[i]!.roles = [...found];
  });
  return out;
}

/** A finished check, and the marked workbook still to be written from what it read. */
export interface CheckRun {
  result: CheckResult;
  /** Writes the marked workbook, or `undefined` when no file held orgs or members. */
  writeWorkbook: (() => Promise<WorkbookMessage>) | undefined;
}

/**
 * Runs the whole check. Never throws for bad files: they become `io.*` issues in the report.
 * Keeps nothing: the books and records go out of reach once the run and its writer are dropped.
 */
export async function runCheck(request: CheckRequest, onProgress: OnProgress): Promise<CheckRun> {
  const { locale } = request;
  const timings: Partial<Record<Phase, number>> = {};
  let phaseStart = performance.now();
  const step = (phase: Phase, done: number, total: number) => onProgress({ type: 'progress', id: request.id, phase, done, total });
  const finish = (phase: Phase) => {
    const now = performance.now();
    timings[phase] = Math.round(now - phaseStart);
    phaseStart = now;
  };

  const issues: Issue[] = [];
  const books: SpreadsheetBook[] = [];
  const bookRoles: FileRole[] = [];
  const files: FileRole[] = [];
  const tables: CodeTableOverrides = {};
  for (const [i, file] of request.files.entries()) {
    step('open', i, request.files.length);
    const opened = await openFile(file, locale);
    const role: FileRole = { name: file.name, roles: [] };
    files.push(role);
    if (opened.kind === 'unreadable') issues.push(opened.issue);
    else if (opened.kind === 'tables') {
      const read = tablesFromJson(opened.data, locale);
      if (typeof read === 'string') role.roles = [`error: ${read}`];
      else {
        Object.assign(tables, read);
        role.roles = ['tables'];
      }
    } else {
      books.push(opened.book);
      bookRoles.push(role);
      if (opened.book.format === 'csv') role.encoding = opened.book.encoding.toUpperCase();
    }
  }
  step('open', request.files.length, request.files.length);
  finish('open');

  const assigned = assignBooks(books, bookRoles);
  const orgs = assigned.orgs ? readOrgs(assigned.orgs, { locale, ...(assigned.jointUnits ? { jointUnits: assigned.jointUnits } : {}) }) : undefined;
  const members = assigned.members
    ? readMembers(assigned.members, { locale, onRow: (row, last) => (row % 2000 === 0 || row === last) && step('read', row, last) })
    : undefined;
  issues.push(...(orgs?.issues ?? []), ...(members?.issues ?? []));
  finish('read');

  step('check', 0, 1);
  const options: ValidateOptions = { locale, ...(request.today ? { today: request.today } : {}), ...(Object.keys(tables).length > 0 ? { tables } : {}) };
  const data = { orgs: orgs?.records ?? [], members: members?.records ?? [] };
  issues.push(...checkDataset(data, options).issues);
  step('check', 1, 1);
  finish('check');

  step('report', 0, 1);
  const sources: DatasetSources = { orgs: orgs?.sources ?? [], members: members?.sources ?? [] };
  const report = buildReport({ issues, ...data, sources, locale });
  const reportHtml = formatReportHtml(report, { locale, notes: files.map((f) => f.name) });
  const ruleTitles: Record<string, string> = {};
  for (const r of report.byRule) ruleTitles[r.rule] = locale === 'en' ? (ruleById(r.rule)?.summary ?? r.rule) : ruleTitle(r.rule);
  finish('report');

  const { error, warning, review } = report.counts;
  const writeWorkbook = async (): Promise<WorkbookMessage> => {
    const started = performance.now();
    const plan = planFixes({ ...data, sources, books: assigned }, createRecordNormalizer(options), { locale });
    const composed = await composeWorkbook([assigned.members, assigned.orgs, assigned.jointUnits]);
    applyFixesToWorkbook(composed, plan, { locale });
    annotateWorkbook(composed, report, { locale });
    const bytes = composedBytes(composed);
    return { type: 'workbook', id: request.id, bytes, changes: plan.changes.length, ms: Math.round(performance.now() - started) };
  };
  const result: CheckResult = {
    type: 'result',
    id: request.id,
    counts: { orgs: data.orgs.length, members: data.members.length, error, warning, review },
    report,
    files,
    ruleTitles,
    reportHtml,
    locale,
    timings,
  };
  return { result, writeWorkbook: assigned.orgs || assigned.members ? writeWorkbook : undefined };
}
