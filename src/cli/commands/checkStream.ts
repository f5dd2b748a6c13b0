/**
 * The streamed way through a big CSV member file: members go through the dataset check in chunks
 * (memory does not grow with the row count), then a second pass picks out only the members the
 * issues name, for the report's names, branches and cells.
 * @module
 */
import type { ValidateOptions } from '../../options.js';
import type { Issue } from '../../result.js';
import { loadBook } from '../../io/book/loadBook.js';
import { readOrgs } from '../../io/book/readBook.js';
import { buildReport } from '../../io/report/buildReport.js';
import { withoutAbsentRequired } from '../../io/layoutGaps.js';
import type { RecordSource } from '../../io/records/sources.js';
import { streamMembers } from '../../io/streamMembers.js';
import type { CliOptions } from '../args.js';
import type { CliStreams, Engine } from '../env.js';
import { createProgress } from '../progress.js';
import type { CheckRun } from './checkRun.js';

/** Rough bytes per member row of a CSV, to decide on a progress bar before the rows are counted. */
const BYTES_PER_ROW = 200;

/** Checks orgs (read whole) and a CSV member file (streamed); 2 when a file cannot be read. */
export async function checkStreamed(
  files: { orgs?: string; members: string },
  options: CliOptions,
  validateOptions: ValidateOptions,
  streams: CliStreams,
  engine: Engine,
): Promise<CheckRun | 2> {
  const locale = options.locale;
  const orgsLoaded = files.orgs === undefined ? undefined : await loadBook(files.orgs, { locale });
  const unitsLoaded = options.units ? await loadBook(options.units, { locale }) : undefined;
  const failures = [...(orgsLoaded?.issues ?? []), ...(unitsLoaded?.issues ?? [])].filter((i) => i.severity === 'error');
  if ((orgsLoaded && !orgsLoaded.ok) || (unitsLoaded && !unitsLoaded.ok)) {
    for (const issue of failures) streams.stderr.write(`partyinfo: ${issue.message}\n`);
    return 2;
  }
  const orgs = orgsLoaded?.ok ? readOrgs(orgsLoaded.value, { locale, ...(unitsLoaded?.ok ? { jointUnits: unitsLoaded.value } : {}) }) : { records: [], sources: [], issues: [] };
  const progress = createProgress(streams.stderr, locale === 'en' ? 'Checking' : '检查');
  const readIssues: Issue[] = [];
  const readNotes: Issue[] = [];
  let memberCount = 0;
  /** The members' source (one CSV, one layout): what columns its rows have. */
  let memberSheet: RecordSource | undefined;
  async function* chunks() {
    for await (const chunk of streamMembers(files.members, {
      locale,
      onProgress: (done, total) => {
        if (total) progress.update(Math.round(done / BYTES_PER_ROW), Math.round(total / BYTES_PER_ROW));
      },
    })) {
      readIssues.push(...chunk.issues);
      if (chunk.notes) readNotes.push(...chunk.notes);
      memberSheet ??= chunk.sources[0];
      memberCount += chunk.records.length;
      yield chunk;
    }
  }
  const result = await engine.checkDatasetStream!(orgsLoaded ? { orgs: orgs.records, members: chunks() } : { members: chunks() }, validateOptions);
  progress.done();
  const unreadable = readIssues.filter((i) => i.path[0] === 'file' && i.severity === 'error');
  if (unreadable.length > 0) {
    for (const issue of unreadable) streams.stderr.write(`partyinfo: ${issue.message}\n`);
    return 2;
  }
  if (orgsLoaded && orgs.records.length === 0) {
    for (const issue of orgs.issues) if (issue.severity === 'error') streams.stderr.write(`partyinfo: ${issue.message}\n`);
    return 2;
  }
  const issues = withoutAbsentRequired([...orgs.issues, ...(orgs.notes ?? []), ...readIssues, ...readNotes, ...(Array.isArray(result?.issues) ? result.issues : [])], (list, index) =>
    list === 'orgs' ? orgs.sources[index] : memberSheet,
  );
  // Second pass: only the members the issues name are kept (sparse arrays, by dataset index).
  const wanted = new Set<number>();
  for (const issue of issues) if (issue.path[0] === 'members' && typeof issue.path[1] === 'number') wanted.add(issue.path[1]);
  const members: Record<string, unknown>[] = [];
  const memberSources: RecordSource[] = [];
  if (wanted.size > 0) {
    for await (const chunk of streamMembers(files.members, { locale })) {
      chunk.records.forEach((record, k) => {
        if (!wanted.has(chunk.offset + k)) return;
        members[chunk.offset + k] = record;
        memberSources[chunk.offset + k] = chunk.sources[k]!;
      });
    }
  }
  const sources = { orgs: orgs.sources, members: memberSources };
  const report = buildReport({ issues, orgs: orgs.records, members, sources, locale });
  const read = { ok: true, orgs: orgs.records, members, sources, issues: [...orgs.issues, ...readIssues], notes: [...(orgs.notes ?? []), ...readNotes], books: orgsLoaded?.ok ? { orgs: orgsLoaded.value } : {} };
  return { read, issues, report, validateOptions, counts: { orgs: orgs.records.length, members: memberCount }, summary: result?.summary };
}
