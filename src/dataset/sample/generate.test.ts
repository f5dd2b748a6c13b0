import { describe, expect, it } from 'vitest';
import { codesRules } from '../../codes/index.js';
import { isValidIdNumber, isValidMobile, parseUnitCode } from '../../identifiers/index.js';
import { identifiersRules } from '../../identifiers/index.js';
import { memberRules } from '../../member/rules.js';
import { orgRules } from '../../org/rules.js';
import { treeRules } from '../../tree/rules.js';
import { checkDataset } from '../checkDataset.js';
import { datasetRules } from '../rules.js';
import { SAMPLE_MEMBER_COUNT, SAMPLE_ORG_COUNT, SAMPLE_TODAY } from './constants.js';
import { generateSampleDistrict, streamSampleDistrict } from './generate.js';
import { sampleOptions } from './tables.js';
import { UNPLANTABLE_RULES } from './unplantable.js';

const sample = generateSampleDistrict();
const clean = generateSampleDistrict({ planted: false });
const options = sampleOptions();
const thrower = (): never => {
  throw new Error('hostile option');
};
const key = (x: { rule: string; path: (string | number)[] }): string => `${x.rule} ${JSON.stringify(x.path)}`;

describe('generateSampleDistrict', { timeout: 120_000 }, () => {
  it('has the guide district’s size: 2,906 orgs and 61,451 members, planted or not', () => {
    expect(sample.orgs).toHaveLength(SAMPLE_ORG_COUNT);
    expect(sample.members).toHaveLength(SAMPLE_MEMBER_COUNT);
    expect(clean.orgs).toHaveLength(SAMPLE_ORG_COUNT);
    expect(clean.members).toHaveLength(SAMPLE_MEMBER_COUNT);
  });

  it('is deterministic for a seed, and another seed gives another district', () => {
    const again = generateSampleDistrict();
    expect(JSON.stringify(again)).toBe(JSON.stringify(sample));
    const other = generateSampleDistrict({ seed: 7, planted: false });
    expect(other.members[0]!.idNumber).not.toBe(clean.members[0]!.idNumber);
    expect(other.members).toHaveLength(SAMPLE_MEMBER_COUNT);
  });

  it('has the shape of the guide’s district: one root, street and town committees, villages, communities, joint branches', () => {
    const roots = clean.orgs.filter((o) => o.parentId === undefined);
    expect(roots.map((o) => o.name)).toEqual(['中共明州市江滨区委员会']);
    const names = clean.orgs.map((o) => o.name);
    expect(names.filter((n) => n.endsWith('街道工作委员会')).length).toBeGreaterThan(0);
    expect(names.filter((n) => /镇委员会$/.test(n)).length).toBeGreaterThan(0);
    expect(names.filter((n) => n.includes('村')).length).toBeGreaterThan(100);
    expect(names.filter((n) => n.includes('社区')).length).toBeGreaterThan(100);
    expect(clean.orgs.filter((o) => o.category === '632' && o.unitSituation === 'joint').length).toBeGreaterThan(50);
  });

  it('has valid identifiers throughout the clean district: ID numbers, unit codes, mobiles', () => {
    const ids = new Set<string>();
    const wrong: string[] = [];
    for (const m of clean.members) {
      if (!isValidIdNumber(m.idNumber)) wrong.push(`invalid ${m.idNumber}`);
      if (m.idNumber.slice(6, 14) !== m.birthDate.replace(/-/g, '')) wrong.push(`birth ${m.idNumber}`);
      if ((Number(m.idNumber[16]) % 2 === 1 ? '男' : '女') !== m.gender) wrong.push(`gender ${m.idNumber}`);
      if (!isValidMobile(m.mobile)) wrong.push(`mobile ${m.mobile}`);
      ids.add(m.idNumber);
    }
    for (const o of clean.orgs) {
      for (const u of o.units ?? (o.unit ? [o.unit] : [])) if (parseUnitCode(u.code).issues.length > 0) wrong.push(`unit ${u.code}`);
      if (!isValidMobile(o.contactPhone)) wrong.push(`contact ${o.contactPhone}`);
    }
    expect(wrong).toEqual([]);
    expect(ids.size).toBe(clean.members.length);
  });

  it('gives a clean district no error or warning: only the one reminder that its joint branches send their 汇总表', () => {
    const issues = checkDataset(clean, options).issues;
    expect(issues.map(key)).toEqual(['dataset.joint.summaryTable ["orgs"]']);
    const joint = clean.orgs.filter((o) => o.unitSituation === 'joint');
    const units = joint.reduce((n, o) => n + (o.units?.length ?? 0), 0);
    expect(issues[0]!.message).toBe(`本数据有 ${joint.length} 个联合支部，共登记 ${units} 个单位：建立联合党支部的所有单位信息应登记在《建立联合党支部的单位基本信息汇总表》，以电子形式报送区委组织部，请核对是否已报送`);
  });

  it('is reported exactly: every planted issue found, nothing else found', () => {
    const report = checkDataset(sample, options);
    const found = report.issues.map(key).sort();
    const planted = sample.planted.map(key).sort();
    expect(found).toEqual(planted);
    expect(report.ok).toBe(false);
  });

  it('plants every rule a dataset can break, and names the ones it cannot', () => {
    const all = [...codesRules, ...identifiersRules, ...orgRules, ...treeRules, ...memberRules, ...datasetRules].map((r) => r.id);
    const planted = new Set(sample.planted.map((p) => p.rule));
    const missing = all.filter((id) => !planted.has(id) && !Object.hasOwn(UNPLANTABLE_RULES, id));
    expect(missing).toEqual([]);
    for (const id of Object.keys(UNPLANTABLE_RULES)) expect(all).toContain(id);
    for (const id of Object.keys(UNPLANTABLE_RULES)) expect(planted.has(id)).toBe(false);
  });

  it('documents each planted issue with its record path and what was planted', () => {
    for (const p of sample.planted) {
      expect(['orgs', 'members']).toContain(p.path[0]);
      // The one issue of no single record: the reminder about the joint branches' 汇总表.
      if (p.rule !== 'dataset.joint.summaryTable') expect(typeof p.path[1]).toBe('number');
      expect(p.note.length).toBeGreaterThan(5);
    }
  });

  it('falls back to the defaults for odd options, never throwing', () => {
    expect(generateSampleDistrict({ seed: Number.NaN, members: -3, orgs: 1.5 } as never).members).toHaveLength(SAMPLE_MEMBER_COUNT);
    expect(generateSampleDistrict(null as never).orgs).toHaveLength(SAMPLE_ORG_COUNT);
  });

  it('reads options as own properties, without throwing: trapped, revoked and inherited ones count as absent', () => {
    const small = { members: 300, orgs: 10, planted: false };
    const seedTrap = new Proxy(small, { get: (target, key) => (key === 'seed' ? thrower() : Reflect.get(target, key)) });
    expect(JSON.stringify(generateSampleDistrict(seedTrap))).toBe(JSON.stringify(generateSampleDistrict(small)));
    const inherited = Object.create({ seed: 7 }) as object;
    expect(streamSampleDistrict(inherited).orgs[0]).toEqual(streamSampleDistrict().orgs[0]);
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const everyTrap = new Proxy({}, { get: thrower, has: thrower, ownKeys: thrower, getOwnPropertyDescriptor: thrower });
    for (const options of [revoked.proxy, everyTrap]) expect(streamSampleDistrict(options).orgs).toHaveLength(SAMPLE_ORG_COUNT);
  });

  it('makes smaller districts clean, at the size asked for', () => {
    const small = generateSampleDistrict({ members: 5000 });
    expect(small.members).toHaveLength(5000);
    expect(small.planted).toEqual([]);
    expect(checkDataset(small, options).issues.filter((i) => i.rule !== 'tree.branch.empty' && i.rule !== 'tree.branch.tooFewFull' && i.rule !== 'dataset.joint.summaryTable')).toEqual([]);
  });
});
