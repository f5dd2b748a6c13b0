/**
 * Small valid records for the dataset tests: a root committee with branches, and members made from
 * a counter (valid, distinct ID numbers). Tests spoil copies of them.
 * @module
 */
import { creditCodeCheckChar, idNumberCheckChar } from '../../identifiers/index.js';

export const TODAY = '2017-07-24';

const first17 = '91330212MA2ABCDEX';
/** A valid credit code. */
export const CODE = first17 + creditCodeCheckChar(first17)!;

/** The root committee. */
export const ROOT = {
  id: 'r', name: '中共某某区委员会', secretary: '张三', contact: '张三', contactPhone: '13800138000',
  category: '611', unitSituation: 'legal-entity', unit: { name: '某某区委员会机关', category: '4', partySetup: '11', code: CODE.replace(/^91/, '11').slice(0, 17) },
};
ROOT.unit.code += creditCodeCheckChar(ROOT.unit.code)!;

/** A branch (631, same as parent) under `parent`. */
export function branch(id: string, name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id, parentId: 'r', name, secretary: '李四', contact: '李四', contactPhone: '13900139000', category: '631',
    unitSituation: 'same-as-parent', ...extra,
  };
}

/** A valid ID number for member number `n` (male when `n` is odd). */
export function idFor(n: number): string {
  const body = `330212198001${String(1 + (Math.floor(n / 1000) % 28)).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
  return body + idNumberCheckChar(body)!;
}

/** A valid 正式党员 of `branchName`. */
export function member(n: number, branchName: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const id = idFor(n);
  return {
    name: '王五', gender: n % 2 === 1 ? '男' : '女', ethnicity: '汉族', idNumber: id,
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, education: '21', memberType: '正式党员',
    branch: branchName, joinDate: '2005-06-01', fullDate: '2006-06-01', workPost: '0215', mobile: '13812345678',
    address: '某某区某某路1号', partyStatus: '正常', lostContact: false, floating: false, ...extra,
  };
}

/** `count` members of a branch, numbered from `from`. */
export function members(count: number, branchName: string, from = 0, extra: Record<string, unknown> = {}): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, k) => member(from + k, branchName, extra));
}
