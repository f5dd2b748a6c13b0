/**
 * What checking two files gives, whichever way they were read (whole, or the member CSV streamed):
 * the shape `checkFiles` and `checkStreamed` both return and `check` and `fix` consume.
 * @module
 */
import type { ValidateOptions } from '../../options.js';
import type { Issue } from '../../result.js';
import type { Report } from '../../io/report/buildReport.js';
import type { DatasetRead } from '../../io/readDataset.js';

/** A finished check of two files. */
export interface CheckRun {
  read: DatasetRead;
  issues: Issue[];
  report: Report;
  validateOptions: ValidateOptions;
  /** How many records were checked (a streamed run keeps only the members its issues name). */
  counts: { orgs: number; members: number };
  /** The dataset check's own summary (counts of orgs, members, branches …), when it gives one. */
  summary?: unknown;
}
