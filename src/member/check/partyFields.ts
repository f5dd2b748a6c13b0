/**
 * Items 16–21: 学历, 人员类别, 所在党支部, 加入党组织日期, 转为正式党员日期, 工作岗位 (read and normalised; the
 * rules between them are in `partyDateRules.ts`).
 * @module
 */
import { MAX_LENGTH } from '../../text/limits.js';
import { normalizeMemberType } from '../normalize/choices.js';
import { memberFieldUnreadableRule } from '../rules/fieldRules.js';
import { educationDegreeRule } from '../rules/statusRules.js';
import type { MemberDraft } from '../types.js';
import { isBlankCell, NOT_TEXT, readTextCell } from './cells.js';
import { normalizeBranch } from './fastPath/branchMemo.js';
import { lookupCode, type CodeMemo } from './fastPath/codeMemo.js';
import { readDateField } from './dateField.js';
import type { MemberEnv } from './env.js';
import { reportChange, reportInvalid, reportRequired } from './fieldIssues.js';
import type { RawMember } from './readInput.js';
import type { RecordSink } from './sink.js';

/** A coded field: leaf code of its table; the table's own rules (`code.unknown`, `code.notLeaf`, `code.unverified`). */
function readCodeField(
  input: unknown,
  field: 'education' | 'workPost',
  memo: CodeMemo,
  sink: RecordSink,
): string | undefined {
  if (isBlankCell(input)) {
    reportRequired(sink, field);
    return undefined;
  }
  const outcome = lookupCode(memo, input);
  if (outcome.issues.length > 0) sink.addUnder(outcome.issues, field);
  else if (!outcome.ok) sink.add(memberFieldUnreadableRule, [field], { field });
  if (outcome.code === '') return undefined;
  if (outcome.changed) reportChange(sink, field, input, outcome.code);
  return outcome.code;
}

/** Degrees (学位), not 学历: the guide (item 16) says go by the 学历 certificate, not the degree. */
const DEGREE_WORDS: ReadonlySet<string> = new Set(['学士', '硕士', '博士']);

/** A 学历 cell holding a bare degree word (学士, 硕士, 博士 — not 硕士研究生). */
function isDegreeWord(cell: unknown): boolean {
  return typeof cell === 'string' && DEGREE_WORDS.has(cell.trim());
}
/**
 * Reads items 16–21 into the draft.
 * @example
 * const draft = emptyMemberDraft();
 * checkPartyFields(Object.assign(new RawMember(), { memberType: '预备', branch: '中共 某某支部' }), draft, memberEnv(resolveOptions({ today: '2017-07-24' })), new RecordSink('zh-CN'));
 * draft.memberType // '预备党员'
 * draft.branch // '中共某某支部'
 */
export function checkPartyFields(raw: RawMember, draft: MemberDraft, env: MemberEnv, sink: RecordSink): void {
  draft.education = readCodeField(raw.education, 'education', env.education, sink);
  if (draft.education !== undefined && isDegreeWord(raw.education)) {
    const name = env.education.table.get(draft.education)?.name ?? '';
    sink.add(educationDegreeRule, ['education'], { value: (raw.education as string).trim(), code: draft.education, name });
  }

  if (isBlankCell(raw.memberType)) reportRequired(sink, 'memberType');
  else {
    const memberType = normalizeMemberType(raw.memberType);
    if (memberType === undefined) reportInvalid(sink, 'memberType', raw.memberType);
    else {
      draft.memberType = memberType;
      reportChange(sink, 'memberType', raw.memberType, memberType);
    }
  }

  const branchText = readTextCell(raw.branch, MAX_LENGTH.name);
  if (branchText === undefined) reportRequired(sink, 'branch');
  else if (branchText === NOT_TEXT || typeof raw.branch !== 'string') reportInvalid(sink, 'branch', raw.branch);
  else {
    const branch = normalizeBranch(branchText, env.branchNames);
    draft.branch = branch;
    reportChange(sink, 'branch', raw.branch, branch);
  }

  if (isBlankCell(raw.joinDate)) reportRequired(sink, 'joinDate');
  else draft.joinDate = readDateField(raw.joinDate, 'joinDate', env, sink);

  // Whether a blank full date is wrong depends on the member type: see member.fullDate.missing.
  if (!isBlankCell(raw.fullDate)) draft.fullDate = readDateField(raw.fullDate, 'fullDate', env, sink);

  draft.workPost = readCodeField(raw.workPost, 'workPost', env.workPost, sink);
}
