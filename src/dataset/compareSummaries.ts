/**
 * `compareSummaries`: the figures of this collection against the previous report (半年报). The
 * guide: floating members and work posts "must not differ much" from the half-year report.
 * @module
 */
import { readOwnOf } from '../_lib/safeRead.js';
import type { Issue } from '../result.js';
import { createIssue, type Locale } from '../rules/define.js';
import { summaryDrift } from './rules.js';

/**
 * Options of {@link compareSummaries}.
 * @category Dataset
 */
export interface CompareOptions {
  /** Largest accepted relative change, 0–1: 0.1 flags figures that moved more than 10 % (default 0.1). */
  tolerance?: number;
  /** Changes of at most this many are never flagged, whatever the share (default 5: 2 → 4 is noise). */
  minChange?: number;
  /**
   * The figures compared, as dotted paths into the summary; a path to a group of counts
   * (`members.byWorkPost`) compares each count. Default: {@link DEFAULT_COMPARED_FIGURES}.
   */
  figures?: readonly string[];
  locale?: Locale;
}

/**
 * The figures compared by default: the guide names floating members and work posts.
 * @example
 * DEFAULT_COMPARED_FIGURES.includes('members.floating') // true
 * @category Dataset
 */
export const DEFAULT_COMPARED_FIGURES = [
  'orgs.total',
  'orgs.branches',
  'members.total',
  'members.byType',
  'members.floating',
  'members.lostContact',
  'members.byWorkPost',
] as const;

const LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  'orgs.total': { zh: '党组织数', en: 'Organisations' },
  'orgs.branches': { zh: '党支部数', en: 'Branches' },
  'members.total': { zh: '党员数', en: 'Members' },
  'members.byType': { zh: '人员类别', en: 'Member type' },
  'members.floating': { zh: '流动党员数', en: 'Floating members' },
  'members.lostContact': { zh: '失联党员数', en: 'Members out of contact' },
  'members.byWorkPost': { zh: '工作岗位', en: 'Work post' },
};

function at(summary: unknown, path: string): unknown {
  let value: unknown = summary;
  for (const key of path.split('.')) value = readOwnOf(value, key);
  return value;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The counts under a figure: one for a number, one per key for a group (keys of either side). */
function countsOf(current: unknown, previous: unknown): [string | undefined, number, number][] {
  if (isCount(current) || isCount(previous)) {
    return isCount(current) && isCount(previous) ? [[undefined, current, previous]] : [];
  }
  if (current === null || typeof current !== 'object' || previous === null || typeof previous !== 'object') return [];
  const keys = new Set<string>();
  try {
    for (const key of Object.keys(current)) keys.add(key);
    for (const key of Object.keys(previous)) keys.add(key);
  } catch {
    return [];
  }
  const out: [string, number, number][] = [];
  for (const key of [...keys].sort()) {
    const c = readOwnOf(current, key);
    const p = readOwnOf(previous, key);
    if ((c === undefined || isCount(c)) && (p === undefined || isCount(p))) out.push([key, (c as number) ?? 0, (p as number) ?? 0]);
  }
  return out;
}

/**
 * Flags the figures of `current` that moved more than `tolerance` (relative) and more than
 * `minChange` (absolute) against `previous` — both summaries as `checkDataset` gives them, or a
 * previous report typed in by hand with only some figures (missing ones are not compared). One
 * `summary.drift` warning per figure, with the path of the figure (`['members', 'floating']`,
 * `['members', 'byWorkPost', '123']`). Never throws.
 * @example
 * compareSummaries({ members: { floating: 130 } }, { members: { floating: 100 } }).map((i) => i.path) // [['members', 'floating']]
 * compareSummaries({ members: { floating: 105 } }, { members: { floating: 100 } }) // []
 * compareSummaries({ members: { floating: 130 } }, { members: { floating: 100 } }, { tolerance: 0.5 }) // []
 * @category Dataset
 */
export function compareSummaries(current: unknown, previous: unknown, options?: CompareOptions): Issue[] {
  const givenTolerance = readOwnOf(options, 'tolerance');
  const tolerance = isCount(givenTolerance) && givenTolerance >= 0 ? givenTolerance : 0.1;
  const givenMinChange = readOwnOf(options, 'minChange');
  const minChange = isCount(givenMinChange) ? givenMinChange : 5;
  const locale: Locale = readOwnOf(options, 'locale') === 'en' ? 'en' : 'zh-CN';
  const given = readOwnOf(options, 'figures');
  const figures = Array.isArray(given) ? given.filter((f): f is string => typeof f === 'string') : DEFAULT_COMPARED_FIGURES;
  const issues: Issue[] = [];
  for (const figure of figures) {
    const label = Object.hasOwn(LABELS, figure) ? LABELS[figure]![locale === 'en' ? 'en' : 'zh'] : figure;
    for (const [key, cur, prev] of countsOf(at(current, figure), at(previous, figure))) {
      const diff = cur - prev;
      if (Math.abs(diff) <= minChange) continue;
      if (prev !== 0 && Math.abs(diff) / prev <= tolerance) continue;
      const change = prev === 0 ? `+${diff}` : `${diff > 0 ? '+' : ''}${((diff / prev) * 100).toFixed(1)}%`;
      const path = key === undefined ? figure.split('.') : [...figure.split('.'), key];
      issues.push(createIssue(summaryDrift, path, {
        figure: key === undefined ? label : `${label} ${key}`,
        previous: prev,
        current: cur,
        change,
        tolerance: `${(tolerance * 100).toFixed(0)}%`,
      }, { locale }));
    }
  }
  return issues;
}
