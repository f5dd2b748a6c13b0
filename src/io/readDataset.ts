/**
 * The whole way from files to the input of the dataset check: load the org file, the member file
 * (they may be the same workbook) and an optional joint-branch unit file, read their records.
 * @module
 */
import type { Issue } from '../result.js';
import { hasError } from '../result.js';
import type { Locale } from '../rules/define.js';
import { loadBook, type SpreadsheetBook, type SpreadsheetInput } from './book/loadBook.js';
import { readMembers, readOrgs } from './book/readBook.js';
import type { DatasetSources } from './records/sources.js';

/** The files of a dataset; a member sheet alone is a dataset too (check it with `checkDataset({ members })`). */
export interface DatasetFiles {
  orgs?: SpreadsheetInput;
  members: SpreadsheetInput;
  /** 建立联合党支部的单位基本信息汇总表 as a file of its own (a sheet of the org workbook is found anyway). */
  jointUnits?: SpreadsheetInput;
}

/** What {@link readDataset} read. */
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

/** Options of {@link readDataset}. */
export interface ReadDatasetOptions {
  locale?: Locale;
  /** Told of every member row read and the sheet's last row, for progress. */
  onRow?: (row: number, lastRow: number) => void;
}

/**
 * Reads a dataset from spreadsheet files. Never throws; an unreadable file is an
 * `io.file.unreadable` error naming the file and the reason.
 * @example
 * const read = await readDataset({ orgs: 'orgs.xlsx', members: 'members.xlsx' });
 * checkDataset({ orgs: read.orgs, members: read.members }).ok // true when all is well
 * const alone = await readDataset({ members: 'members.xlsx' });
 * checkDataset({ members: alone.members }).issues[0].rule // 'dataset.orgs.absent'
 */
export async function readDataset(files: DatasetFiles, options: ReadDatasetOptions = {}): Promise<DatasetRead> {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const issues: Issue[] = [];
  const load = async (input: SpreadsheetInput | undefined): Promise<SpreadsheetBook | undefined> => {
    if (input === undefined) return undefined;
    const loaded = await loadBook(input, { locale });
    issues.push(...loaded.issues);
    return loaded.ok ? loaded.value : undefined;
  };
  const orgsBook = await load(files?.orgs);
  const membersBook = files?.orgs !== undefined && files?.members === files?.orgs ? orgsBook : await load(files?.members);
  const jointBook = await load(files?.jointUnits);
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
    const read = readMembers(membersBook, { locale, ...(options.onRow ? { onRow: options.onRow } : {}) });
    out.members = read.records;
    out.sources.members = read.sources;
    issues.push(...read.issues);
    out.notes.push(...(read.notes ?? []));
  }
  out.ok = !hasError(issues.filter((i) => i.path[0] === 'file'));
  return out;
}
