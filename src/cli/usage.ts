/**
 * The help texts of the `partyinfo` command (Chinese first, English after): the overview, and one
 * page per command for `partyinfo COMMAND --help`.
 * @module
 */

/** The overview: `partyinfo --help`. */
export const USAGE = `用法 / Usage:
  partyinfo check [党组织文件] <党员文件> [--today 日期] [--tables 代码表.json] [--format table|json|html|xlsx|csv] [--out 文件]
  partyinfo fix <党组织文件> <党员文件> --out <文件.xlsx | 目录> [--today 日期] [--tables 代码表.json]
  partyinfo codes [代码表] [查询]
  partyinfo sample --out <目录> [--members 数量] [--orgs 数量] [--seed 数字] [--force]
  partyinfo --version

  check   检查党组织和党员信息，输出问题清单；只给党员文件时只检查党员信息。退出码：0 无错误，1 有错误，2 用法错误或文件无法读取。
  fix     写出规范化后的表格（修改记录、问题清单，问题单元格标色并加批注）；不会改动原文件。
  codes   按代码或名称查询代码表：组织类别 单位类别 单位建立党组织情况 学历 工作岗位 民族；不给代码表时列出全部代码表。
  sample  把内置的示例区县写成表格（党组织.xlsx、党员.xlsx 及 CSV），另写它所用的代码表（代码表.json）。

  文件可以是 .xlsx 或 .csv（UTF-8、带 BOM 的 UTF-8、GB18030/GBK）；“-”表示标准输入或标准输出。两个参数可以是同一个工作簿。
  partyinfo <命令> --help 查看该命令的全部选项。 --locale en 英文提示。

  check   checks orgs and members and lists the problems; given the member file alone, checks the members only.
          Exit code 0 no errors, 1 errors, 2 bad usage or unreadable file.
  fix     writes the normalised spreadsheets (change list, issue list, cells marked with comments); inputs are never modified.
  codes   looks up a code table by code or name: orgCategory unitCategory unitPartySetup education workPost ethnicity; lists the tables when none is named.
  sample  writes the bundled sample district as spreadsheets, and the code tables it is checked with (代码表.json).
  Files are .xlsx or .csv; "-" is standard input or output. partyinfo COMMAND --help shows a command's options.
`;

const TODAY = `  --today <日期>        检查基准日（年龄、逾期类规则）；默认今天（本机日期）。写法同单元格：2017-07-24、2017/7/24、2017.7.24、20170724、2017年7月24日
  --tables <文件>       用正式代码表（codes/*.json 格式，一个表或一组表；按 id 替换内置表）检查，可多次给出
  --units <文件>        另附的“建立联合党支部的单位基本信息汇总表”
  --locale en           英文提示（默认中文）`;

const TODAY_EN = `  --today <date>        reference date for ages and overdue rules; default today (this machine's date). Any form a cell takes: 2017-07-24, 2017/7/24, 20170724, 2017年7月24日
  --tables <file>       check with official code tables (codes/*.json format); repeatable
  --units <file>        the separate joint-branch unit sheet
  --locale en           English messages (default Chinese)`;

const EXIT = `退出码 / exit code: 0 无错误 no errors · 1 有错误 errors found · 2 用法错误或文件无法读取 bad usage or unreadable file`;

/** One page per command: `partyinfo COMMAND --help`. */
export const COMMAND_HELP: Readonly<Record<string, string>> = {
  check: `用法 / Usage: partyinfo check [党组织文件] <党员文件> [选项]

检查党组织和党员信息，输出问题清单。只给一个文件时把它当作党员文件：党员规则全部检查，需要党组织名单的规则（所在党支部是否存在、是否为党支部、支部人数）不检查，报告中说明一次。
文件为 .xlsx 或 .csv；“-”表示从标准输入读取（只能有一个）。

  --format, -f <格式>   table（默认，终端表格）、json、html、csv、xlsx（标注问题的工作簿，需 --out）
  --out, -o <文件>      写入文件而不是屏幕；扩展名决定格式（.html .json .csv .xlsx），与 --format 不一致时报错；“-”为标准输出
${TODAY}

Checks the organisations and members and lists the problems. With one file, it is the member file: the member rules all run; the rules that need the org list are skipped, and the report says so once.
  --format, -f          table (default), json, html, csv, xlsx (a marked workbook; needs --out)
  --out, -o <file>      write to a file; its extension chooses the format (.html .json .csv .xlsx), a different --format is refused; "-" is stdout
${TODAY_EN}

${EXIT}
`,
  fix: `用法 / Usage: partyinfo fix <党组织文件> <党员文件> --out <文件.xlsx | 目录> [选项]

写出规范化后的表格：规范化的单元格按原来的写法写回（“代码 名称”仍为“代码 名称”），修改记录表列出每处修改（修改后即写入单元格的内容），问题清单表列出仍有的问题，问题单元格标色并加批注。不会改动原文件。

  --out, -o <文件|目录>  .xlsx 文件：一个标注好的工作簿；目录：每个输入文件一份修改后的副本（必填）
${TODAY}

Writes the normalised spreadsheets: each fixed cell keeps its form ("code name" stays "code name"), the change list (修改记录) shows exactly what was written, the issue list what remains. Inputs are never modified.
  --out, -o <file|dir>  an .xlsx file (one marked workbook) or a folder (a fixed copy of each input); required
${TODAY_EN}

${EXIT}（1：修改后仍有错误 errors remain after fixing）
`,
  codes: `用法 / Usage: partyinfo codes [代码表] [查询] [--format json]

不给代码表：列出全部代码表。给代码表：列出它的代码（类别行标“(类)”，上级写出代码和名称）；给查询：只列代码或名称相符的条目。
代码表：组织类别 单位类别 单位建立党组织情况 学历 工作岗位 民族（也可写英文 id）。

  --format json         JSON 输出
  --locale en           英文提示

Without a table: lists the tables. With a table: its codes (groups marked "(类)", parents with code and name); with a query: only the entries whose code or name matches.
退出码 / exit code: 0 找到 found · 1 没有相符的代码 no match · 2 未知的代码表 unknown table
`,
  sample: `用法 / Usage: partyinfo sample --out <目录> [选项]

把内置的示例区县写成表格（党组织.xlsx、党员.xlsx 及 CSV），另写它所用的代码表（代码表.json），用来试用其他命令。

  --out, -o <目录>      输出目录（必填）
  --members <数量>      党员人数（默认示例区县的人数）
  --orgs <数量>         党组织个数
  --seed <数字>         随机种子（同一种子写出同样的数据）
  --force               替换目录中已有的同名文件（否则拒绝写出）

Writes the bundled sample district (orgs, members as .xlsx and .csv) and its code tables (代码表.json) into a folder.
  --out, -o <dir>       the folder (required) · --members, --orgs <n> sizes · --seed <n> the random seed · --force replace files already in the folder (refused otherwise)
退出码 / exit code: 0 已写出 written · 2 用法错误或无法写入 bad usage or cannot write
`,
};
