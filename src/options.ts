import { readOwnOf } from './_lib/safeRead.js';
import { formatYmd, readYmd } from './dates/calendar.js';
import { ymdOf } from './dates/utcDay.js';
import { resolvePolicy, type Policy } from './policy.js';
import type { Issue } from './result.js';
import { createIssue, defineRule, type Locale, type MessageOptions } from './rules/define.js';
import type { CodeTableOverrides } from './codes/types.js';

/**
 * Options of the record validators and the dataset check.
 * @category Results and rules
 */
export interface ValidateOptions extends MessageOptions {
  /** Reference date for ages and overdue rules (`YYYY-MM-DD` or a `Date`, read in local time); default: today. */
  today?: string | Date;
  /** Thresholds and policies; see `DEFAULT_POLICY`. */
  policy?: Partial<Policy>;
  /** Replacement code tables (e.g. an official appendix loaded with `defineCodeTable`). */
  tables?: CodeTableOverrides;
}

/**
 * Options resolved once at the API edge and passed down to every rule.
 * @category Results and rules
 */
export interface Context {
  locale: Locale;
  /** `YYYY-MM-DD`. */
  today: string;
  policy: Policy;
  tables: CodeTableOverrides;
  /** Problems with the options themselves (an unreadable `today`). */
  issues: Issue[];
}

export const optionsTodayRule = defineRule<{ value: string }>({
  id: 'options.today',
  severity: 'error',
  summary: 'The `today` option is not a date; the current date was used instead',
  source: 'partyinfo API',
  zh: ({ value }) => `参数 today（${value}）不是有效日期，已改用当前日期`,
  en: ({ value }) => `Option today (${value}) is not a valid date; the current date was used`,
});

/**
 * The {@link Context} a lower-level check was handed, read defensively: a resolved one (a `today`
 * string) keeps its date, locale and tables, its policy read again; anything else (`undefined`, plain
 * options, a proxy) is resolved as options. Never throws.
 * @example
 * contextOf(resolveOptions({ today: '2017-07-24', locale: 'en' })).locale // 'en'
 * contextOf(undefined).policy.maxMembersPerBranch // 50
 */
export function contextOf(ctx: unknown): Context {
  try {
    const today = readOwnOf(ctx, 'today');
    if (typeof today !== 'string' || !readYmd(today)) return resolveOptions(ctx);
    const tables = readOwnOf(ctx, 'tables');
    const issues = readOwnOf(ctx, 'issues');
    return {
      locale: readOwnOf(ctx, 'locale') === 'en' ? 'en' : 'zh-CN',
      today,
      policy: resolvePolicy(readOwnOf(ctx, 'policy')),
      tables: (tables !== null && typeof tables === 'object' ? tables : {}) as CodeTableOverrides,
      issues: Array.isArray(issues) ? issues : [],
    };
  } catch {
    return resolveOptions(undefined);
  }
}

/** The time of a real `Date` (NaN when invalid); undefined for anything else, proxies included (their traps may throw). */
function dateTime(value: unknown): number | undefined {
  try {
    return value instanceof Date ? Date.prototype.getTime.call(value) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads validator options defensively (any value is accepted; odd ones fall back to defaults).
 * @example
 * resolveOptions({ today: '2017-07-24' }).today // '2017-07-24'
 * @category Results and rules
 */
export function resolveOptions(options: unknown): Context {
  const o = (options !== null && typeof options === 'object' ? options : {}) as Record<string, unknown>;
  const read = (key: string): unknown => readOwnOf(o, key);
  const locale: Locale = read('locale') === 'en' ? 'en' : 'zh-CN';
  const issues: Issue[] = [];
  const todayInput = read('today');
  let today = ymdOf(new Date());
  const todayTime = dateTime(todayInput);
  if (todayTime !== undefined) {
    if (Number.isNaN(todayTime)) issues.push(createIssue(optionsTodayRule, ['today'], { value: 'Invalid Date' }, { locale }));
    else today = ymdOf(new Date(todayTime));
  } else if (typeof todayInput === 'string') {
    const ymd = readYmd(todayInput.trim());
    if (ymd) today = formatYmd(ymd);
    else issues.push(createIssue(optionsTodayRule, ['today'], { value: todayInput.slice(0, 20) }, { locale }));
  } else if (todayInput !== undefined) {
    issues.push(createIssue(optionsTodayRule, ['today'], { value: typeof todayInput }, { locale }));
  }
  const tables = read('tables');
  return {
    locale,
    today,
    policy: resolvePolicy(read('policy')),
    tables: (tables !== null && typeof tables === 'object' ? tables : {}) as CodeTableOverrides,
    issues,
  };
}
