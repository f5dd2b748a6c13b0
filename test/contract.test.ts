// CONTRACT.md as outside acceptance tests see it: the built package, ESM and CJS, the shapes promised.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const builds = {
  esm: () => import('../dist/index.js') as Promise<Record<string, any>>,
  cjs: async () => require('../dist/index.cjs') as Record<string, any>,
};

const ID = '11010519491231002X'; // GB 11643-1999's own example
const TODAY = '2017-07-24';

for (const [format, load] of Object.entries(builds)) {
  describe(`CONTRACT.md via ${format}`, () => {
    it('Result: ok iff an error issue; issues carry rule, severity, path, message', async () => {
      const p = await load();
      const good = p.parseIdNumber(ID);
      expect(good).toMatchObject({ ok: true, value: { value: ID, regionCode: '110105', birthDate: '1949-12-31', gender: '女' } });
      const bad = p.parseIdNumber('11010519491231002Y');
      expect(bad.ok).toBe(false);
      expect(bad.issues[0]).toMatchObject({ rule: expect.any(String), severity: 'error', path: expect.any(Array), message: expect.any(String) });
      expect(bad.issues[0].message).not.toContain('11010519491231002');
    });

    it('identifiers', async () => {
      const p = await load();
      expect(p.isValidIdNumber(ID)).toBe(true);
      expect(p.isValidIdNumber('11010519491231002x')).toBe(true);
      expect(p.isValidIdNumber(null)).toBe(false);
      const legacy = p.parseIdNumber('110105491231002');
      expect(legacy.ok).toBe(true);
      expect(legacy.value.value).toHaveLength(18);
      expect(legacy.issues.map((i: any) => i.rule)).toContain('id.legacy15');
      expect(p.parseCreditCode('914403001922038216')).toMatchObject({ ok: true, value: { value: '914403001922038216', orgCode: '192203821', regionCode: '440300' } });
      expect(p.parseCreditCode('914403001922038217').ok).toBe(false);
      expect(p.parseOrgCode('19220382-1')).toMatchObject({ ok: true, value: { value: '192203821' } });
      expect(p.parseOrgCode('192203821')).toMatchObject({ ok: true, value: { value: '192203821' } });
      expect(p.parseOrgCode('19220382-2').ok).toBe(false);
      expect(p.parseUnitCode('000000000000000000')).toMatchObject({ ok: true, value: { kind: 'placeholder' } });
      expect(p.parseUnitCode('914403001922038216')).toMatchObject({ ok: true, value: { kind: 'creditCode' } });
      expect(p.parseMobile('+86 138-0013-8000')).toMatchObject({ ok: true, value: { value: '13800138000' } });
      expect(p.parseDate('2017年7月24日')).toMatchObject({ ok: true, value: { value: '2017-07-24', dayAssumed: false } });
      const month = p.parseDate('2017.7');
      expect(month).toMatchObject({ ok: true, value: { value: '2017-07-01', dayAssumed: true } });
      expect(month.issues.map((i: any) => i.rule)).toContain('date.dayAssumed');
      expect(p.parseDate('2017-02-29').ok).toBe(false);
    });

    it('code tables', async () => {
      const p = await load();
      const t = p.codeTables.orgCategory;
      expect(t.get('631')).toMatchObject({ code: '631', name: '党支部' });
      expect(t.isLeaf('631')).toBe(true);
      expect(t.isLeaf('6')).toBe(false);
      expect(t.ancestors('631')).toContain('6');
      expect(t.children('6').length).toBeGreaterThan(0);
      expect(t.find('党支部')).toBe('631');
      expect(t.check(631)).toMatchObject({ ok: true, value: { code: '631', name: '党支部' } });
      const notLeaf = t.check('6');
      expect(notLeaf.ok).toBe(false);
      expect(notLeaf.issues.map((i: any) => i.rule)).toContain('code.notLeaf');
      expect(t.check('6', { leafOnly: false }).ok).toBe(true);
      for (const name of ['orgCategory', 'unitCategory', 'unitPartySetup', 'education', 'workPost', 'ethnicity']) {
        expect(typeof p.codeTables[name].check, name).toBe('function');
      }
      expect(p.codeTables.ethnicity.find('汉族')).toBe('01');
      expect(p.codeTables.workPost.get('011')).toBeDefined();
      expect(p.codeTables.workPost.get('11')).toBeDefined();
    });

    it('records, dataset, diff and schemas', async () => {
      const p = await load();
      const member = {
        name: '张三', gender: '女', ethnicity: '汉族', idNumber: ID, birthDate: '1949-12-31', education: '21',
        memberType: '正式党员', branch: '中共某某村第一支部委员会', joinDate: '1975-07-01', fullDate: '1976-07-01',
        workPost: '011', mobile: '13800138000', landline: '', address: '某某路1号', partyStatus: '正常',
        lostContact: '否', floating: '否',
      };
      const m = p.validateMember(member, { today: TODAY });
      expect(m.issues.filter((i: any) => i.severity === 'error')).toEqual([]);
      expect(m.ok).toBe(true);
      const underage = p.validateMember({ ...member, joinDate: '1960-07-01', fullDate: '1961-07-01' }, { today: TODAY });
      expect(underage.ok).toBe(false);
      expect(underage.issues.map((i: any) => i.rule)).toContain('member.joinDate.underage');
      const o = p.validateOrg({ name: '', unitSituation: 'same-as-parent' });
      expect(o.ok).toBe(false);
      expect(o.issues.map((i: any) => i.rule)).toContain('org.name.required');
      const diff = p.diffMember(member, { ...member, name: '张四' });
      expect(diff.map((i: any) => i.rule)).toContain('change.sensitive');
      expect(p.diffMember(member, { ...member, name: ' 张三 ' })).toEqual([]);
      const report = p.checkDataset({ orgs: [], members: [member] }, { today: TODAY });
      expect(report.ok).toBe(false);
      expect(report.issues.find((i: any) => i.rule === 'member.branch.unknown')?.path.slice(0, 2)).toEqual(['members', 0]);
      expect(typeof report.summary).toBe('object');
      expect(typeof p.orgSchema.safeParse).toBe('function');
      expect(typeof p.memberSchema.safeParse).toBe('function');
    });

    it('never throws on odd input', async () => {
      const p = await load();
      const odd = [undefined, null, 0, NaN, {}, [], Symbol('x'), 10n, Object.create(null), new Proxy({}, { get() { throw new Error('x'); } }), 'x'.repeat(1_000_000)];
      for (const value of odd) {
        for (const fn of ['parseIdNumber', 'parseCreditCode', 'parseOrgCode', 'parseUnitCode', 'parseMobile', 'parseDate', 'validateOrg', 'validateMember']) {
          const r = p[fn](value);
          expect(r.ok, fn).toBe(false);
        }
        expect(p.isValidIdNumber(value)).toBe(false);
        expect(() => p.checkDataset(value)).not.toThrow();
        expect(() => p.diffMember(value, value)).not.toThrow();
        expect(() => p.codeTables.orgCategory.check(value)).not.toThrow();
      }
    });
  });
}
