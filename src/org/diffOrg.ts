/**
 * Corrections to an organisation record (before → after): the name is the one field the guide
 * freezes once it is in the national system.
 * @module
 */
import { isRecordLike, readOwn } from '../_lib/safeRead.js';
import { resolveOptions, type ValidateOptions } from '../options.js';
import type { Issue } from '../result.js';
import { createIssue } from '../rules/define.js';
import { MAX_LENGTH } from '../text/limits.js';
import { toText } from '../text/toText.js';
import { normalizeOrgName } from './names.js';
import { changeOrgName } from './rules.js';

/**
 * Compares two versions of an organisation record and reports `change.orgName` (review) when the
 * name differs after normalisation (spaces and bracket styles are not a change). A name that is
 * blank or unreadable on either side is not compared — `validateOrg` reports that. Never throws.
 * @param before - the record as it is in the system
 * @param after - the record as corrected
 * @example
 * diffOrg({ name: '中共某某支部委员会' }, { name: '中共某某第一支部委员会' })[0]?.rule // 'change.orgName'
 * diffOrg({ name: '中共某某(机关)支部' }, { name: ' 中共某某（机关）支部' }) // []
 * @category Organisations
 */
export function diffOrg(before: unknown, after: unknown, opts?: ValidateOptions): Issue[] {
  const { locale } = resolveOptions(opts);
  const a = nameOf(before);
  const b = nameOf(after);
  if (a === undefined || b === undefined || a === b) return [];
  return [createIssue(changeOrgName, ['name'], { before: a, after: b }, { locale })];
}

function nameOf(record: unknown): string | undefined {
  if (!isRecordLike(record)) return undefined;
  const text = toText(readOwn(record, 'name'));
  if (text === undefined || text.length > MAX_LENGTH.name) return undefined;
  const name = normalizeOrgName(text.trim());
  return name === '' ? undefined : name;
}
