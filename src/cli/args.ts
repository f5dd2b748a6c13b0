/**
 * Command-line arguments, read with node:util's parseArgs; anything wrong is a usage error
 * (exit code 2) with a message saying what.
 * @module
 */
import { parseArgs } from 'node:util';
import { isRealDay, readYmd } from '../dates/calendar.js';

/** The options every command knows. */
export interface CliOptions {
  today?: string;
  format?: string;
  out?: string;
  units?: string;
  /** `--tables` files: code tables in the `codes/*.json` format that replace the bundled ones. */
  tables?: string[];
  locale: 'zh-CN' | 'en';
  members?: number;
  orgs?: number;
  seed?: number;
  help: boolean;
  /** `sample --force`: replace files already in the output folder. */
  force?: boolean;
  /** Set by `fix`: the books must be loaded whole to write fixed copies. */
  fixing?: boolean;
}

/** A parsed command line, or a usage error. */
export type ParsedArgs =
  | { ok: true; command: string | undefined; positionals: string[]; options: CliOptions }
  | { ok: false; message: string };

function integer(value: string | undefined, name: string): number | undefined | Error {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value)) return new Error(`--${name} 应为正整数 / must be a whole number: ${value}`);
  return Number(value);
}

/**
 * Parses a command line (without the node and script paths).
 * @example
 * parseCliArgs(['check', 'a.xlsx', 'b.xlsx', '--format', 'json']).ok // true
 * parseCliArgs(['check', '--bogus']).ok // false
 */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        today: { type: 'string' },
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        units: { type: 'string' },
        tables: { type: 'string', multiple: true },
        locale: { type: 'string' },
        members: { type: 'string' },
        orgs: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        force: { type: 'boolean' },
      },
    });
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const v = parsed.values;
  if (v.locale !== undefined && v.locale !== 'en' && v.locale !== 'zh' && v.locale !== 'zh-CN') {
    return { ok: false, message: `--locale 只能是 zh 或 en / must be zh or en: ${v.locale}` };
  }
  if (v.today !== undefined) {
    const ymd = readYmd(v.today.trim());
    if (!ymd || !isRealDay(ymd.year, ymd.month, ymd.day)) return { ok: false, message: `--today 不是有效日期（YYYY-MM-DD）/ not a date: ${v.today}` };
  }
  const numbers: Record<string, number | undefined> = {};
  for (const name of ['members', 'orgs', 'seed'] as const) {
    const n = integer(v[name], name);
    if (n instanceof Error) return { ok: false, message: n.message };
    numbers[name] = n;
  }
  const [command, ...positionals] = parsed.positionals;
  const options: CliOptions = {
    locale: v.locale === 'en' ? 'en' : 'zh-CN',
    help: v.help === true,
    ...(v.force === true ? { force: true } : {}),
    ...(v.today !== undefined ? { today: v.today.trim() } : {}),
    ...(v.format !== undefined ? { format: v.format } : {}),
    ...(v.out !== undefined ? { out: v.out } : {}),
    ...(v.units !== undefined ? { units: v.units } : {}),
    ...(v.tables !== undefined ? { tables: v.tables } : {}),
    ...(numbers.members !== undefined ? { members: numbers.members } : {}),
    ...(numbers.orgs !== undefined ? { orgs: numbers.orgs } : {}),
    ...(numbers.seed !== undefined ? { seed: numbers.seed } : {}),
  };
  return { ok: true, command, positionals, options };
}
