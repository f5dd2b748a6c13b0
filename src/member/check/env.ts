/**
 * What the member checks need from a {@link Context}, prepared once per context (code tables, parser
 * options) so the per-record path allocates no option objects.
 * @module
 */
import { tableFor } from '../../codes/tableFor.js';
import { codeMemo, type CodeMemo } from '../../codes/codeMemo.js';
import { resolveOptions, type Context } from '../../options.js';
import type { Policy } from '../../policy.js';
import type { Locale } from '../../rules/define.js';

/** Prepared per-context state of the member checks. */
export interface MemberEnv {
  readonly locale: Locale;
  /** `YYYY-MM-DD`. */
  readonly today: string;
  /** `today` as a YYYYMMDD number (for the ID-number scanner). */
  readonly todayNumber: number;
  readonly policy: Policy;
  readonly ethnicity: CodeMemo;
  readonly education: CodeMemo;
  readonly workPost: CodeMemo;
  readonly idOptions: { locale: Locale; today: string; minBirthYear: number; checkCountyRegion: boolean };
  readonly mobileOptions: { locale: Locale; check: Policy['mobileCheck'] };
  readonly messageOptions: { locale: Locale };
}

const envs = new WeakMap<object, MemberEnv>();

function looksResolved(ctx: unknown): ctx is Context {
  if (ctx === null || typeof ctx !== 'object') return false;
  const c = ctx as Partial<Context>;
  return typeof c.today === 'string' && typeof c.policy === 'object' && c.policy !== null && typeof c.tables === 'object';
}

function prepare(ctx: Context): MemberEnv {
  const { locale, today, policy } = ctx;
  const tables = ctx.tables ?? {};
  return Object.freeze({
    locale,
    today,
    todayNumber: Number(today.slice(0, 4)) * 10000 + Number(today.slice(5, 7)) * 100 + Number(today.slice(8, 10)),
    policy,
    ethnicity: codeMemo(tableFor('ethnicity', tables), locale),
    education: codeMemo(tableFor('education', tables), locale),
    workPost: codeMemo(tableFor('workPost', tables), locale),
    idOptions: { locale, today, minBirthYear: policy.minBirthYear, checkCountyRegion: policy.checkCountyRegion },
    mobileOptions: { locale, check: policy.mobileCheck },
    messageOptions: { locale },
  });
}

/**
 * The prepared state for a context (cached by the context object, which is treated as immutable). Anything
 * that is not a resolved `Context` is resolved as options first.
 * @example
 * memberEnv(resolveOptions({ today: '2017-07-24' })).today // '2017-07-24'
 */
export function memberEnv(ctx: unknown): MemberEnv {
  try {
    if (!looksResolved(ctx)) return prepare(resolveOptions(ctx));
    let env = envs.get(ctx);
    if (env === undefined) envs.set(ctx, (env = prepare(ctx)));
    return env;
  } catch {
    // A context whose properties cannot be read: the defaults.
    return prepare(resolveOptions(undefined));
  }
}
