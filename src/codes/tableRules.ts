/**
 * The integrity rules {@link defineCodeTable} applies to a table's data (the same checks the bundled
 * tables pass in the tests). Paths point into the data: `['entries', 3, 'parent']`.
 * @module
 */
import { defineRule } from '../rules/define.js';

/**
 * `codeTable.shape` (error): a field of the table data is missing or of the wrong kind.
 * @example
 * codeTableShapeRule.zh({ field: 'complete', expected: 'boolean' }) // '代码表数据字段 complete 应为 boolean'
 * @category Codes
 */
export const codeTableShapeRule = defineRule<{ field: string; expected: string }>({
  id: 'codeTable.shape',
  severity: 'error',
  summary: 'A field of the code table data is missing or of the wrong kind',
  source: 'partyinfo CodeTableData (src/codes/types.ts)',
  zh: ({ field, expected }) => `代码表数据字段 ${field} 应为 ${expected}`,
  en: ({ field, expected }) => `Code table field ${field} must be ${expected}`,
});

/**
 * `codeTable.duplicateCode` (error): two entries share a code.
 * @example
 * codeTableDuplicateCodeRule.en({ code: '631' }) // 'Code 631 appears more than once'
 * @category Codes
 */
export const codeTableDuplicateCodeRule = defineRule<{ code: string }>({
  id: 'codeTable.duplicateCode',
  severity: 'error',
  summary: 'Two entries share a code',
  source: 'code table integrity',
  zh: ({ code }) => `代码 ${code} 重复出现`,
  en: ({ code }) => `Code ${code} appears more than once`,
});

/**
 * `codeTable.missingParent` (error): an entry's parent is not a code of the table.
 * @example
 * codeTableMissingParentRule.en({ code: '631', parent: '63' }) // 'The parent 63 of code 631 is not in the table'
 * @category Codes
 */
export const codeTableMissingParentRule = defineRule<{ code: string; parent: string }>({
  id: 'codeTable.missingParent',
  severity: 'error',
  summary: 'An entry’s parent code is not in the table',
  source: 'code table integrity',
  zh: ({ code, parent }) => `代码 ${code} 的上级代码 ${parent} 不在表中`,
  en: ({ code, parent }) => `The parent ${parent} of code ${code} is not in the table`,
});

/**
 * `codeTable.cycle` (error): parents lead round in a circle.
 * @example
 * codeTableCycleRule.en({ codes: '6 → 63 → 6' }) // 'Parents form a cycle: 6 → 63 → 6'
 * @category Codes
 */
export const codeTableCycleRule = defineRule<{ codes: string }>({
  id: 'codeTable.cycle',
  severity: 'error',
  summary: 'Parent codes form a cycle',
  source: 'code table integrity',
  zh: ({ codes }) => `上级代码形成循环：${codes}`,
  en: ({ codes }) => `Parents form a cycle: ${codes}`,
});

/**
 * `codeTable.parentPrefix` (error): in a table declared `hierarchicalCodes`, a child's code does not
 * extend its parent's (`631` under `63` is right, `731` is not).
 * @example
 * codeTableParentPrefixRule.en({ code: '731', parent: '63' }) // 'Code 731 does not extend its parent code 63'
 * @category Codes
 */
export const codeTableParentPrefixRule = defineRule<{ code: string; parent: string }>({
  id: 'codeTable.parentPrefix',
  severity: 'error',
  summary: 'In a hierarchical table, a child code does not extend its parent code',
  source: 'code table integrity (hierarchicalCodes)',
  zh: ({ code, parent }) => `代码 ${code} 不是在其上级代码 ${parent} 之后续编的`,
  en: ({ code, parent }) => `Code ${code} does not extend its parent code ${parent}`,
});

/**
 * `codeTable.noLeaves` (error): the table has no leaf code, so no value could ever be entered.
 * @example
 * codeTableNoLeavesRule.en({}) // 'The table has no leaf codes'
 * @category Codes
 */
export const codeTableNoLeavesRule = defineRule({
  id: 'codeTable.noLeaves',
  severity: 'error',
  summary: 'The table has no leaf codes',
  source: 'code table integrity',
  zh: () => '代码表没有最下一级代码',
  en: () => 'The table has no leaf codes',
});
