/**
 * What the member checks need from a {@link Context}, prepared once per check (code tables, parser
 * options) so the per-record path allocates no option objects, and the memos of that check. Made afresh
 * for each member check or dataset run and dropped with it: nothing of one check's input outlives it.
 * @module
 */
import { tableFor } from '../../codes/tableFor.js';
import { createCodeMemo, type CodeMemo } from './fastPath/codeMemo.js';
import { resolveOptions, type Context } from '../../options.js';
import type { Policy } from '../../policy.js';
import type { Locale } from '../../rules/define.js';

/** Settings and memos of one member check or dataset run. */
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
  /** 所在党支部 cells → normalised names: branch names repeat across a dataset (a few thousand distinct). */
  readonly branchNames: Map<string, string>;
}

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
    ethnicity: createCodeMemo(tableFor('ethnicity', tables), locale),
    education: createCodeMemo(tableFor('education', tables), locale),
    workPost: createCodeMemo(tableFor('workPost', tables), locale),
    idOptions: { locale, today, minBirthYear: policy.minBirthYear, checkCountyRegion: policy.checkCountyRegion },
    mobileOptions: { locale, check: policy.mobileCheck },
    messageOptions: { locale },
    branchNames: new Map(),
  });
}

/**
 * New settings and empty memos for one check under a context (make one per run, not per record). Anything
 * that is not a resolved `Context` is resolved as options first.
 * @example
 * memberEnv(resolveOptions({ today: '2017-07-24' })).today // '2017-07-24'
 */
export function memberEnv(ctx: unknown): MemberEnv {
  try {
    return prepare(looksResolved(ctx) ? ctx : resolveOptions(ctx));
  } catch {
    // A context whose properties cannot be read: the defaults.
    return prepare(resolveOptions(undefined));
  }
}
