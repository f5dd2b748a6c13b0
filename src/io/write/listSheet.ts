/**
 * A list sheet of the outputs (问题清单, 问题统计, 修改记录): a bold header row on grey, kept in view,
 * with a filter, and columns of given widths.
 * @module
 */
import { columnName, type CellValue, type NewSheet, type StyleSpec } from '../xlsx/write/index.js';

/** The header style of the list sheets. */
export const LIST_HEADER_STYLE: StyleSpec = { bold: true, fill: 'FFEFEFEF' };

/**
 * A list sheet: the header, the rows, the column widths; `more` adds links, cell styles and the like.
 * @example
 * listSheet('修改记录', ['序号', '位置'], [[1, '党员!D5']], [6, 24]).frozenRows // 1
 */
export function listSheet(name: string, header: readonly string[], rows: readonly (readonly (CellValue | undefined)[])[], widths: readonly number[], more: Partial<NewSheet> = {}): NewSheet {
  return {
    name,
    rows: [header, ...rows],
    widths,
    rowStyles: new Map([[1, LIST_HEADER_STYLE]]),
    frozenRows: 1,
    autoFilter: `A1:${columnName(widths.length)}1`,
    ...more,
  };
}
