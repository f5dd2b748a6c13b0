/**
 * The record normaliser `partyinfo fix` uses: the record checks of src/org and src/member with
 * options resolved once, and the bundled (or given) code tables for `code name` cells.
 * @module
 */
import { resolveOptions, type ValidateOptions } from '../../options.js';
import { emptyMemberDraft, MemberChecker } from '../../member/checkMemberRecord.js';
import { checkOrgRecord } from '../../org/checkOrgRecord.js';
import { leafCodeName } from '../codeNames.js';
import type { RecordNormalizer } from './planFixes.js';

/**
 * The record normaliser of the library's own record checks.
 * @example
 * createRecordNormalizer({ today: '2017-07-24' }).member({ name: ' 张三 ' }).changes[0]?.after // '张三'
 * @category Spreadsheets
 */
export function createRecordNormalizer(options: ValidateOptions = {}): RecordNormalizer {
  const ctx = resolveOptions(options);
  // One member check (settings, memos, scratch space) for the normaliser's life: the file being fixed.
  const members = new MemberChecker(ctx);
  return {
    org: (input) => {
      const r = checkOrgRecord(input, ctx);
      return { draft: r.org, changes: r.changes };
    },
    member: (input) => {
      const draft = emptyMemberDraft();
      members.check(input, draft);
      return { draft, changes: members.changes };
    },
    codeName: (table, code) => leafCodeName(table, code, ctx.tables),
  };
}
