/**
 * Carrying out a fix plan: cell writes into the output workbook (or into a copy of a CSV's rows)
 * and the 修改记录 (change list) sheet.
 * @module
 */
import type { Locale } from '../../rules/define.js';
import type { CsvBook } from '../book/csvBook.js';
import { dateCellText } from '../cellValue.js';
import { cellEdit, replaceSheet, type ComposedWorkbook } from '../write/composeWorkbook.js';
import { cellLocation } from '../write/annotate.js';
import { listSheet } from '../write/listSheet.js';
import type { FixPlan } from './planFixes.js';

/** The name of the change list sheet. */
export const CHANGE_SHEET = { zh: '修改记录', en: 'Changes' } as const;

/** The header of the change list. */
export function changeListHeader(locale: Locale): string[] {
  return locale === 'en' ? ['#', 'cell', 'record', 'field', 'before', 'after'] : ['序号', '位置', '记录', '字段', '修改前', '修改后'];
}

/** The change list as rows of text. */
export function changeListRows(plan: FixPlan): string[][] {
  return plan.changes.map((c, i) => [String(i + 1), c.cell, c.record, c.field, c.before, c.after]);
}

/** Writes the planned values into the output workbook and adds the 修改记录 sheet. */
export function applyFixesToWorkbook(composed: ComposedWorkbook, plan: FixPlan, options: { locale?: Locale } = {}): void {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const targets = new Map<string, string>();
  for (const fix of plan.fixes) {
    const { file, sheet: input, row, column } = fix.location;
    const sheet = composed.sheetFor(file, input);
    if (sheet === undefined) continue;
    const edit = cellEdit(composed, sheet, row, column);
    edit.value = fix.value;
    if (fix.numFmt) edit.numFmt = fix.numFmt;
    targets.set(`${file ?? ''}\u0000${input}\u0000${row}\u0000${column}`, cellLocation(sheet, row, column));
  }
  const links: { ref: string; location: string }[] = [];
  plan.changes.forEach((change, i) => {
    const l = change.location;
    const target = l?.column === undefined ? undefined : targets.get(`${l.file ?? ''}\u0000${l.sheet}\u0000${l.row}\u0000${l.column}`);
    if (target) links.push({ ref: `B${i + 2}`, location: target });
  });
  const name = locale === 'en' ? CHANGE_SHEET.en : CHANGE_SHEET.zh;
  replaceSheet(composed, listSheet(name, changeListHeader(locale), changeListRows(plan), [6, 24, 16, 24, 30, 30], { links }));
}

/**
 * The rows of a CSV with the planned values written in (the loaded rows are not changed).
 * @example
 * fixedCsvRows(book, plan)[4][3] // the normalised ID number
 */
export function fixedCsvRows(book: CsvBook, plan: FixPlan): string[][] {
  const rows = book.rows.map((r) => [...r]);
  for (const fix of plan.fixes) {
    const { file, sheet, row, column } = fix.location;
    if ((file !== undefined && file !== book.file) || sheet !== book.sheet) continue;
    const fields = rows[row - 1];
    if (!fields) continue;
    while (fields.length < column) fields.push('');
    fields[column - 1] = fix.value instanceof Date ? (dateCellText(fix.value) ?? '') : fix.value;
  }
  return rows;
}
