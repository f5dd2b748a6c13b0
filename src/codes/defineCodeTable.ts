import { failure, toResult, type Result } from '../result.js';
import type { MessageOptions } from '../rules/define.js';
import { createCodeTable } from './createCodeTable.js';
import type { CodeTable } from './types.js';
import { readTableData } from './validateTableData.js';

/**
 * Makes a code table from data in the `codes/*.json` format — typically the official appendix a
 * user holds, to replace a bundled table through the validators' `tables` option. The data is
 * checked as the bundled tables are (field types, unique codes, parents that exist, no cycles, at
 * least one leaf, child codes extending their parent's where `hierarchicalCodes` is set); any
 * problem is an issue (`codeTable.*`) with its path in the data. Never throws; the input is copied,
 * never changed. A table with `complete: true` turns unknown codes into `code.unknown` errors.
 * @example
 * const table = defineCodeTable({
 *   id: 'orgCategory', title: '中共组织类别代码', standard: '中组部代码集', complete: true, confidence: 'high', sources: [],
 *   entries: [{ code: '6', name: '党的基层组织' }, { code: '63', name: '支部', parent: '6' }, { code: '631', name: '党支部', parent: '63' }],
 * });
 * table.ok && table.value.check('7').issues[0]?.rule // 'code.unknown'
 * defineCodeTable({ id: 'x' }).ok // false
 * @category Codes
 */
export function defineCodeTable<C extends string = string>(data: unknown, options?: MessageOptions): Result<CodeTable<C>> {
  let locale: MessageOptions['locale'] = 'zh-CN';
  try {
    if (options !== null && typeof options === 'object' && Object.prototype.hasOwnProperty.call(options, 'locale') && options.locale === 'en') locale = 'en';
  } catch {
    // unreadable options: keep the default locale
  }
  const { data: clean, issues } = readTableData(data, locale);
  if (!clean) return failure(issues);
  return toResult(createCodeTable<C>(clean), issues);
}
