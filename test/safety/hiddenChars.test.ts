// Issue 14, spoofed names: an invisible control character (U+202E RIGHT-TO-LEFT OVERRIDE, U+200E/F,
// U+2066–2069, C0/C1 controls, zero-width marks) in a name or text field is flagged by `text.hiddenChar`,
// and every report shows it escaped (`\u202E`), never raw, so a report cannot display a spoofed name.
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { SAMPLE_TODAY, generateSampleDistrict, sampleOptions } from '../../src/sample.js';
import { buildReport, formatReportCsv, formatReportHtml, formatReportJson, formatReportText } from '../../src/io/index.js';

const sample = generateSampleDistrict({ members: 40, planted: false });
const options = { ...sampleOptions(), today: SAMPLE_TODAY };
const member = sample.members[0] as Record<string, unknown>;
const org = sample.orgs.find((o) => (o as Record<string, unknown>).unitSituation === 'legal-entity') as Record<string, unknown>;
const joint = sample.orgs.find((o) => Array.isArray((o as Record<string, unknown>).units)) as Record<string, unknown>;
const hidden = (issues: readonly api.Issue[]) => issues.filter((i) => i.rule === 'text.hiddenChar');
const RAW_HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/;

describe('text.hiddenChar', () => {
  it.each([
    ['\u202E', 'U+202E'], ['\u200E', 'U+200E'], ['\u200F', 'U+200F'], ['\u2066', 'U+2066'], ['\u2069', 'U+2069'],
    ['\u0007', 'U+0007'], ['\u0085', 'U+0085'], ['\u200B', 'U+200B'], ['\uFEFF', 'U+FEFF'],
  ])('fires on %j inside a member name, in Chinese by default', (char, code) => {
    const found = hidden(api.validateMember({ ...member, name: `张${char}三` }, options).issues);
    expect(found.map((i) => [i.path, i.severity])).toEqual([[['name'], 'warning']]);
    expect(found[0]!.message).toBe(`姓名含不可见的控制字符 ${code}，显示的文字可能与实际内容不同（如被颠倒显示），请删除该字符`);
  });

  it('fires on the member address, branch and destination, in English when asked', () => {
    const found = hidden(api.validateMember({ ...member, address: `${String(member.address)}\u202E1`, branch: `${String(member.branch)}\u200B`, floating: true, floatingDestination: '浙江省\u2067杭州市' }, { ...options, locale: 'en' }).issues);
    expect(found.map((i) => i.path[0]).sort()).toEqual(['address', 'branch', 'floatingDestination']);
    expect(found.find((i) => i.path[0] === 'address')!.message).toContain('invisible control character U+202E');
  });

  it('fires on org, secretary, contact and unit names', () => {
    const found = hidden(api.validateOrg({ ...org, name: `${String(org.name)}\u202E`, secretary: '赵\u2066福', contact: '赵\u2066福', unit: { ...(org.unit as object), name: '某某\u200F公司' } }, options).issues);
    expect(found.map((i) => i.path.join('.')).sort()).toEqual(['contact', 'name', 'secretary', 'unit.name']);
    const units = (joint.units as Record<string, unknown>[]).map((u, k) => (k === 1 ? { ...u, name: `${String(u.name)}\u202E` } : u));
    expect(hidden(api.validateOrg({ ...joint, units }, options).issues).map((i) => i.path)).toEqual([['units', 1, 'name']]);
  });

  it('is quiet on the clean sample district (every org and member)', () => {
    const report = api.checkDataset({ orgs: sample.orgs, members: sample.members }, options);
    expect(hidden(report.issues)).toEqual([]);
    expect(hidden(api.validateMember({ ...member, name: '欧阳·娜娜', address: '某某路1号' }, options).issues)).toEqual([]);
  });

  it('is in the rule catalogue and docs/rules.md', async () => {
    expect(api.ruleCatalogue().find((r) => r.id === 'text.hiddenChar')?.severity).toBe('warning');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')).toContain('`text.hiddenChar`');
  });
});

describe('reports show hidden characters escaped', () => {
  const orgs = sample.orgs.map((o) => ((o as Record<string, unknown>).name === member.branch ? { ...(o as object), name: `${String(member.branch)}\u202E` } : o));
  const members = sample.members.map((m, i) => (i === 0 ? { ...(m as object), name: '张\u202E三丰', branch: `${String(member.branch)}\u202E` } : m));
  const result = api.checkDataset({ orgs, members }, options);
  const report = buildReport({ issues: result.issues, orgs, members });

  it('the record and org columns and the messages', () => {
    const row = report.rows.find((r) => r.rule === 'text.hiddenChar' && r.path[0] === 'members');
    expect(row?.record).toBe('张\\u202E三丰');
    expect(report.byOrg.some((o) => o.org.endsWith('\\u202E'))).toBe(true);
  });

  it.each([
    ['text', () => formatReportText(report)],
    ['JSON', () => formatReportJson(report)],
    ['HTML', () => formatReportHtml(report)],
    ['CSV', () => formatReportCsv(report)],
  ])('%s: escaped, never raw', (_, format) => {
    const text = format();
    expect(text).toContain('\\u202E');
    expect(text).not.toMatch(RAW_HIDDEN);
  });
});
