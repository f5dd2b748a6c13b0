/**
 * Command-line arguments, read with node:util's parseArgs; anything wrong is a usage error
 * (exit code 2) with a message in the user's language — never Node's own parser text. Kept light
 * (no date or code modules) so that `--help` and `--version` start fast.
 * @module
 */
import { parseArgs } from 'node:util';

/** The options every command knows. */
export interface CliOptions {
  /**
   * `--today` as typed; `runCli` reads it as a date cell is read (2017/7/24, 2017年7月24日, 20170724 …)
   * and gives the commands `YYYY-MM-DD` (see `readToday`).
   */
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
  version: boolean;
  /** Set by `fix`: the books must be loaded whole to write fixed copies. */
  fixing?: boolean;
}

/** A parsed command line, or a usage error. */
export type ParsedArgs =
  | { ok: true; command: string | undefined; positionals: string[]; options: CliOptions }
  | { ok: false; message: string; locale: 'zh-CN' | 'en'; command?: string };

/** The options, as parseArgs takes them. */
const OPTIONS = {
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
  version: { type: 'boolean', short: 'v' },
  force: { type: 'boolean' },
} as const;

/** The locale asked for, looked up before parsing so that parse errors speak it. */
function localeOf(argv: readonly string[]): 'zh-CN' | 'en' {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--locale' && argv[i + 1] === 'en') return 'en';
    if (argv[i] === '--locale=en') return 'en';
  }
  return 'zh-CN';
}

function integer(value: string | undefined, name: string, en: boolean): number | undefined | Error {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value)) return new Error(en ? `--${name} must be a whole number: ${value}` : `--${name} 应为正整数：${value}`);
  return Number(value);
}

/** The first thing wrong with the options as typed: an unknown one, a missing value, a value given to a switch. */
function tokenProblem(argv: readonly string[], en: boolean): string | undefined {
  const { tokens } = parseArgs({ args: [...argv], allowPositionals: true, strict: false, tokens: true, options: OPTIONS });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(OPTIONS, token.name) ? OPTIONS[token.name as keyof typeof OPTIONS] : undefined;
    if (!spec) return en ? `unknown option ${token.rawName}` : `未知选项 ${token.rawName}`;
    if (spec.type === 'string' && token.value === undefined) return en ? `option ${token.rawName} needs a value` : `选项 ${token.rawName} 缺少取值`;
    if (spec.type === 'boolean' && token.inlineValue) return en ? `option ${token.rawName} takes no value` : `选项 ${token.rawName} 不带取值`;
  }
  return undefined;
}

/**
 * Parses a command line (without the node and script paths).
 * @example
 * parseCliArgs(['check', 'a.xlsx', 'b.xlsx', '--format', 'json']).ok // true
 * parseCliArgs(['check', '--bogus']).ok // false
 */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const locale = localeOf(argv);
  const en = locale === 'en';
  const first = argv.find((a) => !a.startsWith('-'));
  const fail = (message: string): ParsedArgs => ({ ok: false, message, locale, ...(first === undefined ? {} : { command: first }) });
  const problem = tokenProblem(argv, en);
  if (problem) return fail(problem);
  const parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: false, options: OPTIONS });
  const v = parsed.values as { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K] extends { multiple: true } ? string[] : (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };
  if (v.locale !== undefined && v.locale !== 'en' && v.locale !== 'zh' && v.locale !== 'zh-CN') {
    return fail(en ? `--locale must be zh or en: ${v.locale}` : `--locale 只能是 zh 或 en：${v.locale}`);
  }
  const today = v.today;
  const numbers: Record<string, number | undefined> = {};
  for (const name of ['members', 'orgs', 'seed'] as const) {
    const n = integer(v[name], name, en);
    if (n instanceof Error) return fail(n.message);
    numbers[name] = n;
  }
  const [command, ...positionals] = parsed.positionals;
  const options: CliOptions = {
    locale,
    help: v.help === true,
    ...(v.force === true ? { force: true } : {}),
    version: v.version === true,
    ...(today !== undefined ? { today } : {}),
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
