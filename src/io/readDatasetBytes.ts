/**
 * From loaded books to the input of the dataset check, whatever loaded them: files given by name
 * and bytes here (browser-safe), paths in the Node layer (`readDataset`).
 * @module
 */
import type { Issue, Result } from '../result.js';
import { hasError } from '../result.js';
import { createIssue, type Locale } from '../rules/define.js';
import { loadBookBytes, type BookBytes, type LoadBookOptions, type SpreadsheetBook } from './book/loadBookBytes.js';
import { readMembers, readOrgs } from './book/readBook.js';
import type { DatasetSources } from './records/sources.js';
import { ioFileUnreadableRule } from './rules.js';
import type { XlsxLimits } from './xlsx/xlsxLimits.js';

/**
 * The files of a dataset, each given as `T` (a path, or name and bytes).
 * @category Spreadsheets
 */
export interface DatasetInputs<T> {
  /** The org file; absent for a member sheet alone (check it with `checkDataset({ members })`). */
  orgs?: T;
  members: T;
  /** 建立联合党支部的单位基本信息汇总表 as a file of its own (a sheet of the org workbook is found anyway). */
  jointUnits?: T;
}

/**
 * What a dataset read gave.
 * @category Spreadsheets
 */
export interface DatasetRead {
  /** False when a file could not be read or holds no recognisable sheet (`issues` says which). */
  ok: boolean;
  orgs: Record<string, unknown>[];
  members: Record<string, unknown>[];
  /** Where each record came from, for mapping issues back to cells. */
  sources: DatasetSources;
  /** Problems met while reading: `io.*` rules. */
  issues: Issue[];
  /**
   * What the sheets cannot hold: an `io.layout.itemsAbsent` note per sheet that lacks items of the
   * form (the 附件4 template has no 家庭住址). Drop the blank-field issues of those items from a check
   * with `withoutAbsentRequired(issues, read.sources)`.
   */
  notes: Issue[];
  /** The loaded files, for writing annotated or fixed copies. */
  books: { orgs?: SpreadsheetBook; members?: SpreadsheetBook; jointUnits?: SpreadsheetBook };
}

/**
 * Options of the dataset readers.
 * @category Spreadsheets
 */
export interface ReadDatasetOptions {
  locale?: Locale;
  /** Told of every member row read and the sheet's last row, for progress. */
  onRow?: (row: number, lastRow: number) => void;
  /** Caps of the xlsx reader (default: Excel's sheet size, 1 GiB unzipped, 40 million cells). */
  limits?: Partial<XlsxLimits>;
}

type Loader<T> = (input: T, options: LoadBookOptions) => Promise<Result<SpreadsheetBook>>;

/**
 * Loads the files with `load` and reads their records (the part both dataset readers share).
 * Never rejects: input it cannot even look at (no files, a throwing proxy) is one `io.file.unreadable` error.
 */
export async function readDatasetWith<T>(files: DatasetInputs<T>, load: Loader<T>, options: ReadDatasetOptions = {}): Promise<DatasetRead> {
  try {
    return await readFiles(files, load, options);
  } catch {
    let locale: Locale = 'zh-CN';
    try {
      if (options?.locale === 'en') locale = 'en';
    } catch {
      // Options that cannot be read: Chinese, the default.
    }
    const reason = locale === 'en' ? 'the files given cannot be read' : '无法读取所给的文件';
    return failedRead(createIssue(ioFileUnreadableRule, ['file'], { file: '', reason }, { locale }));
  }
}

/**
 * A dataset read that read nothing, for the reason `issue` gives.
 * @example
 * failedRead(bookErrorIssue(new Error('not a zip'), 'a.xlsx', 'zh-CN')).ok // false
 */
export function failedRead(issue: Issue): DatasetRead {
  return { ok: false, orgs: [], members: [], sources: { orgs: [], members: [] }, issues: [issue], notes: [], books: {} };
}

async function readFiles<T>(files: DatasetInputs<T>, load: Loader<T>, options: ReadDatasetOptions): Promise<DatasetRead> {
  const locale: Locale = options?.locale === 'en' ? 'en' : 'zh-CN';
  const issues: Issue[] = [];
  const loadOptions: LoadBookOptions = { locale, ...(options?.limits ? { limits: options.limits } : {}) };
  const loadOne = async (input: T | undefined): Promise<SpreadsheetBook | undefined> => {
    if (input === undefined) return undefined;
    const loaded = await load(input, loadOptions);
    issues.push(...loaded.issues);
    return loaded.ok ? loaded.value : undefined;
  };
  if (files?.orgs === undefined && files?.members === undefined && files?.jointUnits === undefined) throw new TypeError('no files given');
  const orgsBook = await loadOne(files?.orgs);
  const membersBook = files?.orgs !== undefined && files?.members === files?.orgs ? orgsBook : await loadOne(files?.members);
  const jointBook = await loadOne(files?.jointUnits);
  const out: DatasetRead = { ok: false, orgs: [], members: [], sources: { orgs: [], members: [] }, issues, notes: [], books: {} };
  if (orgsBook) {
    out.books.orgs = orgsBook;
    const read = readOrgs(orgsBook, { locale, ...(jointBook ? { jointUnits: jointBook } : {}) });
    out.orgs = read.records;
    out.sources.orgs = read.sources;
    issues.push(...read.issues);
    out.notes.push(...(read.notes ?? []));
  }
  if (jointBook) out.books.jointUnits = jointBook;
  if (membersBook) {
    out.books.members = membersBook;
    const read = readMembers(membersBook, { locale, ...(options?.onRow ? { onRow: options.onRow } : {}) });
    out.members = read.records;
    out.sources.members = read.sources;
    issues.push(...read.issues);
    out.notes.push(...(read.notes ?? []));
  }
  out.ok = !hasError(issues.filter((i) => i.path[0] === 'file'));
  return out;
}

/**
 * Reads a dataset from files given by name and bytes (a page's uploads). Never rejects; an
 * unreadable file is an `io.file.unreadable` error naming the file and the reason.
 * @example
 * const orgs = { name: '党组织.csv', bytes: new TextEncoder().encode('党组织名称,组织类别\n中共甲支部委员会,631\n') };
 * const members = { name: '党员.csv', bytes: new TextEncoder().encode('姓名,性别\n张三,男\n') };
 * (await readDatasetBytes({ orgs, members })).members // [{ name: '张三', gender: '男' }]
 * @category Spreadsheets
 */
export async function readDatasetBytes(files: DatasetInputs<BookBytes>, options: ReadDatasetOptions = {}): Promise<DatasetRead> {
  return readDatasetWith(files, loadBookBytes, options);
}
