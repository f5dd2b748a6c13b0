/**
 * Normalisers of the member form's tick-box fields: 性别, 人员类别, 是/否, 党籍状态. Each takes what a
 * spreadsheet or JSON holds and returns the form's answer, or `undefined` when it is not one.
 * @module
 */
import type { Gender, MemberType, PartyStatus } from '../types.js';
import { GENDER_ALIASES, MEMBER_TYPE_ALIASES, PARTY_STATUS_ALIASES, YES_NO_ALIASES } from './choiceAliases.js';
import { lookupChoice } from './lookupChoice.js';

/**
 * 性别 from 男/女, 1/2 (GB/T 2261.1), 男性/女性, M/F (any case, full-width too).
 * @param input - a cell value
 * @returns `'男'`, `'女'`, or `undefined` when unrecognised
 * @example
 * normalizeGender('女性') // '女'
 * normalizeGender(1) // '男'
 * normalizeGender('f') // '女'
 * normalizeGender('未知') // undefined
 * @category Members
 */
export function normalizeGender(input: unknown): Gender | undefined {
  return lookupChoice(GENDER_ALIASES, input);
}

/**
 * 人员类别 from 正式/预备, 正式党员/预备党员, or 1/2.
 * @param input - a cell value
 * @returns `'正式党员'`, `'预备党员'`, or `undefined` when unrecognised
 * @example
 * normalizeMemberType('预备') // '预备党员'
 * normalizeMemberType(1) // '正式党员'
 * normalizeMemberType('入党积极分子') // undefined
 * @category Members
 */
export function normalizeMemberType(input: unknown): MemberType | undefined {
  return lookupChoice(MEMBER_TYPE_ALIASES, input);
}

/**
 * A 是/否 cell: 是/否, Y/N, yes/no, √/×, 1/0, true/false (strings, numbers or booleans).
 * @param input - a cell value
 * @returns `true`, `false`, or `undefined` when unrecognised
 * @example
 * normalizeYesNo('是') // true
 * normalizeYesNo('×') // false
 * normalizeYesNo(0) // false
 * normalizeYesNo('n') // false
 * normalizeYesNo('也许') // undefined
 * @category Members
 */
export function normalizeYesNo(input: unknown): boolean | undefined {
  return lookupChoice(YES_NO_ALIASES, input);
}

/**
 * 党籍状态: 正常 (and 保留党籍, which the guide enters as 正常) or 停止党籍. Whether 停止党籍 is acceptable is
 * a policy question for the rule `member.partyStatus.notNormal`, not for this normaliser.
 * @param input - a cell value
 * @returns `'正常'`, `'停止党籍'`, or `undefined` for anything else
 * @example
 * normalizePartyStatus('保留党籍') // '正常'
 * normalizePartyStatus('停止党籍') // '停止党籍'
 * normalizePartyStatus('开除党籍') // undefined
 * @category Members
 */
export function normalizePartyStatus(input: unknown): PartyStatus | undefined {
  return lookupChoice(PARTY_STATUS_ALIASES, input);
}
