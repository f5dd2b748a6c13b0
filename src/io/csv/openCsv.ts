/**
 * Streaming CSV reading: bytes from a file, a buffer or a stream; the encoding decided from the
 * first 64 KiB; rows yielded one by one, so a million-row file never sits in memory.
 * @module
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Issue } from '../../result.js';
import { CsvParser } from './csvParser.js';
import { createDecoder, detectEncoding, type CsvEncoding } from './encoding.js';
import { detectDelimiter } from './detectDelimiter.js';

/**
 * What a CSV can be read from: a file path, its bytes, or a stream of bytes.
 * @category Spreadsheets
 */
export type CsvInput = string | Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/**
 * An opened CSV: what was detected, and its rows.
 * @category Spreadsheets
 */
export interface CsvSource {
  encoding: CsvEncoding;
  /** The file started with a byte-order mark. */
  bom: boolean;
  delimiter: string;
  /** Size in bytes when known (a file), for progress. */
  totalBytes: number | undefined;
  /** Bytes read so far. */
  bytesRead(): number;
  /** True once some bytes were not valid in the encoding (read as U+FFFD). */
  hadInvalidBytes(): boolean;
  /** The line of the first bytes not valid in the encoding, once read. */
  invalidBytesLine(): number | undefined;
  /**
   * The line where a quoted field began that never closes (reading stopped there), once read;
   * the file is then broken and its rows must not be used.
   */
  unclosedQuoteLine(): number | undefined;
  /** The rows, each an array of field texts (one pass only). */
  rows(): AsyncGenerator<string[]>;
  /** The same rows in batches (one per chunk of text read): far fewer awaits for big files. */
  batches(): AsyncGenerator<string[][]>;
  /** Why nothing could be read, when the input could not be opened at all (then there are no rows). */
  failure?: Issue;
}

/**
 * The source of a CSV that could not be opened: no rows, and `failure` says why.
 * @example
 * failedCsvSource(bookErrorIssue(new Error('not a CSV'), 'a.csv', 'zh-CN')).failure?.rule // 'io.file.unreadable'
 */
export function failedCsvSource(failure: Issue): CsvSource {
  const none = async function* <T>(): AsyncGenerator<T> {};
  return {
    encoding: 'utf-8',
    bom: false,
    delimiter: ',',
    totalBytes: undefined,
    bytesRead: () => 0,
    hadInvalidBytes: () => false,
    invalidBytesLine: () => undefined,
    unclosedQuoteLine: () => undefined,
    rows: none,
    batches: none,
    failure,
  };
}

const SAMPLE_BYTES = 64 * 1024;

function toAsyncIterator(input: Exclude<CsvInput, string>): AsyncIterator<Uint8Array> | Iterator<Uint8Array> {
  if (input instanceof Uint8Array) return [input][Symbol.iterator]();
  if (Symbol.asyncIterator in input) return (input as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  return (input as Iterable<Uint8Array>)[Symbol.iterator]();
}

/**
 * Opens a CSV: reads its first bytes to decide encoding and delimiter, and returns a source whose
 * `rows()` streams the rest. Rejects when a file cannot be opened.
 * @example
 * (await openCsv(new TextEncoder().encode('姓名,性别\n张三,男\n'))).encoding // 'utf-8'
 * @category Spreadsheets
 */
export async function openCsv(input: CsvInput): Promise<CsvSource> {
  let totalBytes: number | undefined;
  let iterator: AsyncIterator<Uint8Array> | Iterator<Uint8Array>;
  if (typeof input === 'string') {
    totalBytes = (await stat(input)).size;
    iterator = createReadStream(input, { highWaterMark: SAMPLE_BYTES })[Symbol.asyncIterator]();
  } else {
    iterator = toAsyncIterator(input);
    if (input instanceof Uint8Array) totalBytes = input.byteLength;
  }
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let done = false;
  while (headBytes < SAMPLE_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.byteLength;
  }
  const sample = Buffer.concat(head);
  const { encoding, bomLength } = detectEncoding(sample.subarray(0, SAMPLE_BYTES), done);
  const decoder = createDecoder(encoding);
  const firstText = decoder.write(sample.subarray(bomLength));
  const delimiter = detectDelimiter(firstText.slice(0, 8192));
  let bytesRead = headBytes;
  let invalidLine: number | undefined;
  let unclosedLine: number | undefined;

  async function* texts(): AsyncGenerator<string> {
    yield firstText;
    while (!done) {
      const next = await iterator.next();
      if (next.done) break;
      bytesRead += next.value.byteLength;
      yield decoder.write(next.value);
    }
    const tail = decoder.end();
    if (tail) yield tail;
  }

  async function* batches(): AsyncGenerator<string[][]> {
    const parser = new CsvParser(delimiter);
    try {
      for await (const text of texts()) {
        if (invalidLine === undefined) {
          const at = text.indexOf('\ufffd');
          if (at >= 0) invalidLine = parser.lineAt(text, at);
        }
        const out = parser.push(text, []);
        unclosedLine = parser.unclosedQuoteLine();
        if (unclosedLine !== undefined) return;
        if (out.length > 0) yield out;
      }
      const last = parser.end([]);
      unclosedLine = parser.unclosedQuoteLine();
      if (last.length > 0) yield last;
    } finally {
      if (typeof iterator.return === 'function') await iterator.return();
    }
  }

  async function* rows(): AsyncGenerator<string[]> {
    for await (const batch of batches()) yield* batch;
  }

  return {
    encoding,
    bom: bomLength > 0,
    delimiter,
    totalBytes,
    bytesRead: () => bytesRead,
    hadInvalidBytes: () => invalidLine !== undefined,
    invalidBytesLine: () => invalidLine,
    unclosedQuoteLine: () => unclosedLine,
    rows,
    batches,
  };
}
