import { isDate, isRecordLike, readOwn, UNREADABLE } from '../_lib/safeRead.js';
import type { Change, Issue, Path } from '../result.js';
import { createIssue, type Locale } from '../rules/define.js';
import { foldFullWidth } from '../text/foldFullWidth.js';
import { MAX_LENGTH } from '../text/limits.js';
import { readText } from './readText.js';
import { orgFieldInvalid, orgSecretaryFallback, orgSecretaryMissing } from './rules.js';
import type { OrgSecretary, SecretaryRole } from './types.js';

/** Role labels accepted in `secretary.role`: the API ids and the Chinese post names. */
const ROLE_LABELS: ReadonlyMap<string, SecretaryRole> = new Map([
  ['secretary', 'secretary'],
  ['书记', 'secretary'],
  ['deputy', 'deputy'],
  ['副书记', 'deputy'],
  ['first', 'first'],
  ['第一书记', 'first'],
]);

/** The guide's order: the secretary, if vacant the deputy, if both vacant the first secretary. */
const ROLE_ORDER: readonly SecretaryRole[] = ['secretary', 'deputy', 'first'];

const ROLE_ZH: Readonly<Record<SecretaryRole, string>> = { secretary: '书记', deputy: '副书记', first: '第一书记' };

/** The raw values of the three secretary fields of a record. */
export interface SecretaryInput {
  secretary: unknown;
  deputySecretary: unknown;
  firstSecretary: unknown;
}

/** What reading item 2 gives: the post holder chosen, fields left unused, issues and changes. */
export interface SecretaryRead {
  secretary?: OrgSecretary;
  /** Deputy / first secretary fields that were given but not chosen (kept in `extra`). */
  unused: readonly { field: 'deputySecretary' | 'firstSecretary'; value: unknown }[];
  issues: readonly Issue[];
  changes: readonly Change[];
}

/** The shared empty lists of a plain secretary (frozen: nothing is added to them). */
const NONE: readonly never[] = Object.freeze([]);

/**
 * Reads item 2 and applies the guide's fallback: the secretary; if the post is vacant the deputy
 * (`deputySecretary`, or `secretary: { name, role: 'deputy' }`); if both are vacant the first
 * secretary. A fallback is kept visible in `role`; the first secretary is reported as `org.secretary.fallback`
 * (a review), the deputy is not (the guide allows it).
 * @example
 * readSecretary({ secretary: '张三', deputySecretary: undefined, firstSecretary: undefined }, 'zh-CN').secretary // { name: '张三', role: 'secretary' }
 * readSecretary({ secretary: '', deputySecretary: '李四', firstSecretary: undefined }, 'en').secretary // { name: '李四', role: 'deputy' }
 */
export function readSecretary(input: SecretaryInput, locale: Locale): SecretaryRead {
  const plain = plainSecretary(input);
  if (plain !== undefined) {
    // Trimmed or folded: a change like any other cell's.
    const changes = plain === input.secretary ? NONE : [{ path: ['secretary'], before: input.secretary as string, after: plain }];
    return { secretary: { name: plain, role: 'secretary' }, unused: NONE, issues: NONE, changes };
  }
  const issues: Issue[] = [];
  const candidates: (OrgSecretary & { field: keyof SecretaryInput })[] = [];
  const main = readSecretaryField(input.secretary, issues, locale);
  if (main) candidates.push({ ...main, field: 'secretary' });
  for (const [field, role] of [
    ['deputySecretary', 'deputy'],
    ['firstSecretary', 'first'],
  ] as const) {
    const r = readText(input[field], field, [field], MAX_LENGTH.name, locale);
    if (r.issue) issues.push(r.issue);
    else if (r.text !== undefined) candidates.push({ name: foldFullWidth(r.text), role, field });
  }
  let chosen: (typeof candidates)[number] | undefined;
  for (const role of ROLE_ORDER) {
    chosen = candidates.find((c) => c.role === role);
    if (chosen) break;
  }
  const unused: { field: 'deputySecretary' | 'firstSecretary'; value: unknown }[] = [];
  for (const field of ['deputySecretary', 'firstSecretary'] as const) {
    if (chosen?.field !== field && input[field] !== undefined) unused.push({ field, value: input[field] });
  }
  const changes: Change[] = [];
  if (!chosen) {
    if (!issues.some((i) => i.path[0] === 'secretary')) issues.push(createIssue(orgSecretaryMissing, ['secretary'], {}, { locale }));
    return { unused, issues, changes };
  }
  if (chosen.field !== 'secretary') {
    changes.push({ path: ['secretary'], before: main ? describe(main) : '', after: describe(chosen) });
  } else if (typeof input.secretary === 'string' && input.secretary !== chosen.name) {
    changes.push({ path: ['secretary'], before: input.secretary, after: chosen.name });
  }
  // The deputy in a vacant post is the guide's own rule (item 2); only the first secretary asks for a look.
  if (chosen.role === 'first') issues.push(createIssue(orgSecretaryFallback, ['secretary'], { role: chosen.role }, { locale }));
  return { secretary: { name: chosen.name, role: chosen.role }, unused, issues, changes };
}

/**
 * The usual record, read without the general path's lists: a secretary given as plain text that fits,
 * and no deputy or first secretary. Its name (trimmed, folded), else `undefined`.
 */
function plainSecretary(input: SecretaryInput): string | undefined {
  const { secretary } = input;
  if (typeof secretary !== 'string' || secretary.length > MAX_LENGTH.name) return undefined;
  if (input.deputySecretary !== undefined || input.firstSecretary !== undefined) return undefined;
  const text = secretary.trim();
  return text === '' ? undefined : foldFullWidth(text);
}

function describe(s: OrgSecretary): string {
  return `${s.name}（${ROLE_ZH[s.role]}）`;
}

/** `secretary` as a string or `{ name, role }`; undefined when blank or unusable (issue pushed). */
function readSecretaryField(value: unknown, issues: Issue[], locale: Locale): OrgSecretary | undefined {
  if (value !== UNREADABLE && isRecordLike(value) && !isDate(value)) {
    const nameRead = readText(readOwn(value, 'name'), 'secretary.name', ['secretary', 'name'], MAX_LENGTH.name, locale);
    const roleRead = readText(readOwn(value, 'role'), 'secretary.role', ['secretary', 'role'], MAX_LENGTH.identifier, locale);
    if (nameRead.issue) issues.push(nameRead.issue);
    if (roleRead.issue) issues.push(roleRead.issue);
    let role: SecretaryRole = 'secretary';
    if (roleRead.text !== undefined) {
      const known = ROLE_LABELS.get(roleRead.text.toLowerCase());
      if (known === undefined) {
        issues.push(createIssue(orgFieldInvalid, ['secretary', 'role'], { field: 'secretary.role', got: roleRead.text }, { locale }));
        return undefined;
      }
      role = known;
    }
    return nameRead.text === undefined ? undefined : { name: foldFullWidth(nameRead.text), role };
  }
  const r = readText(value, 'secretary', ['secretary'] as Path, MAX_LENGTH.name, locale);
  if (r.issue) {
    issues.push(r.issue);
    return undefined;
  }
  return r.text === undefined ? undefined : { name: foldFullWidth(r.text), role: 'secretary' };
}
