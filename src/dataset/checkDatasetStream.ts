/**
 * `checkDatasetStream`: the dataset check with members in chunks, so ten million members never sit
 * in memory at once; memory stays bounded by the orgs plus a compact ID-number index.
 * @module
 */
import { resolveOptions, type ValidateOptions } from '../options.js';
import { isArray, readOwnOf, typeName } from '../_lib/safeRead.js';
import { DatasetRun, type DatasetReport } from './run.js';
import { datasetInputInvalid } from './rules.js';

/**
 * A chunk of members: an array of records, or an object holding them in `records` (as `partyinfo/io`'s `streamMembers` yields).
 * @category Dataset
 */
export type MemberChunk = readonly unknown[] | { readonly records: readonly unknown[] };

/**
 * The input of {@link checkDatasetStream}.
 * @category Dataset
 */
export interface DatasetStreamInput {
  /** Absent for a member sheet alone: the rules that need the org tree are skipped (`dataset.orgs.absent`). */
  orgs?: readonly unknown[];
  /** Chunks of member records, in dataset order: an async iterable (a stream, an async generator) or a sync one. */
  members: AsyncIterable<MemberChunk> | Iterable<MemberChunk>;
}

/**
 * Options of {@link checkDatasetStream}: those of the batch check, plus progress.
 * @category Dataset
 */
export interface StreamOptions extends ValidateOptions {
  /** Called after each chunk with the number of members checked so far. */
  onProgress?: (membersChecked: number) => void;
}

function recordsOf(chunk: unknown): readonly unknown[] | undefined {
  if (isArray(chunk)) return chunk;
  try {
    const records = chunk !== null && typeof chunk === 'object' ? (chunk as { records?: unknown }).records : undefined;
    return isArray(records) ? records : undefined;
  } catch {
    return undefined;
  }
}

function iteratorOf(source: unknown): AsyncIterator<unknown> | Iterator<unknown> | undefined {
  try {
    if (source === null || (typeof source !== 'object' && typeof source !== 'function')) return undefined;
    const s = source as Partial<AsyncIterable<unknown> & Iterable<unknown>>;
    if (typeof s[Symbol.asyncIterator] === 'function') return s[Symbol.asyncIterator]!();
    if (typeof s[Symbol.iterator] === 'function') return s[Symbol.iterator]!();
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Checks a dataset whose members arrive in chunks. Reports exactly what {@link checkDataset}
 * reports for the same records (paths count members across chunks). Never rejects: a chunk that is
 * not an array of records, or an iterable that fails, gives a `dataset.input.invalid` error and the
 * check goes on with what was read.
 * @param data - `{ orgs, members }` where `members` yields chunks
 * @param options - as {@link checkDataset}, plus `onProgress`
 * @example
 * (await checkDatasetStream({ orgs: [], members: [[], []] })).ok // true
 * (await checkDatasetStream({ orgs: [], members: [[{ name: '张三' }], [{ name: '李四' }]] })).summary.members.total // 2
 * (await checkDatasetStream({ orgs: [], members: 42 })).issues[0].rule // 'dataset.input.invalid'
 * @category Dataset
 */
export async function checkDatasetStream(data: DatasetStreamInput | unknown, options?: StreamOptions): Promise<DatasetReport> {
  const run = new DatasetRun(resolveOptions(options));
  let onProgress: ((n: number) => void) | undefined;
  try {
    const p = options?.onProgress;
    if (typeof p === 'function') onProgress = p;
  } catch {
    onProgress = undefined;
  }
  if (data === null || typeof data !== 'object' || isArray(data)) {
    run.report(datasetInputInvalid, [], { field: 'data', type: typeName(data) });
  }
  const orgs = readOwnOf(data, 'orgs');
  if (orgs === undefined && data !== null && typeof data === 'object' && !isArray(data)) run.skipOrgs();
  else run.addOrgs(orgs);
  const source = readOwnOf(data, 'members');
  const iterator = iteratorOf(source);
  if (iterator === undefined) {
    run.report(datasetInputInvalid, ['members'], { field: 'members', type: typeName(source) });
    return run.finish();
  }
  let checked = 0;
  try {
    for (;;) {
      const step = await iterator.next();
      if (step.done) break;
      const records = recordsOf(step.value);
      if (records === undefined) {
        run.report(datasetInputInvalid, ['members'], { field: 'members', type: `chunk of ${typeName(step.value)}` });
        continue;
      }
      run.addMembers(records);
      checked += records.length;
      try {
        onProgress?.(checked);
      } catch {
        // A failing progress callback is the caller's problem, not the check's.
      }
    }
  } catch (error) {
    // The error's name only: its message may quote input (an ID number in a CSV row).
    const reason = error instanceof Error ? error.name : typeName(error);
    run.report(datasetInputInvalid, ['members'], { field: 'members', type: `stream failed after ${checked} members: ${reason}` });
  }
  return run.finish();
}
