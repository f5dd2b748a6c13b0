/**
 * The report of a check as data: one row per issue (record, cell, field, rule, severity, message)
 * and counts per severity, per rule and per org — what every output format shows.
 * @module
 */
import { isArray, readOwnOf } from '../../_lib/safeRead.js';
import type { Issue, Severity } from '../../result.js';
import type { Locale } from '../../rules/define.js';
import { normalizeOrgName } from '../../org/names.js';
import { quoteValue } from '../../text/quoteValue.js';
import { locateIssue, type DatasetSources, type IssueLocation } from '../records/sources.js';
import { cellName, fieldLabel, recordLabel, severityLabel } from './labels.js';

/**
 * What a report is built from: the issues and the records they point at.
 * @category Spreadsheets
 */
export interface ReportInput {
  issues: readonly Issue[];
  orgs?: readonly unknown[];
  members?: readonly unknown[];
  /** Where each record came from; without it, reports have no cell column. */
  sources?: DatasetSources;
  locale?: Locale;
}

/**
 * One issue as a report line.
 * @category Spreadsheets
 */
export interface IssueRow {
  /** 1-based line number. */
  n: number;
  record: string;
  /** The org the issue belongs to (a member's branch), for counts per org. */
  org: string;
  location?: IssueLocation;
  /** `Sheet!D12`, or `''` when unknown. */
  cell: string;
  field: string;
  rule: string;
  severity: Severity;
  severityLabel: string;
  message: string;
  path: Issue['path'];
}

/**
 * Issues of one rule.
 * @category Spreadsheets
 */
export interface RuleCount {
  rule: string;
  severity: Severity;
  count: number;
}

/**
 * Issues of one org (its own and its members').
 * @category Spreadsheets
 */
export interface OrgCount {
  org: string;
  error: number;
  warning: number;
  review: number;
  total: number;
}

/**
 * Counts by severity.
 * @category Spreadsheets
 */
export interface SeverityCounts {
  error: number;
  warning: number;
  review: number;
  total: number;
}

/** Something the check could not look at, and why (a sheet without a column, members without orgs). */
export interface NotCheckedNote {
  rule: string;
  message: string;
}

/**
 * A check's report as data.
 * @category Spreadsheets
 */
export interface Report {
  /** True when no issue is an error. */
  ok: boolean;
  counts: SeverityCounts;
  byRule: RuleCount[];
  byOrg: OrgCount[];
  rows: IssueRow[];
  /** What was not checked (`io.layout.itemsAbsent`, `dataset.orgs.absent`): said once each, not counted as problems. */
  notChecked: NotCheckedNote[];
}

/**
 * Rules that say what a check could not look at rather than what is wrong with the data: a report
 * lists them apart, under "not checked".
 */
export const NOT_CHECKED_RULES: ReadonlySet<string> = new Set(['io.layout.itemsAbsent', 'dataset.orgs.absent']);

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, review: 2 };

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}


/**
 * Builds the report of a list of issues.
 * @example
 * buildReport({ issues: [{ rule: 'id.checksum', severity: 'error', path: ['members', 0, 'idNumber'], message: '校验码错误' }], members: [{ name: '张三', branch: '中共甲支部委员会' }] }).byOrg // [{ org: '中共甲支部委员会', error: 1, warning: 0, review: 0, total: 1 }]
 * @category Spreadsheets
 */
export function buildReport(input: ReportInput): Report {
  // Read as untyped: a missing or odd field is an empty list, never an exception.
  const locale: Locale = readOwnOf(input, 'locale') === 'en' ? 'en' : 'zh-CN';
  const listOf = (key: string): readonly unknown[] => {
    const list = readOwnOf(input, key);
    return isArray(list) ? list : [];
  };
  const orgs = listOf('orgs');
  const members = listOf('members');
  const issueList = listOf('issues') as readonly Issue[];
  const sources = readOwnOf(input, 'sources') as DatasetSources | undefined;
  const unknownOrg = locale === 'en' ? '(no branch)' : '（未填所在党支部）';
  const fileOrg = locale === 'en' ? '(files)' : '（文件）';
  const orgOf = (issue: Issue): string => {
    const [list, index] = issue.path;
    if (typeof index !== 'number') return fileOrg;
    const raw = text(list === 'orgs' ? readOwnOf(orgs[index], 'name') : list === 'members' ? readOwnOf(members[index], 'branch') : '').trim();
    if (raw === '') return unknownOrg;
    return quoteValue(normalizeOrgName(raw.slice(0, 200)));
  };
  const counts: SeverityCounts = { error: 0, warning: 0, review: 0, total: 0 };
  const byRule = new Map<string, RuleCount>();
  const byOrg = new Map<string, OrgCount>();
  const rows: IssueRow[] = [];
  const notChecked: NotCheckedNote[] = [];
  for (const issue of issueList) {
    if (NOT_CHECKED_RULES.has(issue.rule)) {
      notChecked.push({ rule: issue.rule, message: issue.message });
      continue;
    }
    const severity = issue.severity;
    if (Object.hasOwn(counts, severity)) counts[severity]++;
    counts.total++;
    const rule = byRule.get(issue.rule) ?? { rule: issue.rule, severity, count: 0 };
    rule.count++;
    byRule.set(issue.rule, rule);
    const org = orgOf(issue);
    const orgCount = byOrg.get(org) ?? { org, error: 0, warning: 0, review: 0, total: 0 };
    if (Object.hasOwn(SEVERITY_ORDER, severity)) orgCount[severity]++;
    orgCount.total++;
    byOrg.set(org, orgCount);
    const location = sources ? locateIssue(issue, sources) : undefined;
    rows.push({
      n: rows.length + 1,
      record: recordLabel(issue.path, orgs, members, locale),
      org,
      ...(location ? { location } : {}),
      cell: quoteValue(cellName(location)),
      field: quoteValue(fieldLabel(issue.path, locale)),
      rule: issue.rule,
      severity,
      severityLabel: severityLabel(severity, locale),
      message: quoteValue(text(issue.message)),
      path: issue.path,
    });
  }
  const ruleList = [...byRule.values()].sort(
    (a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3) || b.count - a.count || a.rule.localeCompare(b.rule),
  );
  const orgList = [...byOrg.values()].sort((a, b) => b.error - a.error || b.total - a.total || a.org.localeCompare(b.org, 'zh'));
  return { ok: counts.error === 0, counts, byRule: ruleList, byOrg: orgList, rows, notChecked };
}
