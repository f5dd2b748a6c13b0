/**
 * One view of a sheet for the readers, whether it is an xlsx worksheet or a CSV held in memory:
 * rows by 1-based number, cell text for finding headers, cell input for reading records.
 * @module
 */
import { csvCellInput } from '../cellValue.js';
import type { ReadCell } from '../records/rowValues.js';

/** A sheet as the readers see it. */
export interface Grid {
  /** Sheet name (for a CSV: the file's base name). */
  name: string;
  /** Last row number that may hold data. */
  rowCount: number;
  /** Display text of each cell of a row (`''` for empty ones). */
  texts(row: number): string[];
  /** Text of the first filled cell of a row (`''` when none): enough to spot a footnote. */
  firstText(row: number): string;
  /** A reader of the row's cells as record input. */
  read(row: number): ReadCell;
}

/**
 * A grid over rows of CSV fields (`rows[0]` is row `firstRow`, 1 unless a stream is read in chunks).
 * @example
 * csvGrid('members', [['姓名'], ['张三']]).texts(2) // ['张三']
 */
export function csvGrid(name: string, rows: readonly (readonly string[])[], firstRow = 1): Grid {
  const at = (row: number): readonly string[] => rows[row - firstRow] ?? [];
  return {
    name,
    rowCount: rows.length + firstRow - 1,
    texts: (row) => [...at(row)],
    firstText: (row) => at(row).find((t) => t.trim() !== '') ?? '',
    read: (row) => {
      const fields = at(row);
      return (index, kind, problems) => csvCellInput(fields[index] ?? '', kind, problems);
    },
  };
}
