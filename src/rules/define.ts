import type { Issue, Path, RuleId, Severity } from '../result.js';

/** Message languages. zh-CN is the default everywhere. */
export type Locale = 'zh-CN' | 'en';

/** Options every public validator accepts. */
export interface MessageOptions {
  /** Message language; default `'zh-CN'`. */
  locale?: Locale;
}

/** A rule: a stable id, a default severity, and messages in both languages. */
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
 */
export function defineRule<P = Record<string, never>>(rule: Rule<P>): Rule<P> {
  return rule;
}

/**
 * Makes an {@link Issue} for a rule. `severity` overrides the rule's default where a policy says so.
 * Callers pass already-masked values in `params`: messages never see a full ID or phone number.
 * @example
 * createIssue(idFormat, ['idNumber'], {}, { locale: 'en' }).message // 'Malformed citizen ID number'
 */
export function createIssue<P>(
  rule: Rule<P>,
  path: Path,
  params: P,
  options?: MessageOptions & { severity?: Severity },
): Issue {
  const en = options?.locale === 'en';
  let message: string;
  try {
    message = String(en ? rule.en(params) : rule.zh(params));
  } catch {
    // A message template that cannot render its params still yields an issue, never an exception.
    message = en ? `Rule ${String(rule?.id)}` : `规则 ${String(rule?.id)}`;
  }
  return {
    rule: String(rule?.id) as RuleId,
    severity: options?.severity ?? rule?.severity ?? 'error',
    path: Array.isArray(path) ? path : [],
    message,
  };
}
