/**
 * A normalised value written back the way its cell held it before: a `code name` dropdown cell
 * stays `code name`, a name stays a name, a date cell stays a date — so the fixed copy keeps the
 * layout of the 2017 template and still passes its dropdown checks.
 * @module
 */
import { readYmd } from '../../dates/calendar.js';
import { unitSituationLabel } from '../../org/situation.js';

/** Which code table a field's codes come from. */
export const CODE_FIELD_TABLES: Readonly<Record<string, string>> = {
  ethnicity: 'ethnicity',
  education: 'education',
  workPost: 'workPost',
  category: 'orgCategory',
  'unit.category': 'unitCategory',
  'unit.partySetup': 'unitPartySetup',
};

const DATE_FIELDS: ReadonlySet<string> = new Set(['birthDate', 'joinDate', 'fullDate', 'lostContactDate', 'confirmedDate']);
const FLAG_FIELDS: ReadonlySet<string> = new Set(['lostContact', 'floating']);
const IDENTIFIER_FIELDS: ReadonlySet<string> = new Set(['idNumber', 'mobile', 'landline', 'contactPhone', 'unit.code']);

/** What a fixed cell gets: a value and, for text that must stay text, the `@` format. */
export interface CellWrite {
  value: string | Date;
  numFmt?: string;
}

/** `01 汉族`, `631 党支部`: a code, a space, a name. */
const CODE_AND_NAME = /^\s*[0-9A-Za-z]{1,6}\s+\S/;

function originalText(original: unknown): string {
  if (typeof original === 'string') return original;
  if (typeof original === 'number') return String(original);
  return '';
}

/**
 * The cell value for a normalised field value, in the style of the original cell; `undefined`
 * when there is nothing sensible to write (the value is unknown, or a role that has no column).
 * @example
 * styledCellValue('ethnicity', '01', '1 汉族', () => '汉族') // { value: '01 汉族' }
 * styledCellValue('ethnicity', '01', '汉', () => '汉族') // { value: '汉族' }
 * styledCellValue('lostContact', false, 'N') // { value: '否' }
 * styledCellValue('idNumber', '33021219800101123X', 330212198001011200) // { value: '33021219800101123X', numFmt: '@' }
 */
export function styledCellValue(
  field: string,
  value: unknown,
  original: unknown,
  codeName?: (table: string, code: string) => string | undefined,
): CellWrite | undefined {
  if (value === undefined || value === null) return undefined;
  if (FLAG_FIELDS.has(field) && typeof value === 'boolean') return { value: value ? '是' : '否' };
  if (field === 'unitSituation' && (value === 'same-as-parent' || value === 'legal-entity' || value === 'joint')) {
    return { value: unitSituationLabel(value) };
  }
  if (field === 'secretary' && typeof value === 'object') {
    const { name, role } = value as { name?: unknown; role?: unknown };
    return role === 'secretary' && typeof name === 'string' ? { value: name } : undefined;
  }
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value);
  if (DATE_FIELDS.has(field)) {
    const ymd = readYmd(text);
    if (original instanceof Date && ymd) return { value: new Date(Date.UTC(ymd.year, ymd.month - 1, ymd.day)) };
    return { value: text };
  }
  if (Object.hasOwn(CODE_FIELD_TABLES, field)) {
    const name = codeName?.(CODE_FIELD_TABLES[field]!, text);
    const before = originalText(original);
    if (name && CODE_AND_NAME.test(before)) return { value: `${text} ${name}` };
    if (name && before !== '' && !/^\s*[0-9A-Za-z]+\s*$/.test(before)) return { value: name };
    return { value: text, numFmt: '@' };
  }
  if (IDENTIFIER_FIELDS.has(field)) return { value: text, numFmt: '@' };
  return { value: text };
}
