/**
 * Records written out as the spreadsheets people exchange: members in the 2017 附件4 template
 * layout (title, 基层党委/汇总日期 row, two header rows with 联系电话 over 手机号/固定电话, dropdown
 * cells, footnote), orgs as an org summary sheet (one row per org, a joint branch's further units
 * on extra rows). CSV versions have a single header row.
 * @module
 */
import { leafCodeName, dropdownList } from '../codeNames.js';
import { readOwnOf } from '../../_lib/safeRead.js';
import { MEMBER_FIELD_TABLE, type MemberFieldSpec } from '../../member/fieldTable.js';
import { UNIT_FIELD_TABLE } from '../../org/unitFieldTable.js';
import { cellOf, confirmationCells, secretaryCell, situationCell, type CodeNamer } from './recordCells.js';
import { columnName, createWorkbook, type NewSheet, type StyleSpec } from '../xlsx/write/index.js';

type Cell = string | number | undefined;

/** A column of an output sheet: header (top row, and the second row where it differs) and its cells. */
interface Column {
  header: string;
  sub?: string;
  cell: (record: unknown, index: number) => Cell;
}

const plain = (field: string, table?: string, namer?: CodeNamer) => (r: unknown) => cellOf(readOwnOf(r, field), table, namer);

/**
 * The footnote of the distributed template.
 * @example
 * TEMPLATE_FOOTNOTE.startsWith('注：') // true
 * @category Spreadsheets
 */
export const TEMPLATE_FOOTNOTE = '注：此表可从系统导出或从共产党员网（www.12371.cn）下载，不可自行制作。';

/**
 * The member columns after 序号, from the member field table: the 附件4 columns in template order, then the
 * fields the template lacks in table order (the confirmation note's columns among them, written only when used).
 */
const TEMPLATE_FIELDS: readonly MemberFieldSpec[] = [
  ...MEMBER_FIELD_TABLE.filter((f) => 'column' in f).sort((a, b) => a.column - b.column),
  ...MEMBER_FIELD_TABLE.filter((f) => !('column' in f)),
];
const isConfirmation = (f: MemberFieldSpec): boolean => f.key === 'confirmation' || f.partOf === 'confirmation';

function memberColumns(members: readonly unknown[], namer: CodeNamer): Column[] {
  const columns: Column[] = [{ header: '序号', cell: (_r, i) => i + 1 }];
  for (const f of TEMPLATE_FIELDS) {
    if (isConfirmation(f)) continue;
    const cell = plain(f.key, f.codeTable, namer);
    const name = f.aliases[0]!;
    columns.push(f.columnGroup !== undefined ? { header: f.columnGroup, sub: name, cell } : { header: name, cell });
  }
  const notes = TEMPLATE_FIELDS.filter(isConfirmation);
  if (members.some((m) => notes.some((f) => readOwnOf(m, f.key) !== undefined))) {
    notes.forEach((f, k) => columns.push({ header: f.aliases[0]!, cell: (r) => confirmationCells(r)[k] }));
  }
  return columns;
}

function orgColumns(orgs: readonly unknown[], namer: CodeNamer): Column[] {
  const names = new Map<string, string>();
  for (const org of orgs) {
    const id = readOwnOf(org, 'id');
    const name = readOwnOf(org, 'name');
    if (typeof id === 'string' && typeof name === 'string' && !names.has(id)) names.set(id, name);
  }
  const uses = (role: 'deputy' | 'first', field: string) =>
    orgs.some((o) => readOwnOf(o, field) !== undefined || readOwnOf(readOwnOf(o, 'secretary'), 'role') === role);
  const columns: Column[] = [
    { header: '序号', cell: (_r, i) => i + 1 },
    { header: '组织编号', cell: plain('id') },
    { header: '上级组织编号', cell: plain('parentId') },
    { header: '党组织名称', cell: plain('name') },
    { header: '上级党组织', cell: (r) => { const p = readOwnOf(r, 'parentId'); return typeof p === 'string' ? names.get(p) : undefined; } },
    { header: '党组织书记', cell: (r) => secretaryCell(r, 'secretary') },
  ];
  if (uses('deputy', 'deputySecretary')) columns.push({ header: '副书记', cell: (r) => secretaryCell(r, 'deputySecretary') });
  if (uses('first', 'firstSecretary')) columns.push({ header: '第一书记', cell: (r) => secretaryCell(r, 'firstSecretary') });
  columns.push(
    { header: '党组织联系人', cell: plain('contact') },
    { header: '联系电话', cell: plain('contactPhone') },
    { header: '组织类别', cell: plain('category', 'orgCategory', namer) },
    { header: '党组织所在单位情况', cell: (r) => situationCell(readOwnOf(r, 'unitSituation')) },
  );
  return columns;
}

/** Items 7–10 after the org columns: header, unit field, code table (from the unit field table). */
const UNIT_COLUMNS: [string, string, string | undefined][] = UNIT_FIELD_TABLE.filter((f) => 'item' in f).map((f) => [
  f.aliases[0]!,
  f.key,
  'codeTable' in f ? f.codeTable : undefined,
]);

/** An org's units: `units` when it is an array, else `unit` alone. */
function unitsOf(org: unknown): unknown[] {
  const units = readOwnOf(org, 'units');
  if (Array.isArray(units)) return units;
  const unit = readOwnOf(org, 'unit');
  return unit === undefined ? [] : [unit];
}

/**
 * The org summary as rows of cells: header, then each org with its further units on extra rows.
 * @example
 * orgRows([{ id: 'o1', name: '中共甲委员会' }])[1][3] // '中共甲委员会'
 */
export function orgRows(orgs: readonly unknown[], namer: CodeNamer = leafCodeName): Cell[][] {
  const columns = orgColumns(orgs, namer);
  const rows: Cell[][] = [[...columns.map((c) => c.header), ...UNIT_COLUMNS.map(([h]) => h)]];
  orgs.forEach((org, i) => {
    const units = unitsOf(org);
    const unitCells = (unit: unknown) => UNIT_COLUMNS.map(([, field, table]) => cellOf(readOwnOf(unit, field), table, namer));
    rows.push([...columns.map((c) => c.cell(org, i)), ...(units.length > 0 ? unitCells(units[0]) : [])]);
    for (const unit of units.slice(1)) rows.push([...columns.map(() => undefined), ...unitCells(unit)]);
  });
  return rows;
}

/**
 * The member summary as rows of cells with one header row (for CSV). `firstIndex` numbers the
 * 序号 column on from an earlier chunk.
 * @example
 * memberRows([{ name: '张三', ethnicity: '01' }])[1].slice(0, 6) // [1, '张三', undefined, undefined, undefined, '01 汉族']
 */
export function memberRows(members: readonly unknown[], namer: CodeNamer = leafCodeName, firstIndex = 0): Cell[][] {
  const columns = memberColumns(members, namer);
  return [columns.map((c) => c.sub ?? c.header), ...members.map((m, i) => columns.map((c) => c.cell(m, firstIndex + i)))];
}

/**
 * Options of the workbook writers.
 * @category Spreadsheets
 */
export interface TemplateOptions {
  /** 基层党委 written on the second row. */
  committee?: string;
  /** 汇总日期 (`YYYY-MM-DD`). */
  date?: string;
  /** Names of codes for `code name` cells; default the bundled tables. */
  codeName?: CodeNamer;
}

const TITLE_STYLE: StyleSpec = { bold: true, size: 16, horizontal: 'center' };
const HEADER_STYLE: StyleSpec = { bold: true, horizontal: 'center', vertical: 'center', wrap: true };
const TEXT: StyleSpec = { numFmt: '@' };

/** Widths and text format of the template columns: 序号 narrow and a number, the rest text. */
function templateColumns(width: number): Pick<NewSheet, 'widths' | 'columnStyles'> {
  return {
    widths: Array.from({ length: width }, (_, i) => (i === 0 ? 6 : 14)),
    columnStyles: Array.from({ length: width }, (_, i) => (i === 0 ? undefined : TEXT)),
  };
}

function listSheetOf(name: string, items: readonly string[]): { sheet: NewSheet; range: string } {
  return { sheet: { name, hidden: true, rows: items.map((item) => [item]) }, range: `'${name}'!$A$1:$A$${Math.max(1, items.length)}` };
}

/**
 * The sheets of the 2017 附件4 member layout, with hidden dropdown list sheets (民族, 学历, 工作岗位).
 * @example
 * memberTemplateSheets([])[0].rows[2]?.[1] // '姓名'
 */
export function memberTemplateSheets(members: readonly unknown[], options: TemplateOptions = {}): NewSheet[] {
  const namer = options.codeName ?? leafCodeName;
  const columns = memberColumns(members, namer);
  const width = columns.length;
  const [y, m, d] = (options.date ?? '').split('-');
  const second: (string | undefined)[] = [`基层党委：${options.committee ?? ''}`];
  second[Math.max(1, width - 3) - 1] = `汇总日期：${y ?? ''} 年 ${m ? Number(m) : ''} 月 ${d ? Number(d) : ''} 日`;
  const rows: ((string | number | undefined)[] | undefined)[] = [
    ['党员基本信息汇总表'],
    second,
    columns.map((c) => c.header),
    columns.map((c) => c.sub ?? c.header),
    ...members.map((member, i) => columns.map((column) => column.cell(member, i))),
    undefined,
    [TEMPLATE_FOOTNOTE],
  ];
  const last = columnName(width);
  const footRow = 5 + members.length + 1;
  const merges = [`A1:${last}1`];
  columns.forEach((column, c) => {
    if (!column.sub) merges.push(`${columnName(c + 1)}3:${columnName(c + 1)}4`);
  });
  const phone = columns.findIndex((c) => c.sub !== undefined) + 1;
  if (phone > 0) merges.push(`${columnName(phone)}3:${columnName(phone + 1)}3`);
  merges.push(`A${footRow}:${last}${footRow}`);
  const lists: NewSheet[] = [];
  const validations: { sqref: string; formula: string }[] = [];
  const lastRow = Math.max(5, 4 + members.length);
  for (const [header, table] of [['民族', 'ethnicity'], ['学历', 'education'], ['工作岗位', 'workPost']] as const) {
    const items = dropdownList(table);
    const column = columns.findIndex((c) => c.header === header) + 1;
    if (items.length === 0 || column === 0) continue;
    const list = listSheetOf(header, items);
    lists.push(list.sheet);
    const letters = columnName(column);
    validations.push({ sqref: `${letters}5:${letters}${lastRow}`, formula: list.range });
  }
  const sheet: NewSheet = {
    name: '党员基本信息汇总表',
    rows,
    ...templateColumns(width),
    rowStyles: new Map([[1, TITLE_STYLE], [3, HEADER_STYLE], [4, HEADER_STYLE]]),
    merges,
    frozenRows: 4,
    validations,
  };
  return [sheet, ...lists];
}

/**
 * Members in the 2017 附件4 layout as .xlsx bytes, with hidden dropdown list sheets (民族, 学历, 工作岗位).
 * @example
 * memberTemplateWorkbook([], { date: '2017-07-24' }).length > 0 // true
 */
export function memberTemplateWorkbook(members: readonly unknown[], options: TemplateOptions = {}): Uint8Array {
  return createWorkbook(memberTemplateSheets(members, options));
}

/**
 * The org summary sheet (党组织和所在单位信息汇总表): title, header, one row per org.
 * @example
 * orgSummarySheet([]).rows[1]?.[3] // '党组织名称'
 */
export function orgSummarySheet(orgs: readonly unknown[], options: TemplateOptions = {}): NewSheet {
  const rows = orgRows(orgs, options.codeName ?? leafCodeName);
  const width = rows[0]!.length;
  return {
    name: '党组织和所在单位信息汇总表',
    rows: [['党组织和所在单位信息汇总表'], ...rows],
    ...templateColumns(width),
    rowStyles: new Map([[1, TITLE_STYLE], [2, HEADER_STYLE]]),
    merges: [`A1:${columnName(width)}1`],
    frozenRows: 2,
  };
}

/**
 * Orgs as an org summary workbook (sheet 党组织和所在单位信息汇总表), as .xlsx bytes.
 * @example
 * orgSummaryWorkbook([]).length > 0 // true
 */
export function orgSummaryWorkbook(orgs: readonly unknown[], options: TemplateOptions = {}): Uint8Array {
  return createWorkbook([orgSummarySheet(orgs, options)]);
}
