/**
 * `partyinfo codes [table] [query]`: the list of tables, a code table, or the entries whose code or
 * name matches.
 * @module
 */
import type { CodeEntry, CodeTable } from '../../codes/types.js';
import type { CliOptions } from '../args.js';
import type { CliStreams, Engine } from '../env.js';
import { usageError } from './usageError.js';

/** Table names people type, Chinese or English, to the table ids. */
const TABLE_NAMES: ReadonlyMap<string, string> = new Map([
  ['orgcategory', 'orgCategory'], ['组织类别', 'orgCategory'], ['党组织类别', 'orgCategory'],
  ['unitcategory', 'unitCategory'], ['单位类别', 'unitCategory'], ['单位性质类别', 'unitCategory'],
  ['unitpartysetup', 'unitPartySetup'], ['单位建立党组织情况', 'unitPartySetup'], ['建立党组织情况', 'unitPartySetup'],
  ['education', 'education'], ['学历', 'education'],
  ['educationgbt4658', 'educationGbt4658'],
  ['workpost', 'workPost'], ['工作岗位', 'workPost'], ['岗位', 'workPost'],
  ['ethnicity', 'ethnicity'], ['民族', 'ethnicity'],
]);

/** The Chinese names people type for each table, first one shown. */
const CHINESE_NAMES: Readonly<Record<string, string>> = {
  orgCategory: '组织类别',
  unitCategory: '单位类别',
  unitPartySetup: '单位建立党组织情况',
  education: '学历',
  workPost: '工作岗位',
  ethnicity: '民族',
  educationGbt4658: '',
};

function named(code: string, name: string | undefined, en: boolean): string {
  return name ? `${code} ${name}` : `${code} ${en ? '(name not found)' : '（名称未查到）'}`;
}

/** One entry: code, name (groups whose official name is not found say so), group mark, parent with its name. */
function line(table: CodeTable, entry: CodeEntry, en: boolean): string {
  const leaf = table.isLeaf(entry.code);
  const name = entry.name || (en ? '(name not found)' : '（名称未查到）');
  const parent = entry.parent ? `\t↑${named(entry.parent, table.get(entry.parent)?.name, en)}` : '';
  return `${entry.code}\t${name}${leaf ? '' : en ? '\t(group)' : '\t(类)'}${parent}`;
}

/** The tables, one a line: the name to type, the English id, the title and the number of codes. */
function tableList(tables: Readonly<Record<string, CodeTable>>, en: boolean): string {
  const lines = Object.keys(tables).map((id) => {
    const t = tables[id]!;
    return `${CHINESE_NAMES[id] || id}\t${id}\t${t.title}\t${t.leaves().length}${en ? ' codes' : ' 个代码'}`;
  });
  return `${en ? 'Code tables (partyinfo codes TABLE [QUERY]):' : '代码表（partyinfo codes 代码表 [查询]）：'}\n${lines.join('\n')}\n`;
}

/** Runs `codes`; exit 0 when something matched, 1 when nothing did, 2 for an unknown table. */
export async function runCodesCommand(positionals: string[], options: CliOptions, streams: CliStreams, engine: Engine): Promise<number> {
  const en = options.locale === 'en';
  const [tableName, ...rest] = positionals;
  const tables = engine.codeTables?.() ?? {};
  if (tableName === undefined) {
    if (options.format === 'json') {
      streams.stdout.write(`${JSON.stringify(Object.keys(tables).map((id) => ({ id, name: CHINESE_NAMES[id] || id, title: tables[id]!.title, codes: tables[id]!.leaves().length })), null, 2)}\n`);
    } else streams.stdout.write(tableList(tables as Readonly<Record<string, CodeTable>>, en));
    return 0;
  }
  const id = tableName === undefined ? undefined : TABLE_NAMES.get(tableName.trim().toLowerCase());
  const table = id !== undefined && Object.hasOwn(tables, id) ? tables[id] : undefined;
  if (!table) {
    const known = [...new Set(TABLE_NAMES.values())].join(' ');
    return usageError(streams, en ? `unknown code table ${tableName ?? ''} (${known})` : `未知的代码表 ${tableName ?? ''}（可用：${known}，或 组织类别 单位类别 单位建立党组织情况 学历 工作岗位 民族）`);
  }
  const query = rest.join(' ').trim();
  const entries = table.entries();
  let matches: CodeEntry[];
  if (query === '') matches = entries;
  else {
    const exact = table.check(query, { leafOnly: false });
    const code = exact.ok ? exact.value.code : undefined;
    matches = entries.filter(
      (e) => e.code === code || e.code.startsWith(query) || e.name.includes(query) || (e.aliases ?? []).some((a) => a.includes(query)),
    );
  }
  if (options.format === 'json') {
    streams.stdout.write(
      `${JSON.stringify(matches.map((e) => ({ code: e.code, name: e.name, parent: e.parent, ...(e.parent ? { parentName: table.get(e.parent)?.name ?? '' } : {}), leaf: table.isLeaf(e.code) })), null, 2)}\n`,
    );
  } else {
    streams.stdout.write(`${table.title}\n`);
    for (const entry of matches) streams.stdout.write(`${line(table as CodeTable, entry, en)}\n`);
    if (matches.length === 0) streams.stdout.write(en ? `no code matches "${query}"\n` : `没有与“${query}”相符的代码\n`);
  }
  return matches.length > 0 ? 0 : 1;
}
