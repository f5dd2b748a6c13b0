/**
 * What a command needs from the world, passed in so tests run commands in-process: output
 * streams and the check engine (the library's own, or a stand-in).
 * @module
 */
import type { ValidateOptions } from '../options.js';
import type { Issue } from '../result.js';
import type { CodeTable, CodeTableOverrides } from '../codes/types.js';
import type { RecordNormalizer } from '../io/fix/planFixes.js';

/** A stream to write text to. */
export interface TextOut {
  write(text: string): unknown;
  /** True for a terminal (progress bars are drawn only there). */
  isTTY?: boolean;
}

/** Output streams of a run, and standard input for a file given as `-`. */
export interface CliStreams {
  stdout: TextOut;
  stderr: TextOut;
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** The dataset check as the CLI calls it. */
export type CheckDatasetFn = (
  data: { orgs?: unknown[]; members: unknown[] },
  options: ValidateOptions,
) => { ok: boolean; issues: Issue[]; summary?: unknown };

/** The dataset check with members arriving in chunks (flat memory for big CSV files). */
export type CheckDatasetStreamFn = (
  data: { orgs?: unknown[]; members: AsyncIterable<{ records: readonly unknown[] }> },
  options: ValidateOptions,
) => Promise<{ ok: boolean; issues: Issue[]; summary?: unknown }>;

/** The sample district as the CLI writes it. */
export type SampleFn = (options: { seed?: number; orgs?: number; members?: number }) => {
  orgs: unknown[];
  members: unknown[];
};

/** Everything the commands take from the library; each part may be missing while it is being built. */
export interface Engine {
  checkDataset?: CheckDatasetFn;
  checkDatasetStream?: CheckDatasetStreamFn;
  normalizer?: (options: ValidateOptions) => RecordNormalizer;
  codeTables?: () => Readonly<Record<string, CodeTable>>;
  sample?: SampleFn;
  /** The reference date of the sample district (its planted problems depend on it). */
  sampleToday?: string;
  /** The code tables the sample district is checked with (its confirmed unit codes). */
  sampleTables?: () => CodeTableOverrides;
}
