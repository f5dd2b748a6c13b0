/**
 * Rules of the spreadsheet layer: what reading a file can find wrong before any record rule runs.
 * Their issues carry paths like the dataset check's (`['members', 12, 'idNumber']`) or `['file']`.
 * @module
 */
import { defineRule } from '../rules/define.js';

/**
 * `io.file.unreadable` (error): a file that cannot be opened, an old .xls, a broken workbook.
 * @example
 * ioFileUnreadableRule.zh({ file: 'a.xls', reason: '旧版 .xls 格式' }) // '无法读取文件 a.xls：旧版 .xls 格式'
 * @category Spreadsheets
 */
export const ioFileUnreadableRule = defineRule<{ file: string; reason: string }>({
  id: 'io.file.unreadable',
  severity: 'error',
  summary: 'The file cannot be opened or is not an .xlsx / .csv file',
  source: 'partyinfo/io',
  zh: ({ file, reason }) => `无法读取文件 ${file}：${reason}`,
  en: ({ file, reason }) => `Cannot read ${file}: ${reason}`,
});

/**
 * `io.file.tooLarge` (error): a sheet past Excel's own limits (1,048,576 rows, 16,384 columns) or a
 * workbook past the reader's caps (1 GiB unzipped, 40 million cells); refused unread.
 * @example
 * ioFileTooLargeRule.zh({ file: 'a.xlsx', limit: '工作表“党员”超过 1,048,576 行（Excel 的上限）' }) // '文件 a.xlsx 超出读取范围：工作表“党员”超过 1,048,576 行（Excel 的上限），未读取'
 * @category Spreadsheets
 */
export const ioFileTooLargeRule = defineRule<{ file: string; limit: string }>({
  id: 'io.file.tooLarge',
  severity: 'error',
  summary: "A sheet is past Excel's limits or the workbook past the reading caps; it is not read",
  source: "partyinfo/io (Excel's sheet limits: 1,048,576 rows, 16,384 columns)",
  zh: ({ file, limit }) => `文件 ${file} 超出读取范围：${limit}，未读取`,
  en: ({ file, limit }) => `${file} is not read: ${limit}`,
});

/**
 * `io.sheet.notFound` (error): no sheet has a header row for the records asked for.
 * @example
 * ioSheetNotFoundRule.severity // 'error'
 * @category Spreadsheets
 */
export const ioSheetNotFoundRule = defineRule<{ file: string; what: string }>({
  id: 'io.sheet.notFound',
  severity: 'error',
  summary: 'No sheet of the file has a header row with the expected column names',
  source: 'partyinfo/io',
  zh: ({ file, what }) => `文件 ${file} 中找不到${what}的表头行（如“姓名”“党组织名称”等列名）`,
  en: ({ file, what }) => `No sheet of ${file} has a header row for ${what} (columns such as 姓名 or 党组织名称)`,
});

/**
 * `io.header.duplicate` (warning): two columns hold the same field.
 * @example
 * ioHeaderDuplicateRule.severity // 'warning'
 * @category Spreadsheets
 */
export const ioHeaderDuplicateRule = defineRule<{ sheet: string; header: string; kept: string }>({
  id: 'io.header.duplicate',
  severity: 'warning',
  summary: 'Two columns map to the same field; the better-named one is read, the other kept untouched',
  source: 'partyinfo/io',
  zh: ({ sheet, header, kept }) => `工作表“${sheet}”中“${header}”列与“${kept}”列是同一项，已按“${kept}”读取，“${header}”列原样保留`,
  en: ({ sheet, header, kept }) => `Sheet "${sheet}": column "${header}" holds the same item as "${kept}"; "${kept}" was read and "${header}" kept as it is`,
});

/**
 * `io.cell.numberPrecision` (warning): a long number lost digits when Excel stored it as a number.
 * @example
 * ioNumberPrecisionRule.en({ column: '身份证号' }) // '"身份证号" was stored as a number; Excel keeps 15 digits, so the rest is lost — re-enter it as text'
 * @category Spreadsheets
 */
export const ioNumberPrecisionRule = defineRule<{ column: string }>({
  id: 'io.cell.numberPrecision',
  severity: 'warning',
  summary: 'A long number (ID number, code) was stored as a number: Excel keeps only 15 digits',
  source: 'partyinfo/io (Excel keeps 15 significant digits)',
  zh: ({ column }) => `“${column}”被 Excel 存成了数字，超过 15 位的部分已丢失，请把单元格设为文本后重新录入`,
  en: ({ column }) => `"${column}" was stored as a number; Excel keeps 15 digits, so the rest is lost — re-enter it as text`,
});

/**
 * `io.cell.error` (warning): a formula error in a cell, read as empty.
 * @example
 * ioCellErrorRule.severity // 'warning'
 * @category Spreadsheets
 */
export const ioCellErrorRule = defineRule<{ column: string; error: string }>({
  id: 'io.cell.error',
  severity: 'warning',
  summary: 'A cell holds a formula error (#N/A, #REF! …); it is read as empty',
  source: 'partyinfo/io',
  zh: ({ column, error }) => `“${column}”单元格是公式错误 ${error}，按空值读取`,
  en: ({ column, error }) => `"${column}" holds the formula error ${error}; read as empty`,
});

/**
 * `io.encoding.invalid` (warning): bytes that are not valid in the CSV's encoding; the line of the
 * first is named.
 * @example
 * ioEncodingRule.zh({ file: 'a.csv', encoding: 'UTF-8', line: 12 }) // '文件 a.csv 第 12 行起有不符合 UTF-8 编码的字节，已替换为 �，请检查文件编码'
 * @category Spreadsheets
 */
export const ioEncodingRule = defineRule<{ file: string; encoding: string; line: number }>({
  id: 'io.encoding.invalid',
  severity: 'warning',
  summary: 'Some bytes of a CSV file are not valid in its encoding; they were read as �',
  source: 'partyinfo/io',
  zh: ({ file, encoding, line }) => `文件 ${file} 第 ${line} 行起有不符合 ${encoding} 编码的字节，已替换为 �，请检查文件编码`,
  en: ({ file, encoding, line }) => `${file} has bytes that are not valid ${encoding}, first on line ${line}; they were read as �`,
});

/**
 * `io.csv.unclosedQuote` (error): a quoted CSV field whose closing quote never comes, which would
 * swallow the rest of the file into one cell; the file is refused, naming the line the field began on.
 * @example
 * ioCsvUnclosedQuoteRule.en({ file: 'a.csv', line: 7 }) // 'a.csv: the quoted field that begins on line 7 never closes (it runs to the end of the file or past the 32,767 characters a cell holds); check the double quotes on that line'
 * @category Spreadsheets
 */
export const ioCsvUnclosedQuoteRule = defineRule<{ file: string; line: number }>({
  id: 'io.csv.unclosedQuote',
  severity: 'error',
  summary: 'A quoted field of a CSV file never closes; the file is not read',
  source: 'partyinfo/io (RFC 4180 quoting; a cell holds at most 32,767 characters in Excel)',
  zh: ({ file, line }) => `文件 ${file} 第 ${line} 行开始的带引号字段没有闭合（一直延续到文件末尾，或超过单元格最多 32,767 个字符），请检查该行的双引号`,
  en: ({ file, line }) => `${file}: the quoted field that begins on line ${line} never closes (it runs to the end of the file or past the 32,767 characters a cell holds); check the double quotes on that line`,
});

/**
 * `io.jointUnits.unknownBranch` (warning): a unit of the joint-branch unit sheet names no known org.
 * @example
 * ioJointUnitsUnknownBranchRule.severity // 'warning'
 * @category Spreadsheets
 */
export const ioJointUnitsUnknownBranchRule = defineRule<{ sheet: string; row: number; name: string }>({
  id: 'io.jointUnits.unknownBranch',
  severity: 'warning',
  summary: 'A row of the joint-branch unit sheet names a branch that is not in the org table',
  source: 'partyinfo/io (建立联合党支部的单位基本信息汇总表)',
  zh: ({ sheet, row, name }) => `“${sheet}”第 ${row} 行的联合党支部“${name}”不在党组织表中，该单位未读入`,
  en: ({ sheet, row, name }) => `Sheet "${sheet}" row ${row}: joint branch "${name}" is not in the org table; the unit was not read`,
});

/**
 * `io.layout.itemsAbsent` (warning): a sheet has no column for some items of the form (the 2017
 * 附件4 member template has no 家庭住址). Said once per sheet; those items are not `required` on
 * its rows, so a clerk knows what was not checked.
 * @example
 * ioLayoutItemsAbsentRule.zh({ sheet: '党员基本信息汇总表', items: '家庭住址' }) // '工作表“党员基本信息汇总表”没有“家庭住址”列，这些项未检查'
 * @category Spreadsheets
 */
export const ioLayoutItemsAbsentRule = defineRule<{ sheet: string; items: string }>({
  id: 'io.layout.itemsAbsent',
  severity: 'warning',
  summary: 'A sheet has no column for some items of the form; they are not required on its rows and were not checked',
  source: 'partyinfo/io (docs/spreadsheets.md: what the sheet can hold)',
  zh: ({ sheet, items }) => `工作表“${sheet}”没有“${items}”列，这些项未检查`,
  en: ({ sheet, items }) => `Sheet "${sheet}" has no column for ${items}; these items were not checked`,
});

/**
 * `io.argument.invalid` (error): an export of `partyinfo/sheets` or `partyinfo/io` was called with
 * arguments it cannot use (the wrong type, an object whose properties cannot be read). It did nothing;
 * the message names the export and the types given, never the values.
 * @example
 * ioArgumentInvalidRule.zh({ name: 'formatReportText', given: 'undefined' }) // 'formatReportText 无法使用所给的参数（undefined），未执行；请按文档传入参数'
 * @category Spreadsheets
 */
export const ioArgumentInvalidRule = defineRule<{ name: string; given: string }>({
  id: 'io.argument.invalid',
  severity: 'error',
  summary: 'A spreadsheet function was called with arguments it cannot use; it did nothing',
  source: 'partyinfo API (docs/spreadsheets.md)',
  zh: ({ name, given }) => `${name} 无法使用所给的参数（${given}），未执行；请按文档传入参数`,
  en: ({ name, given }) => `${name} cannot use the arguments given (${given}) and did nothing; pass them as documented`,
});

/**
 * Every rule of the spreadsheet layer, for the rule catalogue.
 * @example
 * ioRules.map((r) => r.id).includes('io.file.unreadable') // true
 * @category Spreadsheets
 */
export const ioRules = [
  ioFileUnreadableRule,
  ioFileTooLargeRule,
  ioSheetNotFoundRule,
  ioHeaderDuplicateRule,
  ioNumberPrecisionRule,
  ioCellErrorRule,
  ioEncodingRule,
  ioCsvUnclosedQuoteRule,
  ioJointUnitsUnknownBranchRule,
  ioLayoutItemsAbsentRule,
  ioArgumentInvalidRule,
] as const;
