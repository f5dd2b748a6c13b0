/** Markdown pages for the code tables (see render.ts). */
import { createCodeTable } from '../../src/codes/createCodeTable.js';
import { stripZeros } from '../../src/codes/_lib/nameKey.js';
import type { CodeTable, CodeTableData } from '../../src/codes/types.js';

/** The header of every generated file (`%s` = the table id). */
export const GENERATED_NOTE = 'Generated from codes/%s.json by scripts/generate-codes.ts (`npm run codes:gen`). Do not edit.';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const yesNo = (flag: boolean | undefined): string => (flag ? 'yes 是' : 'no 否');

/** One readable page per table. */
export function renderTableDoc(data: CodeTableData): string {
  const table = createCodeTable(data);
  const columns = data.columns ?? [];
  const lines = [
    `<!-- ${GENERATED_NOTE.replace('%s', data.id)} -->`,
    `# ${data.title}${data.titleEn ? ` · ${data.titleEn}` : ''}`,
    '',
    `\`codeTables.${data.id}\` · 表单项 form item: ${data.label ?? data.title} · 数据 data: [\`codes/${data.id}.json\`](../../codes/${data.id}.json)`,
    '',
    '| | |',
    '|---|---|',
    `| 标准 Standard | ${cell(data.standard)} |`,
    `| 可信度 Confidence | **${data.confidence}**${data.confidenceNote ? ` — ${cell(data.confidenceNote)}` : ''} |`,
    `| 完整 Complete | ${data.complete ? 'yes 是: a code not listed gives `code.unknown`' : 'no 否: a well-formed code not listed gives `code.unverified` (warning), not `code.unknown`'} |`,
    `| 代码逐级延伸 Codes extend their parent’s | ${yesNo(data.hierarchicalCodes)} |`,
    `| 条目 Entries | ${data.entries.length} (末级 leaves: ${table.leaves().length}) |`,
    '',
    '## 来源 Sources',
    '',
    ...data.sources.map((s) => `- **${s.name}** — ${s.what}`),
    '',
  ];
  if (data.gaps) lines.push('## 缺漏与存疑 Gaps', '', data.gaps, '');
  const hints = inputHints(table, data);
  if (hints.length > 0) lines.push('## 录入提示 Input notes', '', ...hints, '');
  lines.push('## 代码 Codes', '');
  for (const column of columns) if (column.note) lines.push(`- *${column.title}*: ${column.note}`);
  if (columns.some((c) => c.note)) lines.push('');
  lines.push(
    `| 代码 Code | 名称 Name | 层级 Level | 末级 Leaf | 别名 Aliases |${columns.map((c) => ` ${c.title} |`).join('')} 可信度 Confidence | 说明 Note |`,
    `|---|---|---|---|---|${columns.map(() => '---|').join('')}---|---|`,
  );
  for (const entry of data.entries) {
    const extra = columns.map((c) => {
      const value = Object.hasOwn(entry, c.key) ? entry[c.key] : undefined;
      return ` ${value === undefined || value === null ? '' : cell(String(value))} |`;
    });
    lines.push(
      `| \`${entry.code}\` | ${entry.name ? cell(entry.name) : '*（名称未知 name unknown）*'} | ${table.ancestors(entry.code).length + 1} | ${table.isLeaf(entry.code) ? '✓' : ''} | ${cell((entry.aliases ?? []).join('、'))} |${extra.join('')} ${entry.confidence ?? data.confidence} | ${cell(entry.note ?? '')} |`,
    );
  }
  return lines.join('\n') + '\n';
}

/** Facts about input that follow from the data: shared names, codes that lose their zeros, unsure codes. */
function inputHints(table: CodeTable, data: CodeTableData): string[] {
  const hints: string[] = [];
  const owners = new Map<string, Set<string>>();
  for (const entry of data.entries) {
    for (const name of [entry.name, ...(entry.aliases ?? [])]) {
      if (name === '') continue;
      const set = owners.get(name) ?? new Set<string>();
      set.add(entry.code);
      owners.set(name, set);
    }
  }
  const shared = [...owners].filter(([, codes]) => codes.size > 1).map(([name, codes]) => `${name} → ${[...codes].join(', ')}`);
  if (shared.length > 0) {
    hints.push(`- 同名多码 Names that belong to several codes (\`check\` reports \`code.ambiguous\`; fill in the code): ${shared.join('; ')}.`);
  }
  const byStripped = new Map<string, string[]>();
  for (const entry of data.entries) byStripped.set(stripZeros(entry.code), [...(byStripped.get(stripZeros(entry.code)) ?? []), entry.code]);
  const clashes = [...byStripped.values()].filter((codes) => codes.length > 1);
  if (clashes.length > 0) {
    const example = clashes.map((codes) => codes.at(-1)!).find((code) => table.isLeaf(code)) ?? clashes[0]!.at(-1)!;
    hints.push(
      `- 前导零 Leading zeros: these codes look alike once a spreadsheet drops leading zeros: ${clashes.map((c) => c.join(' / ')).join('; ')}. A number such as \`${example}\` is read as that code itself, never padded; keep code columns as text.`,
    );
  }
  const padded = data.entries.filter(
    (e) => e.code.startsWith('0') && stripZeros(e.code) !== '' && (byStripped.get(stripZeros(e.code))?.length ?? 0) === 1,
  );
  if (padded.length > 0) {
    hints.push(
      `- 补零 Restored zeros: ${padded.length} codes with leading zeros are also found from the number without them (e.g. \`${stripZeros(padded[0]!.code)}\` → \`${padded[0]!.code}\`).`,
    );
  }
  const low = data.entries.filter((e) => (e.confidence ?? data.confidence) === 'low' && table.isLeaf(e.code)).map((e) => e.code);
  if (low.length > 0) hints.push(`- 存疑代码 Low-confidence leaves, accepted with a \`code.unverified\` warning: ${low.join(', ')}.`);
  return hints;
}

/** The index page, Chinese and English. */
export function renderIndexDoc(tables: CodeTableData[]): string {
  const rows = tables.map((data) => {
    const table = createCodeTable(data);
    return `| [${data.title}](${data.id}.md) | \`${data.id}\` | ${data.entries.length} | ${table.leaves().length} | ${data.confidence} | ${data.complete ? 'yes 是' : 'no 否'} |`;
  });
  return [
    `<!-- ${GENERATED_NOTE.replace('%s', '*')} -->`,
    '# 代码表 Code tables',
    '',
    'partyinfo 内置 2017 年党组织和党员基本信息采集所用的代码表。每张表的数据文件在 `codes/` 中，载明标准、来源、可信度和缺漏；存疑的条目逐条注明。表单只填最下一级代码（如 631，而不是 6）。',
    '',
    'partyinfo bundles the code tables of the 2017 collection of Party organisation and member information. Each table is one data file in `codes/` with its standard, sources, confidence and gaps; uncertain entries carry their own confidence and note. Forms carry leaf codes only (631, never 6).',
    '',
    '| 表 Table | id | 条目 Entries | 末级 Leaves | 可信度 Confidence | 完整 Complete |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    '## 用法 Usage',
    '',
    '- `codeTables.<id>.check(value)` 接受代码、数字（631）、全角数字、前后空格、下拉单元格（`631 党支部`；代码与名称不一致时报 `code.nameMismatch` 错误，因为无法判断哪一个是对的）以及名称或别名（党支部 → 631），并报告是如何识别的（`resolvedBy`）。只在无歧义时补上或去掉前导零；同名多码时报 `code.ambiguous`。',
    '  `check` accepts a code, a number, full-width digits, surrounding spaces, a dropdown cell (`631 党支部`; a name that disagrees with the code is a `code.nameMismatch` error, since which of the two was meant cannot be known) and a name or alias instead of the code, and says how it resolved the value (`resolvedBy`). Leading zeros are restored or dropped only where one code fits; a name shared by several codes gives `code.ambiguous`.',
    '- 不完整的表（`complete: false`）遇到未收录但格式正确的代码给出 `code.unverified`（警告），而不是 `code.unknown`；来源不足（`low`）的条目同样给出 `code.unverified`。',
    '  On an incomplete table a well-formed unlisted code gives `code.unverified` (a warning) instead of `code.unknown`; so does an entry of low confidence.',
    '- 持有正式代码附录的用户可用 `defineCodeTable(data)` 载入（格式同 `codes/*.json`，并做同样的完整性检查），再通过各校验函数的 `tables` 选项替换内置表。',
    '  Users who hold the official appendix load it with `defineCodeTable(data)` (same format as `codes/*.json`, same integrity checks) and pass it to any validator through the `tables` option.',
    '- 人事系统常用的 GB/T 4658-2006 学历代码单列为 `educationGbt4658`，`mapGbt4658ToEducation` 将其对应到党员学历代码。',
    '  GB/T 4658-2006 education codes, which HR systems hold, are a separate table (`educationGbt4658`); `mapGbt4658ToEducation` maps them to the party education codes.',
    '',
  ].join('\n');
}
