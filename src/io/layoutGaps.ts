/**
 * What a sheet cannot hold: the items of the form its layout has no column for. The 2017 附件4
 * member template has no 家庭住址 column, so its rows cannot be blamed for a blank address; a
 * member sheet alone has no org columns at all. Such items are said once per sheet
 * (`io.layout.itemsAbsent`) and their `required` issues dropped ({@link withoutAbsentRequired}).
 * @module
 */
import type { Issue, Path } from '../result.js';
import { createIssue, type Locale } from '../rules/define.js';
import type { SheetKind } from './headers/mapHeaders.js';
import type { SheetLayout } from './layout.js';
import type { DatasetSources, RecordSource } from './records/sources.js';
import { ioLayoutItemsAbsentRule } from './rules.js';

/** An item of the form and the record fields (columns) that hold it. */
interface FormItem {
  zh: string;
  en: string;
  fields: readonly string[];
}

/** 《党员基本信息采集表》 items 11–26. */
const MEMBER_ITEMS: readonly FormItem[] = [
  { zh: '姓名', en: 'name', fields: ['name'] },
  { zh: '性别', en: 'gender', fields: ['gender'] },
  { zh: '民族', en: 'ethnicity', fields: ['ethnicity'] },
  { zh: '公民身份证号', en: 'ID number', fields: ['idNumber'] },
  { zh: '出生日期', en: 'birth date', fields: ['birthDate'] },
  { zh: '学历', en: 'education', fields: ['education'] },
  { zh: '人员类别', en: 'member type', fields: ['memberType'] },
  { zh: '所在党支部', en: 'branch', fields: ['branch'] },
  { zh: '加入党组织日期', en: 'join date', fields: ['joinDate'] },
  { zh: '转为正式党员日期', en: 'full-member date', fields: ['fullDate'] },
  { zh: '工作岗位', en: 'work post', fields: ['workPost'] },
  { zh: '联系电话', en: 'phone', fields: ['mobile', 'landline'] },
  { zh: '家庭住址', en: 'home address', fields: ['address'] },
  { zh: '党籍状态', en: 'party status', fields: ['partyStatus'] },
  { zh: '是否为失联党员', en: 'lost contact', fields: ['lostContact'] },
  { zh: '是否为流动党员', en: 'floating', fields: ['floating'] },
];

/** 《党组织和所在单位基本信息采集表》 items 1–10. */
const ORG_ITEMS: readonly FormItem[] = [
  { zh: '党组织名称', en: 'name', fields: ['name'] },
  { zh: '党组织书记', en: 'secretary', fields: ['secretary', 'deputySecretary', 'firstSecretary'] },
  { zh: '党组织联系人', en: 'contact', fields: ['contact'] },
  { zh: '联系电话', en: 'contact phone', fields: ['contactPhone'] },
  { zh: '组织类别', en: 'category', fields: ['category'] },
  { zh: '党组织所在单位情况', en: 'unit situation', fields: ['unitSituation'] },
  { zh: '单位名称', en: 'unit name', fields: ['unit.name'] },
  { zh: '单位类别', en: 'unit category', fields: ['unit.category'] },
  { zh: '单位建立党组织情况', en: 'unit party setup', fields: ['unit.partySetup'] },
  { zh: '党组织所在单位代码', en: 'unit code', fields: ['unit.code'] },
];

/**
 * The items of the form a layout has no column for, as the form names them.
 * @example
 * absentItems(['name', 'idNumber', 'mobile'], 'member', 'zh-CN').includes('家庭住址') // true
 * absentItems(['name', 'idNumber', 'mobile'], 'member', 'zh-CN').includes('联系电话') // false
 * @category Spreadsheets
 */
export function absentItems(fields: readonly (string | undefined)[], kind: SheetKind, locale: Locale): string[] {
  const held = new Set(fields);
  const items = kind === 'member' ? MEMBER_ITEMS : ORG_ITEMS;
  return items.filter((item) => !item.fields.some((f) => held.has(f))).map((item) => (locale === 'en' ? item.en : item.zh));
}

/**
 * The `io.layout.itemsAbsent` note of a sheet, or none when its layout holds every item.
 * @example
 * layoutGapIssues('党员', { kind: 'member', headerRows: [1], headers: [], fields: ['name'], duplicates: [], firstDataRow: 2 }, 'zh-CN')[0].rule // 'io.layout.itemsAbsent'
 * @category Spreadsheets
 */
export function layoutGapIssues(sheet: string, layout: SheetLayout, locale: Locale): Issue[] {
  const items = absentItems(layout.fields, layout.kind, locale);
  if (items.length === 0) return [];
  return [createIssue(ioLayoutItemsAbsentRule, ['file'], { sheet, items: items.join(locale === 'en' ? ', ' : '”“') }, { locale })];
}

/** Fields that stand in for each other: a secretary column of any role holds item 2. */
const SAME_ITEM: Readonly<Record<string, readonly string[]>> = {
  secretary: ['secretary', 'deputySecretary', 'firstSecretary'],
  units: ['unit'],
};

function holds(source: RecordSource, field: string): boolean {
  const names = SAME_ITEM[field] ?? [field];
  const keys = [...source.columns.keys(), ...Object.keys(source.cells ?? {})];
  return names.some((name) => keys.some((key) => key === name || key.startsWith(`${name}.`)));
}

/** A rule that only says a field is blank. */
const BLANK_RULE = /\.(required|missing)$/;

/**
 * The issues without the "blank" ones (`*.required`, `*.missing`) about a field whose sheet has no
 * column for it: a sheet cannot be blamed for what it cannot hold. `sourceOf` gives a record's
 * source (a {@link DatasetSources} does). Issues of records without a known source are kept.
 * @example
 * const sources = { orgs: [], members: [{ sheet: '党员', row: 5, columns: new Map([['name', 2]]) }] };
 * withoutAbsentRequired([{ rule: 'member.address.required', severity: 'error', path: ['members', 0, 'address'], message: '' }], sources) // []
 * @category Spreadsheets
 */
export function withoutAbsentRequired(issues: readonly Issue[], sources: DatasetSources | ((list: 'orgs' | 'members', index: number) => RecordSource | undefined)): Issue[] {
  const sourceOf = typeof sources === 'function' ? sources : (list: 'orgs' | 'members', index: number) => sources[list][index];
  return issues.filter((issue) => {
    if (!BLANK_RULE.test(issue.rule)) return true;
    const [list, index, field]: Path = issue.path;
    if ((list !== 'orgs' && list !== 'members') || typeof index !== 'number' || typeof field !== 'string') return true;
    const source = sourceOf(list, index);
    return source === undefined || holds(source, field);
  });
}
