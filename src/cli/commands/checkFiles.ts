/**
 * Reading the files (orgs and members, or members alone) and running the dataset check on them:
 * the part `check` and `fix` share.
 * @module
 */
import { buildReport } from '../../io/report/buildReport.js';
import { readDataset } from '../../io/readDataset.js';
import { withoutAbsentRequired } from '../../io/layoutGaps.js';
import type { CliOptions } from '../args.js';
import type { CliStreams, Engine } from '../env.js';
import { createProgress } from '../progress.js';
import { readValidateOptions } from '../validateOptions.js';
import type { CheckRun } from './checkRun.js';
import { checkStreamed } from './checkStream.js';
import { inputOf } from './inputs.js';
import { usageError } from './usageError.js';

/** A member file read as a stream: a CSV (standard input is read whole). */
function streamable(file: string): boolean {
  return file !== '-' && /\.(csv|tsv|txt)$/i.test(file);
}


/**
 * Reads the files and checks them; exit code 2 (after saying why) when a file (a `--tables` file
 * included) cannot be read or the dataset check is not available.
 */
export async function checkFiles(
  files: { orgs?: string; members: string },
  options: CliOptions,
  streams: CliStreams,
  engine: Engine,
): Promise<CheckRun | 2> {
  const validate = await readValidateOptions(options);
  if (!validate.ok) return usageError(streams, validate.message);
  const validateOptions = validate.options;
  if (engine.checkDatasetStream && streamable(files.members) && files.orgs !== '-' && options.format !== 'xlsx' && !options.out?.toLowerCase().endsWith('.xlsx') && !options.fixing) {
    return checkStreamed(files, options, validateOptions, streams, engine);
  }
  const locale = options.locale;
  const orgsInput = files.orgs === undefined ? undefined : await inputOf(files.orgs, streams, locale);
  const membersInput = files.members === files.orgs && orgsInput !== undefined ? orgsInput : await inputOf(files.members, streams, locale);
  const unitsInput = options.units === undefined ? undefined : await inputOf(options.units, streams, locale);
  if (!engine.checkDataset) return usageError(streams, options.locale === 'en' ? 'the dataset check is not available in this build' : '此版本没有数据集检查功能');
  const en = options.locale === 'en';
  const progress = createProgress(streams.stderr, en ? 'Reading' : '读取');
  progress.step(en ? 'Reading' : '正在读取');
  const read = await readDataset(
    { ...(orgsInput === undefined ? {} : { orgs: orgsInput }), members: membersInput, ...(unitsInput === undefined ? {} : { jointUnits: unitsInput }) },
    { locale: options.locale, onRow: (row, last) => progress.update(row, last) },
  );
  progress.done();
  if (!read.ok) {
    for (const issue of read.issues) if (issue.path[0] === 'file' && issue.severity === 'error') streams.stderr.write(`partyinfo: ${issue.message}\n`);
    return 2;
  }
  progress.step(en ? `Checking ${read.orgs.length} orgs, ${read.members.length} members` : `正在检查党组织 ${read.orgs.length} 个、党员 ${read.members.length} 名`);
  const result = engine.checkDataset(files.orgs === undefined ? { members: read.members } : { orgs: read.orgs, members: read.members }, validateOptions);
  const issues = withoutAbsentRequired([...read.issues, ...read.notes, ...(Array.isArray(result?.issues) ? result.issues : [])], read.sources);
  const report = buildReport({ issues, orgs: read.orgs, members: read.members, sources: read.sources, locale: options.locale });
  progress.done();
  return { read, issues, report, validateOptions, counts: { orgs: read.orgs.length, members: read.members.length }, summary: result?.summary };
}
