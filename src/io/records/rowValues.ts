import type { Issue } from '../../result.js';
import { createIssue, type Locale } from '../../rules/define.js';
import type { CellKind } from '../headers/aliases.js';
import { MEMBER_FIELD_KINDS, ORG_FIELD_KINDS } from '../headers/aliases.js';
import type { CellProblem } from '../cellValue.js';
import type { SheetLayout } from '../layout.js';
import { ioCellErrorRule, ioNumberPrecisionRule } from '../rules.js';

/** A mapped column of a sheet, ready for reading rows. */
export interface ColumnReader {
  /** 0-based column index. */
  index: number;
  field: string;
  kind: CellKind;
  header: string;
}

/** Reads one cell of the current row as input for a column of the given kind. */
export type ReadCell = (index: number, kind: CellKind, problems: CellProblem[]) => unknown;

/**
 * The mapped columns of a layout, and the field → 1-based column map its record sources share.
 * @example
 * compileLayout({ kind: 'member', headerRows: [1], headers: ['序号', '姓名'], fields: [undefined, 'name'], duplicates: [], firstDataRow: 2 }).columns.get('name') // 2
 */
export function compileLayout(layout: SheetLayout): { readers: ColumnReader[]; columns: Map<string, number> } {
  const kinds: Record<string, CellKind> = layout.kind === 'org' ? ORG_FIELD_KINDS : MEMBER_FIELD_KINDS;
  const readers: ColumnReader[] = [];
  const columns = new Map<string, number>();
  layout.fields.forEach((field, index) => {
    if (field === undefined) return;
    readers.push({ index, field, kind: Object.hasOwn(kinds, field) ? kinds[field]! : 'text', header: layout.headers[index] ?? field });
    columns.set(field, index + 1);
  });
  return { readers, columns };
}

/**
 * The values of one row by field (only filled cells), or `undefined` when every mapped cell is
 * empty (a blank or pre-numbered row). Cell problems become issues under
 * `[list, index, ...field]` (or `[...field]` without a list); nothing is allocated for a clean row
 * beyond its values.
 */
export function readRowValues(
  read: ReadCell,
  readers: readonly ColumnReader[],
  list: string | undefined,
  index: number,
  issues: Issue[],
  locale: Locale,
): Record<string, unknown> | undefined {
  let values: Record<string, unknown> | undefined;
  // Problems are turned into issues before the next cell is read.
  const problems: CellProblem[] = [];
  for (let i = 0; i < readers.length; i++) {
    const reader = readers[i]!;
    const value = read(reader.index, reader.kind, problems);
    if (problems.length > 0) {
      for (const problem of problems) {
        const field = reader.field.split('.');
        const fieldPath = list === undefined ? field : [list, index, ...field];
        issues.push(
          problem.kind === 'error'
            ? createIssue(ioCellErrorRule, fieldPath, { column: reader.header, error: problem.error }, { locale })
            : createIssue(ioNumberPrecisionRule, fieldPath, { column: reader.header }, { locale }),
        );
      }
      problems.length = 0;
    }
    if (value === undefined || (typeof value === 'string' && isBlankText(value))) continue;
    (values ??= {})[reader.field] = value;
  }
  return values;
}

/** True for text of white space only, without allocating a trimmed copy. */
function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0x3000 && c !== 0xa0) return false;
  }
  return true;
}
