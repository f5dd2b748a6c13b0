/**
 * `summarize`: the summary of a dataset alone.
 * @module
 */
import type { ValidateOptions } from '../options.js';
import { checkDataset, type DatasetInput } from './checkDataset.js';
import type { DatasetSummary } from './summary.js';

/**
 * The summary of a dataset (counts of orgs and members, issues by rule and severity, staffing): the
 * `summary` of {@link checkDataset}, which it runs — issue counts need the check. Never throws.
 * @example
 * summarize({ orgs: [], members: [] }, { today: '2017-07-24' }).members.total // 0
 * @category Dataset
 */
export function summarize(data: DatasetInput | unknown, options?: ValidateOptions): DatasetSummary {
  return checkDataset(data, options).summary;
}
