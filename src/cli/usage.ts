/** The help text of the `partyinfo` command (Chinese first, English after). */
export const USAGE = `用法 / Usage:
  partyinfo check <党组织文件> <党员文件> [--today 日期] [--tables 代码表.json] [--format table|json|html|xlsx|csv] [--out 文件]
  partyinfo fix <党组织文件> <党员文件> --out <文件.xlsx | 目录> [--today 日期] [--tables 代码表.json]
  partyinfo codes <代码表> [查询]
  partyinfo sample --out <目录> [--members 数量] [--orgs 数量] [--seed 数字] [--force]

  check   检查党组织和党员信息，输出问题清单。退出码：0 无错误，1 有错误，2 用法错误或文件无法读取。
  fix     写出规范化后的表格（修改记录、问题清单，问题单元格标色并加批注）；不会改动原文件。
  codes   按代码或名称查询代码表：组织类别 单位类别 单位建立党组织情况 学历 工作岗位 民族。
  sample  把内置的示例区县写成表格（党组织.xlsx、党员.xlsx 及 CSV），另写它所用的代码表（代码表.json）。

  文件可以是 .xlsx 或 .csv（UTF-8、带 BOM 的 UTF-8、GB18030/GBK）。两个参数可以是同一个工作簿。
  --units <文件>   另附的“建立联合党支部的单位基本信息汇总表”
  --tables <文件>  用正式代码表（codes/*.json 格式，一个表或一组表；按 id 替换内置表）检查，可多次给出
  --locale en      英文提示
  --force          sample：替换目录中已有的同名文件（否则拒绝写出）

  check   checks orgs and members and lists the problems. Exit code 0 no errors, 1 errors, 2 bad usage or unreadable file.
  fix     writes the normalised spreadsheets (change list, issue list, cells marked with comments); inputs are never modified.
  codes   looks up a code table by code or name: orgCategory unitCategory unitPartySetup education workPost ethnicity.
  sample  writes the bundled sample district as spreadsheets, and the code tables it is checked with (代码表.json).
  --force          sample: replace files already in the folder (refused otherwise).
  --tables <file>  check with official code tables (codes/*.json format, one table or an array; each replaces the bundled table of its id); repeatable.
`;
