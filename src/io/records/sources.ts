import type { Issue, Path } from '../../result.js';

/**
 * A cell of a spreadsheet: sheet name (or CSV file name), 1-based row and column.
 * @category Spreadsheets
 */
export interface CellRef {
  /** The file the sheet is in (as given to the reader). */
  file?: string;
  sheet: string;
  row: number;
  column: number;
}

/**
 * Where a record came from: its sheet and row, and the column of each field. Issues found on the
 * record are mapped back to cells with {@link locateIssue}.
 * @category Spreadsheets
 */
export interface RecordSource {
  /** The file the record was read from (as given to the reader). */
  file?: string;
  sheet: string;
  /** 1-based spreadsheet row (for a CSV: the record's number as Excel shows it). */
  row: number;
  /** Field path key (`'idNumber'`, `'unit.code'`) → 1-based column on `row`; shared by a sheet's rows. */
  columns: ReadonlyMap<string, number>;
  /** Fields read from other rows or sheets (a joint branch's units), by field path key. */
  cells?: Record<string, CellRef>;
}

/**
 * The sources of a dataset as read: one per record, by the index the dataset check reports.
 * @category Spreadsheets
 */
export interface DatasetSources {
  orgs: RecordSource[];
  members: RecordSource[];
}

/**
 * Where an issue points: a cell, or a whole row when the field has no column.
 * @category Spreadsheets
 */
export interface IssueLocation {
  file?: string;
  sheet: string;
  row: number;
  column?: number;
}

/**
 * The cell an issue of the dataset check points at (`['members', 12, 'idNumber']` → the ID cell of
 * that member's row). A field without a column of its own gives the record's row; a path that names
 * no record gives `undefined`.
 * @example
 * locateIssue({ rule: 'id.checksum', severity: 'error', path: ['members', 0, 'idNumber'], message: '' }, { orgs: [], members: [{ sheet: '党员', row: 5, columns: new Map([['idNumber', 4]]) }] }) // { sheet: '党员', row: 5, column: 4 }
 * @category Spreadsheets
 */
export function locateIssue(issue: Issue, sources: DatasetSources): IssueLocation | undefined {
  return locatePath(Array.isArray(issue?.path) ? issue.path : [], sources);
}

/**
 * The cell a dataset path points at (see {@link locateIssue}).
 * @example
 * locatePath(['orgs', 0, 'name'], { orgs: [{ sheet: '党组织', row: 3, columns: new Map([['name', 2]]) }], members: [] }) // { sheet: '党组织', row: 3, column: 2 }
 * @category Spreadsheets
 */
export function locatePath(path: Path, sources: DatasetSources): IssueLocation | undefined {
  const [list, index] = path;
  const records = list === 'orgs' ? sources.orgs : list === 'members' ? sources.members : undefined;
  if (!records || typeof index !== 'number') return undefined;
  const source = records[index];
  if (!source) return undefined;
  const fieldPath = path.slice(2);
  for (let length = fieldPath.length; length > 0; length--) {
    const key = fieldPath.slice(0, length).join('.');
    const elsewhere = source.cells && Object.hasOwn(source.cells, key) ? source.cells[key] : undefined;
    if (elsewhere) return { ...elsewhere };
    const column = source.columns.get(key);
    if (column !== undefined) return { ...at(source), column };
  }
  return at(source);
}

function at(source: RecordSource): IssueLocation {
  return source.file === undefined ? { sheet: source.sheet, row: source.row } : { file: source.file, sheet: source.sheet, row: source.row };
}
