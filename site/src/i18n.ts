/**
 * The page's own words, Chinese first, English second. Messages of the check itself come from the
 * library in the locale the check ran with.
 * @module
 */
export type Locale = 'zh-CN' | 'en';

const WORDS = {
  title: ['党组织和党员信息检查', 'Party organisation and member information check'],
  switchLanguage: ['English', '中文'],
  print: ['打印', 'Print'],
  privacy: [
    '您的文件只在这台电脑上检查：不上传、不发送到任何地方。本页面不使用统计工具，不加载外部字体；打开后即使断开网络也能使用。',
    'Your files are checked on this computer only: nothing is uploaded or sent anywhere. This page uses no analytics and no outside fonts; once open, it works without a network.',
  ],
  tabCheck: ['检查表格', 'Check spreadsheets'],
  tabCodes: ['代码表', 'Code tables'],
  tabId: ['号码校验', 'Check a number'],
  chooseFiles: ['选择文件', 'Choose files'],
  dropHint: [
    '把党组织信息表、党员信息表（.xlsx，或 UTF-8 / GBK 编码的 .csv）拖到这里，可一次多个；需要时再加上代码表（.json）。',
    'Drop the organisation and member sheets here (.xlsx, or .csv in UTF-8 or GBK), several at once; add code tables (.json) if needed.',
  ],
  today: ['检查基准日期（留空为今天）', 'Reference date (empty: today)'],
  recheck: ['重新检查', 'Check again'],
  clear: ['清空', 'Clear'],
  noFiles: ['尚未选择文件。', 'No files chosen yet.'],
  remove: ['移除', 'Remove'],
  phase_open: ['正在打开文件', 'Opening files'],
  phase_read: ['正在读取记录', 'Reading records'],
  phase_check: ['正在检查', 'Checking'],
  phase_report: ['正在生成报告', 'Building the report'],
  phase_write: ['正在生成标注表格', 'Marking the workbook'],
  failed: ['检查未能完成：', 'The check could not finish: '],
  role_orgs: ['党组织信息', 'organisations'],
  role_members: ['党员信息', 'members'],
  role_jointUnits: ['联合党支部单位信息', 'joint-branch units'],
  role_tables: ['代码表', 'code tables'],
  role_none: ['未识别出党组织或党员表', 'no organisation or member sheet found'],
  downloadXlsx: ['下载标注后的表格（.xlsx）', 'Download the marked workbook (.xlsx)'],
  downloadReport: ['下载检查报告（.html）', 'Download the report (.html)'],
  summaryTitle: ['检查结果', 'Result'],
  byBranch: ['各党组织的问题', 'Problems by organisation'],
  issues: ['问题清单', 'Issues'],
  org: ['党组织', 'Organisation'],
  errors: ['错误', 'Errors'],
  warnings: ['需核实', 'Warnings'],
  reviews: ['需上报审核', 'Reviews'],
  allRules: ['全部规则', 'All rules'],
  filterText: ['筛选（姓名、党组织、说明…）', 'Filter (name, organisation, message…)'],
  cell: ['位置', 'Cell'],
  record: ['记录', 'Record'],
  field: ['字段', 'Field'],
  severity: ['级别', 'Severity'],
  rule: ['规则', 'Rule'],
  message: ['说明', 'Message'],
  showMore: ['显示更多', 'Show more'],
  showAll: ['显示全部', 'Show all'],
  noIssues: ['没有发现问题。', 'No problems found.'],
  codeTable: ['代码表', 'Table'],
  codeSearch: ['按代码或名称查找', 'Search by code or name'],
  code: ['代码', 'Code'],
  name: ['名称', 'Name'],
  parent: ['上级', 'Parent'],
  leaf: ['末级', 'Leaf'],
  confidence: ['可信度', 'Confidence'],
  note: ['说明', 'Note'],
  sources: ['来源', 'Sources'],
  standard: ['依据', 'Standard'],
  gaps: ['已知缺漏', 'Known gaps'],
  complete: ['完整', 'complete'],
  incomplete: ['不完整（未收录的代码给出警告）', 'incomplete (codes not listed give a warning)'],
  conf_high: ['高', 'high'],
  conf_medium: ['中', 'medium'],
  conf_low: ['低', 'low'],
  idLabel: ['公民身份号码或统一社会信用代码', 'Citizen ID number or unified social credit code'],
  idHint: ['输入时即时校验，号码不会离开本页面。', 'Checked as you type; the number never leaves this page.'],
  idValid: ['有效的公民身份号码', 'A valid citizen ID number'],
  creditValid: ['有效的统一社会信用代码', 'A valid unified social credit code'],
  birth: ['出生日期', 'born'],
  gender: ['性别', 'gender'],
  region: ['地区', 'region'],
  registration: ['登记管理部门', 'registered with'],
  matches: ['条', 'entries'],
  timing: ['用时', 'Time'],
  changes: ['处修改', 'changes'],
} satisfies Record<string, [string, string]>;

export type WordKey = keyof typeof WORDS;

/**
 * A word of the page in a locale.
 * @example
 * word('print', 'en') // 'Print'
 */
export function word(key: WordKey, locale: Locale): string {
  return WORDS[key][locale === 'en' ? 1 : 0];
}
