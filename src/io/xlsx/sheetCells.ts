/**
 * A worksheet as the reader holds it: rows of cell values and style indexes, merged areas pointing
 * at their top-left cell. Numbers stay numbers until read (a date is a number with a date format).
 * @module
 */

/** The cells of a merged area other than its top-left one: they read that cell's value. */
export class MergedCell {
  constructor(
    readonly row: number,
    readonly column: number,
  ) {}
}

/** A formula error (`#N/A`, `#DIV/0!` …), in the shape `cellInput` reads. */
export interface CellError {
  error: string;
}

/** What a cell holds: text, a number, a flag, an error, a date (`t="d"`), or a merged cell. */
export type StoredValue = string | number | boolean | Date | CellError | MergedCell | undefined;

/** A row: values and style indexes by column index (0-based); holes are empty cells. */
export interface SheetRow {
  values: StoredValue[];
  styles: number[];
}

/** A read worksheet. */
export interface SheetCells {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** Rows by index (row number − 1). */
  rows: (SheetRow | undefined)[];
  /** The last row number the sheet has (rows, cells or merged areas). */
  rowCount: number;
  /** Merged areas as written (`A1:S1`). */
  merges: string[];
}

/**
 * The row at a 1-based number, created when missing.
 * @example
 * rowAt([], 3).values // []
 */
export function rowAt(rows: (SheetRow | undefined)[], row: number): SheetRow {
  let found = rows[row - 1];
  if (!found) {
    found = { values: [], styles: [] };
    rows[row - 1] = found;
  }
  return found;
}
