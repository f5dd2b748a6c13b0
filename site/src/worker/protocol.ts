/**
 * The messages between the page and its check worker. Files go in as bytes; what comes back holds
 * only the report (issues name records by name and row, ID numbers masked) and the output files.
 * @module
 */
import type { Report } from '../../../src/io/report/buildReport.js';

export type Locale = 'zh-CN' | 'en';

/** A file the user chose or dropped. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** Page → worker: check these files. */
export interface CheckRequest {
  type: 'check';
  /** Echoed in every answer, so that the page can drop answers to a check it no longer wants. */
  id: number;
  files: InputFile[];
  locale: Locale;
  /** Reference date (`YYYY-MM-DD`), default today. */
  today?: string;
}

/** The steps of a check, in order, for the progress bar. */
export type Phase = 'open' | 'read' | 'check' | 'report';

/** Worker → page: how far the check is (`done` of `total` within the phase). */
export interface ProgressMessage {
  type: 'progress';
  id: number;
  phase: Phase;
  done: number;
  total: number;
}

/** What each input file was taken for. */
export interface FileRole {
  name: string;
  /** 'orgs', 'members', 'jointUnits', 'tables', or 'none' when nothing in it was recognised. */
  roles: string[];
  /** For a CSV: its text encoding. */
  encoding?: string;
}

/** Worker → page: the finished check. */
export interface CheckResult {
  type: 'result';
  id: number;
  counts: { orgs: number; members: number; error: number; warning: number; review: number };
  report: Report;
  files: FileRole[];
  /** Rule id → its short description in the check's locale. */
  ruleTitles: Record<string, string>;
  /** The CLI's HTML report of the same check. */
  reportHtml: string;
  locale: Locale;
  /** Milliseconds per phase, for the page's own timing line. */
  timings: Partial<Record<Phase, number>>;
}

/** Worker → page, after the result: the marked workbook (`fix` output: fills, comments, 问题清单, 修改记录). */
export interface WorkbookMessage {
  type: 'workbook';
  id: number;
  bytes: Uint8Array;
  /** Cells the fix changed. */
  changes: number;
  /** Milliseconds spent writing it. */
  ms: number;
}

/** Worker → page: the check could not run at all. */
export interface FailureMessage {
  type: 'failure';
  id: number;
  message: string;
}

export type WorkerMessage = ProgressMessage | CheckResult | WorkbookMessage | FailureMessage;
