/**
 * Record values as spreadsheet cells, for writing records out (the sample district, exports):
 * codes the table knows as `code name` (what the template's dropdowns hold), booleans as 是/否,
 * dates and identifiers as text, anything odd as it is — so that reading the file back gives
 * the same check.
 * @module
 */
import { readOwnOf } from '../../_lib/safeRead.js';
import { unitSituationLabel } from '../../org/situation.js';

/** Name of a leaf code in a table, or `undefined` (then the code is written alone). */
export type CodeNamer = (table: string, code: string) => string | undefined;

const SECRETARY_ROLES = { secretary: 'secretary', deputySecretary: 'deputy', firstSecretary: 'first' } as const;

/** A value as a cell: string, number, boolean-as-是/否, or `undefined` for an empty cell. */
export function cellOf(value: unknown, codeTable?: string, codeName?: CodeNamer): string | number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  if (codeTable && codeName) {
    const name = codeName(codeTable, value);
    if (name) return `${value} ${name}`;
  }
  return value;
}

/**
 * The cell of a secretary column: the name when the record's secretary holds that role (a plain
 * string is the secretary), or the record's own `deputySecretary` / `firstSecretary` field.
 * @example
 * secretaryCell({ secretary: { name: '李四', role: 'deputy' } }, 'deputySecretary') // '李四'
 */
export function secretaryCell(record: unknown, column: keyof typeof SECRETARY_ROLES): string | number | undefined {
  const secretary = readOwnOf(record, 'secretary');
  const role = SECRETARY_ROLES[column];
  if (secretary !== null && typeof secretary === 'object' && !Array.isArray(secretary)) {
    const holder = readOwnOf(secretary, 'role') ?? 'secretary';
    if (holder === role) return cellOf(readOwnOf(secretary, 'name'));
    return column === 'secretary' ? undefined : cellOf(readOwnOf(record, column));
  }
  return column === 'secretary' ? cellOf(secretary) : cellOf(readOwnOf(record, column));
}

/** The cell of 党组织所在单位情况: the form's label for the API ids, other values as they are. */
export function situationCell(value: unknown): string | number | undefined {
  return value === 'same-as-parent' || value === 'legal-entity' || value === 'joint' ? unitSituationLabel(value) : cellOf(value);
}

const CONFIRMATION_LABELS: Record<string, string> = { signed: '本人签字', phone: '电话确认', wechat: '微信确认', other: '远程确认', remote: '远程确认' };

/** The cells of the confirmation columns (确认方式, 核对人员, 核对时间, 核对情况) of a member. */
export function confirmationCells(record: unknown): (string | number | undefined)[] {
  const c = readOwnOf(record, 'confirmation');
  const flat = [readOwnOf(record, 'confirmedBy'), readOwnOf(record, 'confirmedDate'), readOwnOf(record, 'confirmedWhat')].map((v) => cellOf(v));
  if (c === null || typeof c !== 'object' || Array.isArray(c)) return [cellOf(c), ...flat];
  const kind = readOwnOf(c, 'kind');
  const via = readOwnOf(c, 'via');
  const key = kind === 'remote' && typeof via === 'string' ? via : typeof kind === 'string' ? kind : '';
  const label = Object.hasOwn(CONFIRMATION_LABELS, key) ? CONFIRMATION_LABELS[key] : cellOf(kind);
  return [label, cellOf(readOwnOf(c, 'by')) ?? flat[0], cellOf(readOwnOf(c, 'date')) ?? flat[1], cellOf(readOwnOf(c, 'what')) ?? flat[2]];
}

