/**
 * 民族 as the form wants it (the full name, 汉族) with its GB/T 3304 code, from whatever a cell holds.
 * @module
 */
import { tableFor } from '../../codes/tableFor.js';
import type { CodeTableOverrides } from '../../codes/types.js';
import { checkCodeCell } from '../../codes/checkCodeCell.js';

/**
 * Reads 民族 from a full name (`汉族`), a short name (`汉`), a GB/T 3304 code (`01`, or `1` as Excel leaves it)
 * or a dropdown cell (`01 汉族`).
 * @param input - a cell value
 * @param tables - replacement code tables (the `ethnicity` one is used when given)
 * @returns the code and full name, or `undefined` when it is no ethnicity (`member.ethnicity.unknown`)
 * @example
 * normalizeEthnicity('汉') // { code: '01', name: '汉族' }
 * normalizeEthnicity(15) // { code: '15', name: '土家族' }
 * normalizeEthnicity('01 汉族') // { code: '01', name: '汉族' }
 * normalizeEthnicity('火星族') // undefined
 * @category Members
 */
export function normalizeEthnicity(input: unknown, tables?: CodeTableOverrides): { code: string; name: string } | undefined {
  let table;
  try {
    table = tableFor('ethnicity', tables);
  } catch {
    table = tableFor('ethnicity');
  }
  const outcome = checkCodeCell(table, input, 'zh-CN');
  return outcome.ok && outcome.name !== '' ? { code: outcome.code, name: outcome.name } : undefined;
}
