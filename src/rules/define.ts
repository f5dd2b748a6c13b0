import { isArray, readOwnOf } from '../_lib/safeRead.js';
import type { Issue, Path, RuleId, Severity } from '../result.js';
import { quoteValue } from '../text/quoteValue.js';
import { toText } from '../text/toText.js';

/**
 * Message languages. zh-CN is the default everywhere.
 * @category Results and rules
 */
export type Locale = 'zh-CN' | 'en';

/**
 * Options every public validator accepts.
 * @category Results and rules
 */
export interface MessageOptions {
  /** Message language; default `'zh-CN'`. */
  locale?: Locale;
}

/**
 * A rule: a stable id, a default severity, and messages in both languages.
 * @category Results and rules
 */
export interface Rule<P = Record<string, never>> {
  readonly id: string;
  readonly severity: Severity;
  /** One line in English saying what the rule checks (for the rule catalogue). */
  readonly summary: string;
  /** Where the rule comes from: a section of the 2017 guide, a standard, or a page in docs/ */
  readonly source: string;
  readonly zh: (params: P) => string;
  readonly en: (params: P) => string;
}

/**
 * Declares a rule. Rules are data: the catalogue in docs is generated from them.
 * @example
 * const idFormat = defineRule({
 *   id: 'id.format', severity: 'error', summary: 'Not an 18-character ID number', source: 'GB 11643-1999',
 *   zh: () => '公民身份号码格式错误', en: () => 'Malformed citizen ID number',
 * });
 * @category Results and rules
 */
export function defineRule<P = Record<string, never>>(rule: Rule<P>): Rule<P> {
  return rule;
}

/**
 * Makes an {@link Issue} for a rule. `severity` overrides the rule's default where a policy says so.
 * Every text in `params` is quoted with `quoteValue` before the message is rendered: a digit run shaped
 * like an ID or mobile number is masked and hidden characters are escaped, whatever field it came from.
 * Never throws: a rule, path or options that cannot be read give a generic message, an empty path.
 * @example
 * createIssue(idFormat, ['idNumber'], {}, { locale: 'en' }).message // 'Malformed citizen ID number'
 * @category Results and rules
 */
export function createIssue<P>(
  rule: Rule<P>,
  path: Path,
  params: P,
  options?: MessageOptions & { severity?: Severity },
): Issue {
  const en = readOwnOf(options, 'locale') === 'en';
  const id = readOwnOf(rule, 'id');
  const ruleId = typeof id === 'string' ? id : String(toText(id) ?? '');
  let message: string;
  try {
    const render = readOwnOf(rule, en ? 'en' : 'zh') as ((p: P) => unknown) | undefined;
    message = String(render!(quoteParams(params)));
  } catch {
    // A message template that cannot render its params still yields an issue, never an exception.
    message = en ? `Rule ${ruleId}` : `规则 ${ruleId}`;
  }
  return {
    rule: ruleId as RuleId,
    severity: severityOf(readOwnOf(options, 'severity')) ?? severityOf(readOwnOf(rule, 'severity')) ?? 'error',
    path: isArray(path) ? path : [],
    message,
  };
}

function severityOf(value: unknown): Severity | undefined {
  return value === 'error' || value === 'warning' || value === 'review' ? value : undefined;
}

/** Long numbers are quoted like text (a count never has 11 digits; a mobile read as a number has). */
function quoteParam(value: unknown): unknown {
  if (typeof value === 'string') return quoteValue(value);
  if (typeof value === 'number' && Math.abs(value) >= 1e10) return quoteValue(toText(value) ?? '');
  if (isArray(value)) return value.map(quoteParam);
  return value;
}

/** A copy of `params` with every text quoted (the caller's object is left alone). */
function quoteParams<P>(params: P): P {
  if (params === null || typeof params !== 'object') return params;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(params)) out[key] = quoteParam((params as Record<string, unknown>)[key]);
  return out as P;
}
