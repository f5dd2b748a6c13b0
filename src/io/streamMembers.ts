/**
 * Members in chunks, for checks that must not hold a whole district in memory: a CSV is read as a
 * stream (peak memory stays flat however many rows); an .xlsx is loaded whole (the format is a zip
 * of XML) and handed out in the same chunks.
 * @module
 */
import { extname } from 'node:path';
import type { Issue } from '../result.js';
import { createIssue, type Locale } from '../rules/define.js';
import { fileErrorReason } from './book/fileErrors.js';
import { loadBook } from './book/loadBook.js';
import { readMembers } from './book/readBook.js';
import { duplicateHeaderIssues, memberRowReader, type ReadRecords } from './book/readGrid.js';
import { openCsv, type CsvInput } from './csv/openCsv.js';
import { HEADER_SEARCH_ROWS, findLayout, type SheetLayout } from './layout.js';
import { layoutGapIssues } from './layoutGaps.js';
import type { RecordSource } from './records/sources.js';
import { ioCsvUnclosedQuoteRule, ioEncodingRule, ioFileUnreadableRule, ioSheetNotFoundRule } from './rules.js';

/**
 * A run of member records; `offset` is the dataset index of the first one.
 * @category Spreadsheets
 */
export interface MemberChunk {
  records: Record<string, unknown>[];
  sources: RecordSource[];
  /** Problems met while reading (paths `['members', offset + k, field]` or `['file']`). */
  issues: Issue[];
  /** What the sheet cannot hold (`io.layout.itemsAbsent`), in the first chunk: notes for the report. */
  notes?: Issue[];
  offset: number;
}

/**
 * Options of {@link streamMembers}.
 * @category Spreadsheets
 */
export interface StreamMembersOptions {
  /** Records per chunk; default 10,000. */
  chunkSize?: number;
  locale?: Locale;
  /** Told of progress: bytes read of the total when a file's size is known. */
  onProgress?: (done: number, total: number | undefined) => void;
  /** Name used in messages and as the sheet name of a CSV given as bytes. */
  name?: string;
}

function baseName(name: string): string {
  const file = name.split(/[\\/]/).pop() ?? name;
  return file.slice(0, file.length - extname(file).length) || file;
}

/**
 * Reads members in chunks. Never throws: an unreadable file gives one chunk holding only an
 * `io.file.unreadable` (or `io.sheet.notFound`) error; a quote that never closes ends the stream
 * with an `io.csv.unclosedQuote` error (the chunks before it must then be discarded).
 * @example
 * for await (const chunk of streamMembers('members.csv')) total += chunk.records.length;
 * @category Spreadsheets
 */
export async function* streamMembers(input: CsvInput, options: StreamMembersOptions = {}): AsyncGenerator<MemberChunk> {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? 10_000)) || 10_000;
  const name = options.name ?? (typeof input === 'string' ? input : 'members.csv');
  if (typeof input === 'string' && /\.(xlsx|xlsm|xls|et)$/i.test(input)) {
    yield* chunksOfBook(input, chunkSize, locale);
    return;
  }
  const sheet = baseName(name);
  let batches: AsyncGenerator<string[][]>;
  let source: Awaited<ReturnType<typeof openCsv>>;
  try {
    source = await openCsv(input);
    batches = source.batches();
  } catch (error) {
    const reason = fileErrorReason(error, locale);
    yield { records: [], sources: [], offset: 0, issues: [createIssue(ioFileUnreadableRule, ['file'], { file: name, reason }, { locale })] };
    return;
  }
  let offset = 0;
  let rowNumber = 0;
  const head: string[][] = [];
  let layout: SheetLayout | undefined;
  let readRow: ReturnType<typeof memberRowReader> | undefined;
  let chunk: ReadRecords = { records: [], sources: [], issues: [] };
  const take = (): MemberChunk => {
    const out = { ...chunk, offset };
    offset += chunk.records.length;
    chunk = { records: [], sources: [], issues: [] };
    return out;
  };
  const start = (found: SheetLayout): void => {
    layout = found;
    readRow = memberRowReader(found, sheet, locale, options.name ?? (typeof input === 'string' ? input : undefined));
    chunk.issues.push(...duplicateHeaderIssues(sheet, found, locale));
    chunk.notes = layoutGapIssues(sheet, found, locale);
    head.forEach((fields, i) => readRow!(fields, i + 1, chunk, offset + chunk.records.length));
    head.length = 0;
  };
  try {
    reading: for await (const batch of batches) {
      for (const fields of batch) {
        rowNumber++;
        if (!readRow) {
          head.push(fields);
          if (head.length <= HEADER_SEARCH_ROWS) continue;
          const found = findLayout(head, 'member');
          if (!found) break reading;
          start(found);
        } else {
          readRow(fields, rowNumber, chunk, offset + chunk.records.length);
        }
        if (chunk.records.length >= chunkSize) {
          options.onProgress?.(source.bytesRead(), source.totalBytes);
          yield take();
        }
      }
    }
    const unclosed = source.unclosedQuoteLine();
    if (unclosed !== undefined) {
      yield { records: [], sources: [], offset, issues: [createIssue(ioCsvUnclosedQuoteRule, ['file'], { file: name, line: unclosed }, { locale })] };
      return;
    }
    if (!layout) {
      const found = head.length > 0 ? findLayout(head, 'member') : undefined;
      if (!found) {
        yield { records: [], sources: [], offset: 0, issues: [createIssue(ioSheetNotFoundRule, ['file'], { file: name, what: locale === 'en' ? 'members' : '党员信息' }, { locale })] };
        return;
      }
      start(found);
    }
    const invalidLine = source.invalidBytesLine();
    if (invalidLine !== undefined) chunk.issues.push(createIssue(ioEncodingRule, ['file'], { file: name, encoding: source.encoding.toUpperCase(), line: invalidLine }, { locale }));
    options.onProgress?.(source.bytesRead(), source.totalBytes);
    if (chunk.records.length > 0 || chunk.issues.length > 0) yield take();
  } catch (error) {
    const reason = fileErrorReason(error, locale);
    yield { records: [], sources: [], offset, issues: [createIssue(ioFileUnreadableRule, ['file'], { file: name, reason }, { locale })] };
  } finally {
    await batches.return(undefined);
  }
}

async function* chunksOfBook(file: string, chunkSize: number, locale: Locale): AsyncGenerator<MemberChunk> {
  const loaded = await loadBook(file, { locale });
  if (!loaded.ok) {
    yield { records: [], sources: [], offset: 0, issues: loaded.issues };
    return;
  }
  const all = readMembers(loaded.value, { locale });
  if (all.records.length === 0) {
    yield { records: [], sources: [], offset: 0, issues: all.issues };
    return;
  }
  for (let offset = 0; offset < all.records.length; offset += chunkSize) {
    const end = offset + chunkSize;
    const issues = all.issues.filter((i) => (offset === 0 && i.path[0] === 'file') || (typeof i.path[1] === 'number' && i.path[0] === 'members' && i.path[1] >= offset && i.path[1] < end));
    yield { records: all.records.slice(offset, end), sources: all.sources.slice(offset, end), issues, offset, ...(offset === 0 && all.notes?.length ? { notes: all.notes } : {}) };
  }
}
