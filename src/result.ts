/**
 * The one issue model of partyinfo: every validator, normaliser and check reports
 * problems as {@link Issue} data inside a {@link Result}; nothing throws on bad input.
 * @module
 */
import type { RuleId } from './rules/ruleIds.js';

export type { RuleId };
import { isArray, readOwnOf } from './_lib/safeRead.js';

/**
 * How serious an issue is.
 * - `error` — cannot be entered as it stands (不能录入).
 * - `warning` — probably wrong; someone must check it (需核实).
 * - `review` — may be right, but must be reported to / approved by the superior
 *   organisation department (上报审核、备案).
 * @category Results and rules
 */
export type Severity = 'error' | 'warning' | 'review';

/**
 * A field path: `['unit', 'code']`, or `['members', 12, 'idNumber']` in dataset reports.
 * @category Results and rules
 */
export type Path = (string | number)[];

/**
 * One problem found in the input. `rule` is a stable public id (see the rule catalogue).
 * @category Results and rules
 */
export interface Issue {
  rule: RuleId;
  severity: Severity;
  path: Path;
  /** zh-CN by default (`locale: 'en'` for English); never holds a full ID or phone number. */
  message: string;
}

/**
 * One change a normaliser made to a field, reported so nothing changes silently.
 * `before`/`after` are display text; ID and phone numbers in them are masked.
 * @category Results and rules
 */
export interface Change {
  path: Path;
  before: string;
  after: string;
}

/**
 * The outcome of a parse or validation: `ok` is false exactly when some issue is an `error`.
 * @category Results and rules
 */
export type Result<T> =
  | { ok: true; value: T; issues: Issue[] }
  | { ok: false; issues: Issue[] };

/**
 * True when any issue has severity `error`.
 * @example
 * hasError([{ rule: 'id.legacy15', severity: 'warning', path: [], message: '' }]) // false
 * @category Results and rules
 */
export function hasError(issues: readonly Issue[]): boolean {
  if (!isArray(issues)) return false;
  try {
    for (let i = 0; i < issues.length; i++) if (readOwnOf(issues[i], 'severity') === 'error') return true;
  } catch {
    // A list whose items cannot be read holds no error this can see.
  }
  return false;
}

/**
 * Builds a {@link Result} from a value and the issues found while producing it.
 * `ok` follows the issues, never the caller: any `error` makes it a failure.
 * @example
 * toResult({ value: '631' }, []) // { ok: true, value: { value: '631' }, issues: [] }
 * @category Results and rules
 */
export function toResult<T>(value: T, issues: Issue[]): Result<T> {
  const list = isArray(issues) ? issues : [];
  return hasError(list) ? { ok: false, issues: list } : { ok: true, value, issues: list };
}

/**
 * A failed {@link Result} holding the given issues (at least one should be an `error`).
 * @example
 * failure([{ rule: 'id.format', severity: 'error', path: [], message: '格式错误' }]).ok // false
 * @category Results and rules
 */
export function failure<T = never>(issues: Issue[]): Result<T> {
  return { ok: false, issues: isArray(issues) ? issues : [] };
}

/**
 * The same issues with `prefix` put in front of each path — how a record validator files the
 * issues of a field parser under the field's name.
 * @example
 * prefixIssues([{ rule: 'id.format', severity: 'error', path: [], message: '…' }], ['idNumber'])[0].path // ['idNumber']
 * @category Results and rules
 */
export function prefixIssues(issues: readonly Issue[], prefix: Path): Issue[] {
  try {
    const head = isArray(prefix) ? [...prefix] : [];
    return isArray(issues) ? issues.map((i) => ({ ...i, path: [...head, ...(isArray(i.path) ? i.path : [])] })) : [];
  } catch {
    // Issues that cannot be read (a throwing getter or proxy) are not the library's: none are passed on.
    return [];
  }
}
