/**
 * `checkDataset`: the library's main job — a district's orgs and members in, precisely what is
 * wrong out.
 * @module
 */
import { resolveOptions, type ValidateOptions } from '../options.js';
import { arrayLength, isArray, readOwnOf, typeName } from '../_lib/safeRead.js';
import { DatasetRun, type DatasetReport } from './run.js';
import { datasetInputInvalid } from './rules.js';

/**
 * The input of {@link checkDataset}: org records and member records as plain objects (the form's items 1–26).
 * @category Dataset
 */
export interface DatasetInput {
  /** Absent for a member sheet alone: the rules that need the org tree are skipped (`dataset.orgs.absent`). */
  orgs?: readonly unknown[];
  members: readonly unknown[];
}

/**
 * Checks a whole dataset: every org record rule, every member record rule, the tree rules and the
 * dataset rules (members linked to branches by full name, duplicate ID numbers, empty, weak,
 * oversized and returnee branches, remote confirmations piling up). Issue paths start
 * `['orgs', i]` or `['members', i]`; issues come sorted by record, then field. Without `orgs` (a
 * member sheet alone) the member rules all run, the branch rules are skipped and one
 * `dataset.orgs.absent` warning says so. Never throws:
 * input that is not `{ orgs: [...], members: [...] }` gives a `dataset.input.invalid` error.
 * @param data - `{ orgs, members }`
 * @param options - `today` (reference date), `policy` (thresholds), `tables` (code tables), `locale`
 * @returns `{ ok, issues, summary }`; `ok` is false exactly when some issue is an error
 * @example
 * checkDataset({ orgs: [], members: [] }).ok // true
 * checkDataset({ orgs: 'x', members: [] }).issues[0].rule // 'dataset.input.invalid'
 * checkDataset({ members: [] }).issues[0].rule // 'dataset.orgs.absent'
 * checkDataset({ orgs: [], members: [{ name: '张三', branch: '中共某村支部委员会' }] }, { today: '2017-07-24' }).ok // false
 * @category Dataset
 */
export function checkDataset(data: DatasetInput | unknown, options?: ValidateOptions): DatasetReport {
  const members = readOwnOf(data, 'members');
  // Read once: the index is sized for it and the check runs over exactly that many records.
  const length = isArray(members) ? arrayLength(members) : undefined;
  const run = new DatasetRun(resolveOptions(options), length ?? 0);
  if (data === null || typeof data !== 'object' || isArray(data)) {
    run.report(datasetInputInvalid, [], { field: 'data', type: typeName(data) });
  }
  const orgs = readOwnOf(data, 'orgs');
  if (orgs === undefined && data !== null && typeof data === 'object' && !isArray(data)) run.skipOrgs();
  else run.addOrgs(orgs);
  if (isArray(members)) run.addMembers(members, length);
  else run.report(datasetInputInvalid, ['members'], { field: 'members', type: typeName(members) });
  return run.finish();
}
