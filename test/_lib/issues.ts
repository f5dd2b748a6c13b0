/**
 * What every output of the library promises about its issues (CONTRACT.md "Results"): `ok` is false
 * exactly when an issue is an `error`; every issue has a catalogued rule id, a severity, a field
 * path and a message.
 */
import { types } from 'node:util';

const SEVERITIES = new Set(['error', 'warning', 'review']);

const isPlainRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !types.isProxy(v) && !Array.isArray(v);

/** An own data property, never running a getter or a proxy trap. */
function own(o: object, key: string): unknown {
  if (types.isProxy(o)) return undefined;
  const d = Object.getOwnPropertyDescriptor(o, key);
  return d && 'value' in d ? d.value : undefined;
}

/** Something shaped like an Issue (has `rule`, `severity`, `message`): it must then be a good one. */
function looksLikeIssue(v: unknown): v is Record<string, unknown> {
  return isPlainRecord(v) && own(v, 'rule') !== undefined && own(v, 'severity') !== undefined && own(v, 'message') !== undefined;
}

/** The issues an output carries: `output.issues`, `output.value.issues`, or the output itself when it is a list of issues. */
export function issuesOf(output: unknown): Record<string, unknown>[] {
  const lists: unknown[] = [];
  if (!types.isProxy(output) && Array.isArray(output)) lists.push(output);
  if (isPlainRecord(output)) {
    lists.push(own(output, 'issues'));
    const value = own(output, 'value');
    if (isPlainRecord(value)) lists.push(own(value, 'issues'));
  }
  const out: Record<string, unknown>[] = [];
  for (const list of lists) {
    if (types.isProxy(list) || !Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      const item = own(list, String(i));
      if (looksLikeIssue(item)) out.push(item);
    }
  }
  return out;
}

/**
 * The broken promises of one output, as readable lines (empty when all is well).
 * @param ruleIds - the published rule catalogue's ids
 */
export function outputProblems(output: unknown, ruleIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const issue of issuesOf(output)) {
    const { rule, severity, message, path } = issue;
    if (typeof rule !== 'string' || !ruleIds.has(rule)) problems.push(`rule id not in the catalogue: ${String(rule)}`);
    if (typeof severity !== 'string' || !SEVERITIES.has(severity)) problems.push(`${String(rule)}: bad severity ${String(severity)}`);
    if (typeof message !== 'string' || message.length === 0) problems.push(`${String(rule)}: empty message`);
    if (!Array.isArray(path) || !path.every((p) => typeof p === 'string' || typeof p === 'number')) problems.push(`${String(rule)}: bad path`);
  }
  // Result-shaped (`ok` + `issues`): ok iff no error.
  const listed = isPlainRecord(output) ? own(output, 'issues') : undefined;
  if (isPlainRecord(output) && typeof own(output, 'ok') === 'boolean' && !types.isProxy(listed) && Array.isArray(listed)) {
    const ok = own(output, 'ok') as boolean;
    const issues = listed as unknown[];
    const anyError = Array.from({ length: issues.length }, (_, i) => own(issues, String(i))).some((i) => isPlainRecord(i) && own(i, 'severity') === 'error');
    if (ok === anyError) problems.push(`ok is ${ok} but ${anyError ? 'there is' : 'there is no'} error issue`);
    if (ok && !Object.prototype.hasOwnProperty.call(output, 'value') && !Object.prototype.hasOwnProperty.call(output, 'summary')) problems.push('ok without a value');
  }
  return problems;
}
