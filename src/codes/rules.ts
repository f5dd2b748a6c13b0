/**
 * The rules of the code tables: what {@link CodeTable.check} and {@link defineCodeTable} report.
 * Messages name the table by its form label (组织类别, 民族 …).
 * @module
 */
import { defineRule } from '../rules/define.js';

/**
 * Names a table in messages: its form label in Chinese and English.
 * @example
 * codeTables.orgCategory.data.label // '组织类别'
 * @category Codes
 */
export interface TableLabel {
  /** 组织类别 */
  label: string;
  /** organisation category */
  labelEn: string;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * What a non-code input was, for `code.unknown` messages.
 * @example
 * codeTables.orgCategory.check(true).issues[0]?.message // '组织类别应填写代码（文字或数字），不能是布尔值'
 * @category Codes
 */
export type InputKind = 'object' | 'array' | 'date' | 'boolean' | 'symbol' | 'function';

const KIND_ZH: ReadonlyMap<string, string> = /* @__PURE__ */ new Map<string, string>([
  ['object', '对象'], ['array', '数组'], ['date', '日期对象'], ['boolean', '布尔值'], ['symbol', '符号'], ['function', '函数'],
]);
const KIND_EN: ReadonlyMap<string, string> = /* @__PURE__ */ new Map<string, string>([
  ['object', 'an object'], ['array', 'an array'], ['date', 'a Date'], ['boolean', 'a boolean'], ['symbol', 'a symbol'], ['function', 'a function'],
]);

/**
 * `code.unknown` (error): the value is neither a code nor a name of the table (or it is empty, or
 * not text at all). For a table known to be incomplete a well-formed code gives `code.unverified` instead.
 * @example
 * codeUnknownRule.zh({ label: '民族', labelEn: 'ethnicity', value: '99', problem: 'value' }) // '民族代码“99”不存在：代码表中没有此代码或名称'
 * @category Codes
 */
export const codeUnknownRule = defineRule<TableLabel & { value: string; problem: 'blank' | 'type' | 'value' }>({
  id: 'code.unknown',
  severity: 'error',
  summary: 'The value is neither a code nor a name of the code table',
  source: 'guide items 5, 8, 9, 16, 21 (fill the code from the code table)',
  zh: ({ label, value, problem }) =>
    problem === 'blank'
      ? `未填写${label}代码`
      : problem === 'type'
        ? `${label}应填写代码（文字或数字），不能是${KIND_ZH.get(value) ?? value}`
        : `${label}代码“${value}”不存在：代码表中没有此代码或名称`,
  en: ({ labelEn, value, problem }) =>
    problem === 'blank'
      ? `No ${labelEn} code given`
      : problem === 'type'
        ? `${cap(labelEn)} must be a code (text or a number), not ${KIND_EN.get(value) ?? value}`
        : `${cap(labelEn)} code "${value}" does not exist: it is neither a code nor a name in the table`,
});

/**
 * `code.notLeaf` (error): a group code where forms carry only the lowest level (the guide: 631, never 6).
 * The message lists the leaves under it (sure ones first; at most eight).
 * @example
 * codeNotLeafRule.zh({ label: '组织类别', labelEn: 'organisation category', code: '63', leaves: ['631 党支部', '632 联合党支部'], total: 2 }) // '组织类别代码“63”不是最下一级代码，应填写其下级代码：631 党支部、632 联合党支部'
 * @category Codes
 */
export const codeNotLeafRule = defineRule<TableLabel & { code: string; leaves: string[]; total: number }>({
  id: 'code.notLeaf',
  severity: 'error',
  summary: 'A group code where forms carry only leaf codes',
  source: 'guide item 5 ②: fill the lowest-level code (631, not 6); items 16 and 21: the same for every coded item',
  zh: ({ label, code, leaves, total }) =>
    `${label}代码“${code}”不是最下一级代码，应填写其下级代码：${leaves.join('、')}` +
    (total > leaves.length ? `等（共 ${total} 个）` : ''),
  en: ({ labelEn, code, leaves, total }) =>
    `${cap(labelEn)} code "${code}" is not a leaf code; fill in a code under it: ${leaves.join(', ')}` +
    (total > leaves.length ? ` … (${total} in all)` : ''),
});

/**
 * `code.unverified` (warning): accepted, but not confirmed — a well-formed code missing from a table
 * known to be incomplete (`unlisted`), an entry the sources are unsure of (`lowConfidence`), or a
 * doubtful GB/T 4658 → party mapping (`mapping`). A user-supplied complete table turns `unlisted`
 * into `code.unknown`.
 * @example
 * codeUnverifiedRule.en({ label: '组织类别', labelEn: 'organisation category', code: '7', name: '', reason: 'unlisted' }) // 'Organisation category code "7" is not among the known codes; the bundled table is incomplete, so check it against the official code list'
 * @category Codes
 */
export const codeUnverifiedRule = defineRule<
  TableLabel & { code: string; name: string; reason: 'unlisted' | 'lowConfidence' | 'mapping'; target?: string }
>({
  id: 'code.unverified',
  severity: 'warning',
  summary: 'A code the bundled (incomplete or uncertain) table cannot confirm',
  source: 'docs/codes/README.md; reference confidence and gaps of each table',
  zh: ({ label, code, name, reason, target }) =>
    reason === 'unlisted'
      ? `${label}代码“${code}”不在已收录的代码中；本库的代码表不完整，请对照正式代码表核实`
      : reason === 'lowConfidence'
        ? `${label}代码“${code}”${name ? `（${name}）` : ''}来源不足、未经证实，请对照正式代码表核实`
        : `${label}“${code}${name ? ` ${name}` : ''}”对应党员学历代码“${target ?? ''}”存疑，请按学历证书核实`,
  en: ({ labelEn, code, name, reason, target }) =>
    reason === 'unlisted'
      ? `${cap(labelEn)} code "${code}" is not among the known codes; the bundled table is incomplete, so check it against the official code list`
      : reason === 'lowConfidence'
        ? `${cap(labelEn)} code "${code}"${name ? ` (${name})` : ''} is not confirmed by the sources; check it against the official code list`
        : `${cap(labelEn)} "${code}${name ? ` ${name}` : ''}" maps to party education code "${target ?? ''}" only doubtfully; check the diploma`,
});

/**
 * `code.nameMismatch` (error): a `code name` cell (`631 党总支部`) whose name is not the code's: which
 * of the two was meant cannot be known.
 * @example
 * codeNameMismatchRule.zh({ label: '组织类别', labelEn: 'organisation category', value: '631 党总支部', code: '631', name: '党支部', given: '党总支部', otherCode: '621' }) // '组织类别“631 党总支部”的代码与名称不符：631 是“党支部”，“党总支部”的代码是 621'
 * @category Codes
 */
export const codeNameMismatchRule = defineRule<
  TableLabel & { value: string; code: string; name: string; given: string; otherCode?: string }
>({
  id: 'code.nameMismatch',
  severity: 'error',
  summary: 'A "code name" cell whose name does not belong to its code',
  source: 'docs/spreadsheets.md (dropdown cells: take the code, check the name agrees)',
  zh: ({ label, value, code, name, given, otherCode }) =>
    `${label}“${value}”的代码与名称不符：` +
    (name ? `${code} 是“${name}”` : `没有代码 ${code}`) +
    (otherCode ? `，“${given}”的代码是 ${otherCode}` : ''),
  en: ({ labelEn, value, code, name, given, otherCode }) =>
    `${cap(labelEn)} "${value}": the code and the name disagree — ` +
    (name ? `${code} is "${name}"` : `there is no code ${code}`) +
    (otherCode ? `, "${given}" is ${otherCode}` : ''),
});

/**
 * `code.ambiguous` (error): a name that belongs to several codes, or a number that fits several codes
 * once leading zeros are restored.
 * @example
 * codeAmbiguousRule.zh({ label: '组织类别', labelEn: 'organisation category', value: '党组', codes: ['3 党组', '612 党组'] }) // '组织类别“党组”对应多个代码（3 党组、612 党组），请直接填写代码'
 * @category Codes
 */
export const codeAmbiguousRule = defineRule<TableLabel & { value: string; codes: string[] }>({
  id: 'code.ambiguous',
  severity: 'error',
  summary: 'A name or a zero-stripped number that fits several codes',
  source: 'docs/spreadsheets.md (resolve only where the table makes it unambiguous)',
  zh: ({ label, value, codes }) => `${label}“${value}”对应多个代码（${codes.join('、')}），请直接填写代码`,
  en: ({ labelEn, value, codes }) =>
    `${cap(labelEn)} "${value}" fits several codes (${codes.join(', ')}); fill in the code itself`,
});

/**
 * `code.noMapping` (error): a GB/T 4658 学历 code with no defensible party education code (groups,
 * 肄业): the member's highest diploma decides.
 * @example
 * codeNoMappingRule.en({ label: '学历（GB/T 4658）', labelEn: 'education (GB/T 4658)', code: '16', name: '硕士研究生肄业' }) // 'Education (GB/T 4658) "16 硕士研究生肄业" has no corresponding party education code; use the highest diploma held'
 * @category Codes
 */
export const codeNoMappingRule = defineRule<TableLabel & { code: string; name: string }>({
  id: 'code.noMapping',
  severity: 'error',
  summary: 'A GB/T 4658 education code with no corresponding party education code',
  source: 'guide item 16 (go by the diploma); codes/educationGbt4658.json',
  zh: ({ label, code, name }) => `${label}“${code}${name ? ` ${name}` : ''}”没有对应的党员学历代码，请按本人最高学历证书填写`,
  en: ({ labelEn, code, name }) =>
    `${cap(labelEn)} "${code}${name ? ` ${name}` : ''}" has no corresponding party education code; use the highest diploma held`,
});

export {
  codeTableShapeRule,
  codeTableDuplicateCodeRule,
  codeTableMissingParentRule,
  codeTableCycleRule,
  codeTableParentPrefixRule,
  codeTableNoLeavesRule,
} from './tableRules.js';
import {
  codeTableShapeRule,
  codeTableDuplicateCodeRule,
  codeTableMissingParentRule,
  codeTableCycleRule,
  codeTableParentPrefixRule,
  codeTableNoLeavesRule,
} from './tableRules.js';

/**
 * Every rule of the code tables, for the rule catalogue.
 * @example
 * codesRules.some((rule) => rule.id === 'code.notLeaf') // true
 * @category Codes
 */
export const codesRules = [
  codeUnknownRule,
  codeNotLeafRule,
  codeUnverifiedRule,
  codeNameMismatchRule,
  codeAmbiguousRule,
  codeNoMappingRule,
  codeTableShapeRule,
  codeTableDuplicateCodeRule,
  codeTableMissingParentRule,
  codeTableCycleRule,
  codeTableParentPrefixRule,
  codeTableNoLeavesRule,
] as const;
