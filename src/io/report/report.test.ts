import { describe, expect, it } from 'vitest';
import type { Issue } from '../../result.js';
import { buildReport } from './buildReport.js';
import { csvField, displayWidth, formatReportCsv, formatReportJson, formatReportText } from './formats.js';
import { escapeHtml, formatReportHtml } from './html.js';
import { cellName, columnLetters, fieldLabel } from './labels.js';

const BRANCH = '中共甲村支部委员会';
const issues: Issue[] = [
  { rule: 'id.checksum', severity: 'error', path: ['members', 0, 'idNumber'], message: '公民身份号码校验码错误' },
  { rule: 'member.mobile.missing', severity: 'warning', path: ['members', 1, 'mobile'], message: '未填手机号' },
  { rule: 'org.category.temporary', severity: 'review', path: ['orgs', 0, 'category'], message: '临时党组织需上报' },
  { rule: 'id.checksum', severity: 'error', path: ['members', 1, 'idNumber'], message: '<script>x</script>' },
];
const input = {
  issues,
  orgs: [{ name: BRANCH }],
  members: [{ name: '张三', branch: BRANCH }, { name: '李四', branch: ' 中共甲村 支部委员会' }],
  sources: {
    orgs: [{ sheet: '党组织', row: 3, columns: new Map([['category', 7]]) }],
    members: [
      { sheet: '党员', row: 5, columns: new Map([['idNumber', 4]]) },
      { sheet: '党员', row: 6, columns: new Map([['idNumber', 4]]) },
    ],
  },
};

describe('buildReport', () => {
  it('counts per severity, per rule and per org (members under their branch, names normalised)', () => {
    const report = buildReport(input);
    expect(report.ok).toBe(false);
    expect(report.counts).toEqual({ error: 2, warning: 1, review: 1, total: 4 });
    expect(report.byRule.map((r) => [r.rule, r.count])).toEqual([['id.checksum', 2], ['member.mobile.missing', 1], ['org.category.temporary', 1]]);
    expect(report.byOrg).toEqual([{ org: BRANCH, error: 2, warning: 1, review: 1, total: 4 }]);
    expect(report.rows[0]).toMatchObject({ n: 1, record: '张三', cell: '党员!D5', field: '公民身份证号', severityLabel: '错误' });
    expect(report.rows[1]).toMatchObject({ cell: '党员!6', field: '手机号' });
  });

  it('is ok without errors and survives records that are not objects', () => {
    const report = buildReport({ issues: [{ rule: 'member.name.required', severity: 'warning', path: ['members', 3, 'name'], message: 'm' }], members: [null] });
    expect(report.ok).toBe(true);
    expect(report.rows[0]!.record).toBe('第4名党员');
    expect(report.byOrg[0]!.org).toBe('（未填所在党支部）');
  });
});

describe('report formats', () => {
  const report = buildReport(input);
  it('prints a terminal table with counts and every issue', () => {
    const text = formatReportText(report);
    expect(text).toContain('共发现 4 个问题：错误 2 个，需核实 1 个，需上报审核 1 个。');
    expect(text).toContain('党员!D5');
    expect(formatReportText(buildReport({ issues: [] }), { locale: 'en' })).toBe('No problems found.');
    expect(formatReportText(report, { maxRows: 1 })).toContain('另有 3 条');
  });

  it('writes JSON with cells', () => {
    const json = JSON.parse(formatReportJson(report, { members: 2 }));
    expect(json).toMatchObject({ members: 2, ok: false, counts: { total: 4 } });
    expect(json.issues[0].location).toEqual({ sheet: '党员', row: 5, column: 4, cell: '党员!D5' });
  });

  it('writes a CSV issue list that opens safely in Excel', () => {
    const lines = formatReportCsv(report).split('\r\n');
    expect(lines[0]).toBe('序号,位置,记录,所属党组织,字段,规则,级别,说明');
    expect(lines).toHaveLength(6);
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1')).toBe('-1');
    expect(csvField('a\tb', true, '\t')).toBe('"a\tb"');
  });

  it('writes a self-contained, printable HTML page with everything escaped', () => {
    const html = formatReportHtml(report, { notes: ['党员：a.xlsx'] });
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).not.toContain('<script>x');
    expect(html).not.toMatch(/<(link|img|iframe)\b|src=|url\(|@import|https?:/);
    expect(html).toContain('@media print');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  it('serves a clerk: a summary in words with the rules\' Chinese titles, then branches, then cells, then what was not checked', () => {
    const notes: Issue[] = [{ rule: 'dataset.orgs.absent', severity: 'warning', path: ['orgs'], message: '未提供党组织信息，只检查了党员信息' }];
    const html = formatReportHtml(buildReport({ ...input, issues: [...issues, ...notes] }));
    const summary = html.slice(html.indexOf('<section class="summary">'), html.indexOf('</section>'));
    expect(summary).toContain('共发现 4 个问题');
    expect(summary).toContain('<b>错误 2 个</b>：身份证号校验码错误 2 个');
    expect(summary).toContain('手机号码未填 1 个');
    expect(summary).not.toMatch(/id\.checksum|member\.mobile/);
    const at = (text: string) => html.indexOf(text);
    expect(at('<section class="summary">')).toBeLessThan(at('按党组织统计'));
    expect(at('按党组织统计')).toBeLessThan(at('<table id="issues">'));
    expect(at('<table id="issues">')).toBeLessThan(at('<h2>未检查的项目'));
    expect(html).toContain('<td class="cell">党员!D5</td>');
    expect(html).toContain('<li>未提供党组织信息，只检查了党员信息</li>');
    expect(formatReportHtml(buildReport({ issues: notes }))).toContain('没有发现问题。另有 1 项未能检查');
  });

  it('names fields, columns and cells as people do', () => {
    expect(fieldLabel(['orgs', 0, 'unit', 'code'], 'zh-CN')).toBe('党组织所在单位代码');
    expect(fieldLabel(['orgs', 0, 'units', 0, 'name'], 'zh-CN')).toBe('单位1·单位名称');
    expect(fieldLabel(['orgs', 0, 'secretary', 'name'], 'zh-CN')).toBe('党组织书记');
    expect(fieldLabel(['file'], 'zh-CN')).toBe('文件');
    expect(columnLetters(26)).toBe('Z');
    expect(columnLetters(27)).toBe('AA');
    expect(cellName(undefined)).toBe('');
    expect(displayWidth('党a')).toBe(3);
  });
});
