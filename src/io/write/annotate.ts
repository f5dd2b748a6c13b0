/**
 * Marking a workbook with a check's findings: offending cells filled by severity with a comment
 * holding the messages, and the 问题清单 (issue list) and 问题统计 (counts) sheets.
 * @module
 */
import type { Severity } from '../../result.js';
import type { Locale } from '../../rules/define.js';
import type { Report } from '../report/buildReport.js';
import { issueListHeader } from '../report/formats.js';
import { columnLetters, severityLabel } from '../report/labels.js';
import type { CellValue, StyleSpec } from '../xlsx/write/index.js';
import { cellEdit, replaceSheet, type ComposedWorkbook } from './composeWorkbook.js';
import { LIST_HEADER_STYLE, listSheet } from './listSheet.js';

/**
 * Fill colours by severity: Excel's own light red, yellow and blue.
 * @example
 * SEVERITY_FILLS.error // 'FFFFC7CE'
 */
export const SEVERITY_FILLS: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', review: 'FFDDEBF7' };

const RANK: Record<Severity, number> = { error: 0, warning: 1, review: 2 };

/**
 * The name of the issue list sheet (replaced when a marked workbook is checked again).
 * @example
 * ISSUE_SHEET.zh // '问题清单'
 */
export const ISSUE_SHEET = { zh: '问题清单', en: 'Issues' } as const;
/**
 * The name of the counts sheet.
 * @example
 * COUNT_SHEET.zh // '问题统计'
 */
export const COUNT_SHEET = { zh: '问题统计', en: 'Issue counts' } as const;

/**
 * A sheet-qualified cell reference as a link target (`'党员'!C3`).
 * @example
 * cellLocation("O'Brien", 3, 2) // "'O''Brien'!B3"
 */
export function cellLocation(sheet: string, row: number, column: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${columnLetters(column)}${row}`;
}

function fillOf(severity: Severity): string {
  return SEVERITY_FILLS[severity] ?? SEVERITY_FILLS.warning;
}

/**
 * Fills the cells the report points at and adds a comment with their messages, then adds the
 * 问题清单 and 问题统计 sheets (links in the list jump to the cell).
 */
export function annotateWorkbook(composed: ComposedWorkbook, report: Report, options: { locale?: Locale } = {}): void {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const marks = new Map<string, { sheet: string; row: number; column: number; severity: Severity; lines: string[] }>();
  const links: { ref: string; location: string }[] = [];
  const cellStyles = new Map<string, StyleSpec>();
  const rows: CellValue[][] = [];
  report.rows.forEach((r, i) => {
    const listRow = i + 2;
    rows.push([r.n, r.cell, r.record, r.org, r.field, r.rule, r.severityLabel, r.message]);
    cellStyles.set(`G${listRow}`, { fill: fillOf(r.severity) });
    const location = r.location;
    const sheet = location ? composed.sheetFor(location.file, location.sheet) : undefined;
    if (!location || sheet === undefined) return;
    const column = location.column ?? 1;
    const key = `${sheet}\u0000${location.row}\u0000${column}`;
    const mark = marks.get(key) ?? { sheet, row: location.row, column, severity: r.severity, lines: [] };
    if ((RANK[r.severity] ?? 3) < (RANK[mark.severity] ?? 3)) mark.severity = r.severity;
    mark.lines.push(`[${r.severityLabel}] ${r.message}`);
    marks.set(key, mark);
    links.push({ ref: `B${listRow}`, location: cellLocation(sheet, location.row, column) });
  });
  for (const mark of marks.values()) {
    const edit = cellEdit(composed, mark.sheet, mark.row, mark.column);
    edit.fill = fillOf(mark.severity);
    const text = mark.lines.join('\n');
    edit.comment = edit.comment ? `${edit.comment}\n${text}` : text;
  }
  const listName = locale === 'en' ? ISSUE_SHEET.en : ISSUE_SHEET.zh;
  const countName = locale === 'en' ? COUNT_SHEET.en : COUNT_SHEET.zh;
  replaceSheet(composed, listSheet(listName, issueListHeader(locale), rows, [6, 24, 16, 36, 20, 30, 10, 80], { links, cellStyles }));
  const counts: (CellValue | undefined)[][] = report.byRule.map((r) => [r.rule, severityLabel(r.severity, locale), r.count]);
  counts.push([]);
  const orgHeaderRow = counts.length + 2;
  counts.push(locale === 'en' ? ['organisation', 'errors', 'warnings', 'reviews', 'total'] : ['党组织', '错误', '需核实', '需上报审核', '合计']);
  for (const o of report.byOrg) counts.push([o.org, o.error, o.warning, o.review, o.total]);
  const header = locale === 'en' ? ['rule', 'severity', 'count'] : ['规则', '级别', '数量'];
  const sheet = listSheet(countName, header, counts, [36, 12, 12, 12, 10]);
  replaceSheet(composed, { ...sheet, rowStyles: new Map([[1, LIST_HEADER_STYLE], [orgHeaderRow, { bold: true }]]) });
}
