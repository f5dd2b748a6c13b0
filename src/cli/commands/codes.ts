/**
 * `partyinfo codes <table> [query]`: a code table, or the entries whose code or name matches.
 * @module
 */
import type { CodeEntry } from '../../codes/types.js';
import type { CliOptions } from '../args.js';
import type { CliStreams, Engine } from '../env.js';
import { usageError } from './checkFiles.js';

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

function line(entry: CodeEntry, leaf: boolean): string {
  return `${entry.code}\t${entry.name}${leaf ? '' : '\t(类)'}${entry.parent ? `\t↑${entry.parent}` : ''}`;
}

/** Runs `codes`; exit 0 when something matched, 1 when nothing did, 2 for an unknown table. */
export async function runCodesCommand(positionals: string[], options: CliOptions, streams: CliStreams, engine: Engine): Promise<number> {
  const en = options.locale === 'en';
  const [tableName, ...rest] = positionals;
  const tables = engine.codeTables?.() ?? {};
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
    streams.stdout.write(`${JSON.stringify(matches.map((e) => ({ code: e.code, name: e.name, parent: e.parent, leaf: table.isLeaf(e.code) })), null, 2)}\n`);
  } else {
    streams.stdout.write(`${table.title}\n`);
    for (const entry of matches) streams.stdout.write(`${line(entry, table.isLeaf(entry.code))}\n`);
    if (matches.length === 0) streams.stdout.write(en ? `no code matches "${query}"\n` : `没有与“${query}”相符的代码\n`);
  }
  return matches.length > 0 ? 0 : 1;
}
