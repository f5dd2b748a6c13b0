import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy.js';
import { COMPANY_CODE, COMPANY_CODE_2 } from '../org/__fixtures__/orgs.js';
import { ROOT, TODAY, branch, member, members } from './__fixtures__/records.js';
import { checkDataset } from './checkDataset.js';
import { checkDatasetStream } from './checkDatasetStream.js';
import { datasetRules } from './rules.js';

const A = '中共某某公司支部委员会';
const B = '中共某某学校支部委员会';
const base = [ROOT, branch('a', A), branch('b', B)];
const rulesOf = (orgs: unknown[], ms: unknown[], options: object = {}): string[] =>
  checkDataset({ orgs, members: ms }, { today: TODAY, ...options }).issues.map((i) => `${i.rule} ${JSON.stringify(i.path)}`);

describe('dataset rules', () => {
  it('are all defined with messages in both languages', () => {
    for (const rule of datasetRules) {
      expect(rule.id).toMatch(/^[a-z]+(\.[a-zA-Z]+)+$/);
      expect(['error', 'warning', 'review']).toContain(rule.severity);
      expect(rule.summary.length).toBeGreaterThan(10);
    }
    expect(new Set(datasetRules.map((r) => r.id)).size).toBe(datasetRules.length);
  });

  it('quiet on a sound dataset', () => {
    expect(rulesOf(base, [...members(5, A), ...members(4, B, 100)])).toEqual([]);
  });

  it('member.branch.unknown: a branch name no org has, with a suggestion for a near miss', () => {
    const report = checkDataset({ orgs: base, members: [...members(4, A), ...members(3, B, 100), member(9, '某某公司党支部')] }, { today: TODAY });
    expect(report.issues.map((i) => [i.rule, i.path])).toEqual([['member.branch.unknown', ['members', 7, 'branch']]]);
    expect(report.issues[0]!.message).toContain(A);
    expect(checkDataset({ orgs: base, members: [member(9, '某某公司党支部')] }, { today: TODAY, locale: 'en' }).issues.find((i) => i.rule === 'member.branch.unknown')!.message).toContain('did you mean');
    expect(rulesOf(base, [...members(4, A), ...members(3, B, 100), member(9, ` ${A.replace('（', '(')} `)])).toEqual([]);
  });

  it('member.branch.notBranch: a member filed under a committee', () => {
    expect(rulesOf(base, [...members(4, A), ...members(3, B, 100), member(9, ROOT.name)])).toEqual(['member.branch.notBranch ["members",7,"branch"]']);
  });

  it('member.idNumber.duplicate: every record of a repeated number, naming the other, masked', () => {
    const ms = [...members(4, A), ...members(3, B, 100), member(2, B)];
    const report = checkDataset({ orgs: base, members: ms }, { today: TODAY });
    expect(report.issues.map((i) => [i.rule, i.path])).toEqual([
      ['member.idNumber.duplicate', ['members', 2, 'idNumber']],
      ['member.idNumber.duplicate', ['members', 7, 'idNumber']],
    ]);
    expect(report.issues[0]!.message).toContain('第 8 条');
    expect(report.issues[1]!.message).toContain('第 3 条');
    for (const i of report.issues) expect(i.message).not.toContain(String(ms[2]!['idNumber']));
  });

  it('dataset.joint.summaryTable: once per dataset with joint branches, counting them and their units; quiet without', () => {
    const J = '中共某某商圈联合支部委员会';
    const unit = (name: string, code: string) => ({ name, category: '23', partySetup: '11', code });
    const joint = branch('j', J, { category: '632', unitSituation: 'joint', units: [unit('宁波某甲贸易有限公司', COMPANY_CODE), unit('宁波某乙科技有限公司', COMPANY_CODE_2)] });
    const report = checkDataset({ orgs: [...base, joint], members: [...members(4, A), ...members(3, B, 100), ...members(3, J, 200)] }, { today: TODAY });
    expect(report.issues.map((i) => `${i.rule} ${JSON.stringify(i.path)}`)).toEqual(['dataset.joint.summaryTable ["orgs"]']);
    expect(report.issues[0]).toMatchObject({ severity: 'review' });
    expect(report.issues[0]!.message).toContain('本数据有 1 个联合支部，共登记 2 个单位');
    expect(report.issues[0]!.message).toContain('《建立联合党支部的单位基本信息汇总表》');
    expect(report.ok).toBe(true);
    expect(rulesOf(base, [...members(5, A), ...members(4, B, 100)])).toEqual([]);
  });

  it('tree.branch.empty: a branch with no members', () => {
    expect(rulesOf(base, members(4, A))).toEqual(['tree.branch.empty ["orgs",2]']);
  });

  it('tree.branch.tooFewFull: fewer than 3 正式党员, by policy', () => {
    const ms = [...members(4, A), ...members(2, B, 100), member(102, B, { memberType: '预备党员', joinDate: '2017-01-05', fullDate: undefined })];
    expect(rulesOf(base, ms)).toEqual(['tree.branch.tooFewFull ["orgs",2]']);
    expect(rulesOf(base, ms, { policy: { minFullMembersPerBranch: 2 } })).toEqual([]);
  });

  it('tree.branch.tooLarge: more than 50 members, by policy', () => {
    const ms = [...members(51, A), ...members(3, B, 100)];
    expect(rulesOf(base, ms)).toEqual(['tree.branch.tooLarge ["orgs",1]']);
    expect(rulesOf(base, ms, { policy: { maxMembersPerBranch: 60 } })).toEqual([]);
    expect(rulesOf(base, [...members(DEFAULT_POLICY.maxMembersPerBranch, A), ...members(3, B, 100)])).toEqual([]);
  });

  it('tree.branch.returnees: a township branch named 返乡 or 综合支部', () => {
    const name = '中共某某镇返乡大学生支部委员会';
    expect(rulesOf([...base, branch('c', name)], [...members(3, A), ...members(3, B, 100), ...members(3, name, 200)])).toEqual(['tree.branch.returnees ["orgs",3,"name"]']);
    const office = '中共某某区综合行政执法局机关支部委员会';
    expect(rulesOf([...base, branch('c', office)], [...members(3, A), ...members(3, B, 100), ...members(3, office, 200)])).toEqual([]);
  });

  it('confirm.remote.branch: remote confirmations piling up in one branch, by policy', () => {
    const remote = { confirmation: { kind: 'remote', via: 'phone', by: '赵六', date: '2017-07-20', what: '电话核对无误' } };
    const ms = [...members(6, A), ...members(4, A, 50, remote), ...members(3, B, 100)];
    const found = rulesOf(base, ms);
    expect(found.filter((r) => r.startsWith('confirm.remote.branch'))).toEqual(['confirm.remote.branch ["orgs",1]']);
    expect(found.filter((r) => r.startsWith('confirm.remote ')).length).toBe(4);
    const few = rulesOf(base, [...members(6, A), ...members(3, A, 50, remote), ...members(3, B, 100)]);
    expect(few.filter((r) => r.startsWith('confirm.remote.branch'))).toEqual([]);
    expect(rulesOf(base, ms, { policy: { maxRemoteConfirmationShare: 0.5 } }).filter((r) => r.startsWith('confirm.remote.branch'))).toEqual([]);
  });

  it('dataset.input.invalid: input that is not { orgs: [...], members: [...] }', () => {
    expect(checkDataset(null).issues.map((i) => [i.rule, i.path])).toEqual([
      ['dataset.input.invalid', []],
      ['dataset.input.invalid', ['orgs']],
      ['dataset.input.invalid', ['members']],
    ]);
    expect(checkDataset({ orgs: [], members: {} }).issues.map((i) => i.path)).toEqual([['members']]);
    expect(checkDataset({ orgs: [], members: [] }).issues).toEqual([]);
  });

  it('dataset.orgs.absent: members without orgs are checked alone, the branch rules skipped and said so once', () => {
    const ms = [...members(4, A), member(9, '某某公司党支部'), member(10, '')];
    const report = checkDataset({ members: ms }, { today: TODAY });
    expect(report.issues.map((i) => `${i.rule} ${JSON.stringify(i.path)}`)).toEqual(['dataset.orgs.absent ["orgs"]', 'member.branch.required ["members",5,"branch"]']);
    expect(report.ok).toBe(false);
    expect(report.issues[0]!.message).toContain('未提供党组织信息');
    expect(checkDataset({ members: members(4, A) }, { today: TODAY }).ok).toBe(true);
    expect(rulesOf(base, members(4, A)).some((r) => r.startsWith('dataset.orgs.absent'))).toBe(false);
  });

  it('dataset.orgs.absent: the streaming check says the same', async () => {
    const report = await checkDatasetStream({ members: [members(2, A), [member(9, '某某公司党支部')]] }, { today: TODAY });
    expect(report.issues.map((i) => i.rule)).toEqual(['dataset.orgs.absent']);
  });
});
