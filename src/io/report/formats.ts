/**
 * A report as text for a terminal, as JSON, and as a CSV issue list (问题清单).
 * @module
 */
import type { Locale } from '../../rules/define.js';
import type { Report } from './buildReport.js';
import { quoteValue } from '../../text/quoteValue.js';
import { severityLabel } from './labels.js';

/** Display width in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    width += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000 ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.min(40, Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? '')))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * Options of {@link formatReportText}.
 * @category Spreadsheets
 */
export interface TextReportOptions {
  locale?: Locale;
  /** At most this many issue lines (default: all). */
  maxRows?: number;
}

/**
 * The report for a terminal: counts, then issues per rule, then per org, then each issue.
 * @example
 * formatReportText(buildReport({ issues: [] })) // '没有发现问题。'
 * @category Spreadsheets
 */
export function formatReportText(report: Report, options: TextReportOptions = {}): string {
  const en = options.locale === 'en';
  const locale: Locale = en ? 'en' : 'zh-CN';
  const notes = report.notChecked.length === 0 ? '' : `\n\n${en ? 'Not checked:' : '未检查：'}\n${report.notChecked.map((n) => `- ${n.message}`).join('\n')}`;
  if (report.counts.total === 0) return (en ? 'No problems found.' : '没有发现问题。') + notes;
  const { error, warning, review, total } = report.counts;
  const parts: string[] = [
    en
      ? `${total} problems: ${error} errors, ${warning} warnings, ${review} to report for review.`
      : `共发现 ${total} 个问题：错误 ${error} 个，需核实 ${warning} 个，需上报审核 ${review} 个。`,
    '',
    table(
      en ? ['rule', 'severity', 'count'] : ['规则', '级别', '数量'],
      report.byRule.map((r) => [r.rule, severityLabel(r.severity, locale), String(r.count)]),
    ),
    '',
    table(
      en ? ['organisation', 'errors', 'warnings', 'reviews'] : ['党组织', '错误', '需核实', '需上报审核'],
      report.byOrg.map((o) => [o.org, String(o.error), String(o.warning), String(o.review)]),
    ),
    '',
  ];
  const limit = options.maxRows ?? report.rows.length;
  parts.push(
    table(
      en ? ['#', 'cell', 'record', 'field', 'severity', 'rule', 'message'] : ['序号', '位置', '记录', '字段', '级别', '规则', '说明'],
      report.rows.slice(0, limit).map((r) => [String(r.n), r.cell, r.record, r.field, r.severityLabel, r.rule, r.message]),
    ),
  );
  if (limit < report.rows.length) parts.push(en ? `… and ${report.rows.length - limit} more` : `……另有 ${report.rows.length - limit} 条`);
  return parts.join('\n') + notes;
}

/**
 * The report as JSON: counts, per rule, per org, and every issue with its cell.
 * @example
 * JSON.parse(formatReportJson(buildReport({ issues: [] }))).ok // true
 * @category Spreadsheets
 */
export function formatReportJson(report: Report, extra: Record<string, unknown> = {}): string {
  const issues = report.rows.map((r) => ({
    rule: r.rule,
    severity: r.severity,
    path: r.path,
    message: r.message,
    record: r.record,
    org: r.org,
    field: r.field,
    ...(r.location ? { location: { ...r.location, cell: r.cell } } : {}),
  }));
  // Every text is quoted (the summary in `extra` holds org and unit names too).
  const quoted = (_key: string, value: unknown): unknown => (typeof value === 'string' ? quoteValue(value) : value);
  return JSON.stringify({ ...extra, ok: report.ok, counts: report.counts, byRule: report.byRule, byOrg: report.byOrg, issues, notChecked: report.notChecked }, quoted, 2);
}

/** A cell a spreadsheet reads as a plain number (`-5`, `+1.5`, `2e3`), which runs nothing. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * One CSV field, quoted when it needs to be. Text that a spreadsheet could run as a formula —
 * starting with `=`, `+`, `-`, `@`, a tab or a carriage return, and not a plain number — gets a
 * leading `'` so that opening the file runs nothing.
 * @example
 * csvField('a,b') // '"a,b"'
 * csvField('=1+1') // "'=1+1"
 * csvField("-1+cmd|' /C calc'!A0") // "'-1+cmd|' /C calc'!A0"
 * csvField('-5') // '-5'
 */
export function csvField(value: string, guardFormulas = true, delimiter = ','): string {
  const safe = guardFormulas && /^[=+\-@\t\r]/.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(delimiter) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV text with CRLF line ends, as Excel writes it; every output guards formulas (`guardFormulas: false` only for tests and tools that need the raw text). */
export function csvText(rows: readonly (readonly string[])[], delimiter = ',', guardFormulas = true): string {
  return rows.map((r) => r.map((f) => csvField(f, guardFormulas, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}

/** The header of the issue list (问题清单), as on the xlsx sheet. */
export function issueListHeader(locale: Locale): string[] {
  return locale === 'en'
    ? ['#', 'cell', 'record', 'organisation', 'field', 'rule', 'severity', 'message']
    : ['序号', '位置', '记录', '所属党组织', '字段', '规则', '级别', '说明'];
}

/** The issue list as rows of text. */
export function issueListRows(report: Report): string[][] {
  return report.rows.map((r) => [String(r.n), r.cell, r.record, r.org, r.field, r.rule, r.severityLabel, r.message]);
}

/**
 * The issue list (问题清单) as CSV text.
 * @example
 * formatReportCsv(buildReport({ issues: [] })).split('\r\n')[0] // '序号,位置,记录,所属党组织,字段,规则,级别,说明'
 * @category Spreadsheets
 */
export function formatReportCsv(report: Report, options: { locale?: Locale } = {}): string {
  return csvText([issueListHeader(options.locale === 'en' ? 'en' : 'zh-CN'), ...issueListRows(report)]);
}
