/**
 * The library options a CLI run checks with: the message locale, `--today`, and the code tables of
 * `--tables` files — a district's official appendix in the `codes/*.json` format (its `id` says which
 * bundled table it replaces), loaded with `defineCodeTable` exactly as the `tables` option takes it.
 * @module
 */
import { readFile } from 'node:fs/promises';
import type { CodeTableOverrides } from '../codes/types.js';
import type { ValidateOptions } from '../options.js';
import type { CliOptions } from './args.js';
import { tablesFromJson } from './tablesFromJson.js';

/** Options for the dataset check, or why a `--tables` file cannot be used. */
export type ValidateOptionsRead = { ok: true; options: ValidateOptions } | { ok: false; message: string };

/**
 * Reads the check's options from the command line's, loading every `--tables` file.
 * @example
 * (await readValidateOptions({ locale: 'zh-CN', help: false, today: '2017-07-24' })).ok // true
 */
export async function readValidateOptions(cli: CliOptions): Promise<ValidateOptionsRead> {
  const options: ValidateOptions = { locale: cli.locale, ...(cli.today ? { today: cli.today } : {}) };
  if (!cli.tables || cli.tables.length === 0) return { ok: true, options };
  const tables: CodeTableOverrides = {};
  for (const file of cli.tables) {
    const read = await readTablesFile(file, cli.locale);
    if (typeof read === 'string') return { ok: false, message: `${file}: ${read}` };
    Object.assign(tables, read);
  }
  return { ok: true, options: { ...options, tables } };
}

/**
 * The tables of one file (a table, or an array of tables), or what is wrong with it.
 * @example
 * typeof (await readTablesFile('none.json', 'en')) // 'string'
 */
export async function readTablesFile(file: string, locale: 'zh-CN' | 'en'): Promise<CodeTableOverrides | string> {
  const en = locale === 'en';
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') return en ? 'no such file' : '文件不存在';
    return en ? 'not a JSON file' : '不是 JSON 文件';
  }
  return tablesFromJson(data, locale);
}
