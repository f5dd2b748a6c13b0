/**
 * Names people read in reports: severities, fields by the form's item names, records by name and
 * row, cells in A1 notation.
 * @module
 */
import { readOwnOf } from '../../_lib/safeRead.js';
import type { Path, Severity } from '../../result.js';
import { quoteValue } from '../../text/quoteValue.js';
import type { Locale } from '../../rules/define.js';
import { MEMBER_HEADER_ALIASES, ORG_HEADER_ALIASES } from '../headers/aliases.js';
import type { IssueLocation } from '../records/sources.js';
import { columnName } from '../xlsx/write/cellRef.js';

const SEVERITY_LABELS: Record<Severity, { zh: string; en: string }> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '需核实', en: 'warning' },
  review: { zh: '需上报审核', en: 'review' },
};

/**
 * @example
 * severityLabel('review', 'zh-CN') // '需上报审核'
 */
export function severityLabel(severity: Severity, locale: Locale): string {
  const label = Object.hasOwn(SEVERITY_LABELS, severity) ? SEVERITY_LABELS[severity] : undefined;
  return label ? (locale === 'en' ? label.en : label.zh) : String(severity);
}

const EXTRA_LABELS: Record<string, { zh: string; en: string }> = {
  parentId: { zh: '上级党组织', en: 'parent org' },
  id: { zh: '组织编号', en: 'org id' },
  unit: { zh: '所在单位', en: 'unit' },
  units: { zh: '所在单位', en: 'units' },
  confirmation: { zh: '本人确认情况', en: 'confirmation' },
  file: { zh: '文件', en: 'file' },
};

function itemName(field: string, kind: 'orgs' | 'members'): string | undefined {
  const aliases: Record<string, readonly string[]> = kind === 'orgs' ? ORG_HEADER_ALIASES : MEMBER_HEADER_ALIASES;
  return Object.hasOwn(aliases, field) ? aliases[field]![0] : undefined;
}

/**
 * The field an issue path names, as the form calls it (`['members', 3, 'idNumber']` → 公民身份证号).
 * @example
 * fieldLabel(['orgs', 0, 'units', 1, 'code'], 'zh-CN') // '单位2·党组织所在单位代码'
 * fieldLabel(['members', 3, 'joinDate'], 'en') // 'joinDate'
 */
export function fieldLabel(path: Path, locale: Locale): string {
  const [list, , ...rest] = path;
  const kind = list === 'orgs' ? 'orgs' : 'members';
  if (list === 'file' || list === 'jointUnits') return EXTRA_LABELS.file![locale === 'en' ? 'en' : 'zh'];
  if (rest.length === 0) return '';
  if (locale === 'en') return rest.join('.');
  if (rest[0] === 'units' && typeof rest[1] === 'number') {
    const field = rest[2] === undefined ? undefined : itemName(`unit.${String(rest[2])}`, 'orgs');
    return field ? `单位${rest[1] + 1}·${field}` : `单位${rest[1] + 1}`;
  }
  const joined = rest.map(String).join('.');
  const first = String(rest[0]);
  return itemName(joined, kind) ?? itemName(first, kind) ?? (Object.hasOwn(EXTRA_LABELS, first) ? EXTRA_LABELS[first]!.zh : joined);
}

/** A column number as spreadsheet letters (`columnLetters(28)` is `'AB'`): the writer's {@link columnName}. */
export { columnName as columnLetters };

/**
 * A location as people write it: `党员!D12`, or `党员!12` for a whole row.
 * @example
 * cellName({ sheet: '党员基本信息汇总表', row: 12, column: 4 }) // '党员基本信息汇总表!D12'
 */
export function cellName(location: IssueLocation | undefined): string {
  if (!location) return '';
  return location.column === undefined ? `${location.sheet}!${location.row}` : `${location.sheet}!${columnName(location.column)}${location.row}`;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/**
 * What a record is called in a report: its name (quoted: an ID number in the name column is masked,
 * hidden characters escaped), or its kind and number.
 * @example
 * recordLabel(['members', 0], [], [{ name: '33021219900101123X' }], 'zh-CN') // '330212********123X'
 */
export function recordLabel(path: Path, orgs: readonly unknown[], members: readonly unknown[], locale: Locale): string {
  const [list, index] = path;
  if (typeof index !== 'number') return list === 'file' ? '' : quoteValue(String(list ?? ''));
  const record = list === 'orgs' ? orgs[index] : list === 'members' ? members[index] : undefined;
  const name = quoteValue(textOf(readOwnOf(record, 'name')).slice(0, 40));
  if (list === 'orgs') return name || (locale === 'en' ? `org #${index + 1}` : `第${index + 1}个党组织`);
  if (list === 'members') return name || (locale === 'en' ? `member #${index + 1}` : `第${index + 1}名党员`);
  return `${String(list)} ${index + 1}`;
}
