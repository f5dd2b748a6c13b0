/**
 * Marking a workbook with a check's findings: offending cells filled by severity with a comment
 * holding the messages, and the 问题清单 (issue list) and 问题统计 (counts) sheets.
 * @module
 */
import type ExcelJS from 'exceljs';
import type { Severity } from '../../result.js';
import type { Locale } from '../../rules/define.js';
import type { Report } from '../report/buildReport.js';
import { issueListHeader } from '../report/formats.js';
import { columnLetters, severityLabel } from '../report/labels.js';
import type { ComposedWorkbook } from './composeWorkbook.js';

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

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Removes a sheet by name if the workbook has it (a previous run's list). */
export function dropSheet(workbook: ExcelJS.Workbook, name: string): void {
  const sheet = workbook.getWorksheet(name);
  if (sheet) workbook.removeWorksheet(sheet.id);
}

function addNote(cell: ExcelJS.Cell, text: string): void {
  const existing = cell.note;
  if (typeof existing === 'string' && existing !== '') cell.note = `${existing}\n${text}`;
  else if (existing && typeof existing === 'object' && Array.isArray(existing.texts)) {
    cell.note = { ...existing, texts: [...existing.texts, { text: `\n${text}` }] };
  } else cell.note = text;
}

/** Writes a header row in bold on grey, frozen, with a filter. */
export function styleHeader(sheet: ExcelJS.Worksheet, widths: number[]): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
  });
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: widths.length } };
}

/**
 * Fills the cells the report points at and adds a comment with their messages, then adds the
 * 问题清单 and 问题统计 sheets (links in the list jump to the cell).
 */
export function annotateWorkbook(composed: ComposedWorkbook, report: Report, options: { locale?: Locale } = {}): void {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const { workbook } = composed;
  const marks = new Map<ExcelJS.Cell, { severity: Severity; lines: string[] }>();
  const cellNames: string[] = [];
  for (const row of report.rows) {
    const location = row.location;
    const sheet = location ? composed.sheetFor(location.file, location.sheet) : undefined;
    if (!location || !sheet) {
      cellNames.push('');
      continue;
    }
    const column = location.column ?? 1;
    const at = sheet.getCell(location.row, column);
    const cell = at.isMerged ? at.master : at;
    const mark = marks.get(cell) ?? { severity: row.severity, lines: [] };
    if ((RANK[row.severity] ?? 3) < (RANK[mark.severity] ?? 3)) mark.severity = row.severity;
    mark.lines.push(`[${row.severityLabel}] ${row.message}`);
    marks.set(cell, mark);
    cellNames.push(`${quoteSheet(sheet.name)}!${columnLetters(column)}${location.row}`);
  }
  for (const [cell, mark] of marks) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILLS[mark.severity] ?? SEVERITY_FILLS.warning } };
    addNote(cell, mark.lines.join('\n'));
  }
  const listName = locale === 'en' ? ISSUE_SHEET.en : ISSUE_SHEET.zh;
  const countName = locale === 'en' ? COUNT_SHEET.en : COUNT_SHEET.zh;
  dropSheet(workbook, listName);
  dropSheet(workbook, countName);
  const list = workbook.addWorksheet(listName);
  list.addRow(issueListHeader(locale));
  report.rows.forEach((r, i) => {
    const row = list.addRow([r.n, r.cell, r.record, r.org, r.field, r.rule, r.severityLabel, r.message]);
    const target = cellNames[i];
    if (target) row.getCell(2).value = { text: r.cell, hyperlink: `#${target}` };
    row.getCell(7).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILLS[r.severity] ?? SEVERITY_FILLS.warning } };
  });
  styleHeader(list, [6, 24, 16, 36, 20, 30, 10, 80]);
  const counts = workbook.addWorksheet(countName);
  counts.addRow(locale === 'en' ? ['rule', 'severity', 'count'] : ['规则', '级别', '数量']);
  for (const r of report.byRule) counts.addRow([r.rule, severityLabel(r.severity, locale), r.count]);
  counts.addRow([]);
  counts.addRow(locale === 'en' ? ['organisation', 'errors', 'warnings', 'reviews', 'total'] : ['党组织', '错误', '需核实', '需上报审核', '合计']).font = { bold: true };
  for (const o of report.byOrg) counts.addRow([o.org, o.error, o.warning, o.review, o.total]);
  styleHeader(counts, [36, 12, 12, 12, 10]);
}
