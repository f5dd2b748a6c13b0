/**
 * Collects one record's issues and changes without allocating anything while the record is clean: the lists
 * exist only once something is added, and a clean record shares the frozen empty lists.
 * @module
 */
import type { Change, Issue, Path, Severity } from '../../result.js';
import { createIssue, type Locale, type Rule } from '../../rules/define.js';

/** The shared empty issue list of a clean record (frozen: copy before adding). */
export const NO_ISSUES: readonly Issue[] = Object.freeze([]);
/** The shared empty change list of a record nothing was normalised in (frozen). */
export const NO_CHANGES: readonly Change[] = Object.freeze([]);

/**
 * Issue and change collector of one record.
 * @example
 * const sink = new RecordSink('en');
 * sink.issues === undefined // true
 */
export class RecordSink {
  issues: Issue[] | undefined = undefined;
  changes: Change[] | undefined = undefined;
  /** 失联 = 是: blank fields are warnings, not errors. */
  lost = false;

  constructor(public locale: Locale) {}

  /** Empties the sink for the next record (the lists handed out before stay with their record). */
  reset(locale: Locale): this {
    this.issues = undefined;
    this.changes = undefined;
    this.lost = false;
    this.locale = locale;
    return this;
  }

  /** Adds an issue of `rule` at `path`. */
  add<P>(rule: Rule<P>, path: Path, params: P, severity?: Severity): void {
    const issue = createIssue(rule, path, params, severity === undefined ? { locale: this.locale } : { locale: this.locale, severity });
    (this.issues ??= []).push(issue);
  }

  /** Adds a parser's issues (paths `[]`-relative) under `field`, leaving out the rule `skip`. */
  addUnder(issues: readonly Issue[], field: string, skip?: string): void {
    for (let i = 0; i < issues.length; i++) {
      const issue = issues[i]!;
      if (issue.rule === skip) continue;
      (this.issues ??= []).push({ rule: issue.rule, severity: issue.severity, path: [field, ...issue.path], message: issue.message });
    }
  }

  /** Adds issues whose paths are already complete. */
  addAll(issues: readonly Issue[]): void {
    for (let i = 0; i < issues.length; i++) (this.issues ??= []).push(issues[i]!);
  }

  /** Records a normalisation of `field` (display text; ID and phone numbers already masked). */
  change(path: Path, before: string, after: string): void {
    (this.changes ??= []).push({ path, before, after });
  }
}
