// CodeTable.check: every accepted input form, and junk.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeTables } from './codeTables.js';
import { defineCodeTable } from './defineCodeTable.js';

const { orgCategory, unitCategory, workPost, education, ethnicity } = codeTables;
import type { Result } from '../result.js';
import type { CodeCheckValue, CodeTable } from './types.js';

const value = (r: Result<CodeCheckValue>) => (r.ok ? r.value : undefined);
const rules = (r: Result<CodeCheckValue>) => r.issues.map((i) => i.rule);

describe('accepted forms', () => {
  it.each([
    ['631', 'code'],
    [631, 'number'],
    [631n, 'number'],
    ['６３１', 'code'],
    [' 631 ', 'code'],
    ['\u3000631\t', 'code'],
    ['631 党支部', 'dropdown'],
    ['631党支部', 'dropdown'],
    ['631\u3000党支部 ', 'dropdown'],
    ['631 支部', 'dropdown'],
    ['党支部', 'name'],
    ['支部', 'alias'],
    [' 党支部委员会 ', 'alias'],
    ['0631', 'padded'],
  ] as const)('%s → 631 (%s)', (input, resolvedBy) => {
    const r = orgCategory.check(input);
    expect(r).toEqual({ ok: true, value: { code: '631', name: '党支部', resolvedBy }, issues: [] });
  });

  it('ethnicity: codes, unpadded numbers, names, short names, romanisation and letter codes', () => {
    for (const input of ['01', 1, '1', '001', '01 汉族', '1 汉族', '汉族', '汉', 'Han', 'HA', 'ha', ' 汉族 ']) {
      expect(value(ethnicity.check(input))?.code, String(input)).toBe('01');
    }
    expect(value(ethnicity.check(1))?.resolvedBy).toBe('padded');
    expect(value(ethnicity.check('毛难族'))).toEqual({ code: '36', name: '毛南族', resolvedBy: 'alias' });
  });

  it('work post: 11 is itself a code and never padded; 12 and 211 are restored to 012 and 0211', () => {
    expect(value(workPost.check(11))).toEqual({ code: '11', name: '农牧渔业生产人员', resolvedBy: 'number' });
    expect(value(workPost.check('011'))?.name).toBe('公务员');
    expect(value(workPost.check('011 公务员'))?.code).toBe('011');
    expect(value(workPost.check(12))).toMatchObject({ code: '012', resolvedBy: 'padded' });
    expect(value(workPost.check(211))).toMatchObject({ code: '0211', resolvedBy: 'padded' });
    expect(value(workPost.check(311))?.code).toBe('311'); // a code itself, though 0311 exists too
  });

  it('work post: template cells without a space and wording variants', () => {
    expect(value(workPost.check('606（转业）待安置、学生毕业未就业的人员'))?.code).toBe('606');
    expect(value(workPost.check('0314 机关单位工勤岗位'))?.code).toBe('0314');
    expect(value(workPost.check('其他从业人员'))?.code).toBe('612');
    expect(value(workPost.check('农民渔业生产人员'))?.code).toBe('11'); // the guide's spelling
  });

  it('education: letters in either case, trailing spaces in template cells, aliases', () => {
    expect(value(education.check('1a'))?.code).toBe('1A');
    expect(value(education.check('２Ｂ'))?.code).toBe('2B');
    expect(value(education.check('11 博士研究生  '))?.code).toBe('11');
    expect(value(education.check('12 硕士研究生'))?.code).toBe('12');
    expect(value(education.check('大学本科'))?.code).toBe('21');
    expect(value(education.check('大专'))).toEqual({ code: '22', name: '大专', resolvedBy: 'name' });
  });

  it('reads a code before a name and a name before padding', () => {
    expect(value(ethnicity.check('HA'))?.code).toBe('01'); // a letter code, not a padded number
    expect(value(workPost.check('11'))?.code).toBe('11');
  });
});

describe('rejected and flagged values', () => {
  it('code.notLeaf for a group, listing its sure leaves (in both languages)', () => {
    const r = orgCategory.check('6');
    expect(r.ok).toBe(false);
    expect(rules(r)).toEqual(['code.notLeaf']);
    expect(r.issues[0]!.message).toBe('组织类别代码“6”不是最下一级代码，应填写其下级代码：611 党委、621 党总支部、631 党支部、632 联合党支部');
    expect(r.issues[0]!.path).toEqual([]);
    const en = orgCategory.check('6', { locale: 'en' });
    expect(en.issues[0]!.message).toContain('611 党委, 621 党总支部');
    expect(rules(orgCategory.check('党的基层组织'))).toEqual(['code.notLeaf']);
    expect(workPost.check('0').issues[0]!.message).toContain('等（共 15 个）');
  });

  it('leafOnly: false accepts groups', () => {
    expect(value(orgCategory.check('6', { leafOnly: false }))).toEqual({ code: '6', name: '党的基层组织', resolvedBy: 'code' });
  });

  it('code.unverified for a well-formed unlisted code on an incomplete table; code.unknown on a complete one', () => {
    const r = orgCategory.check('7');
    expect(r).toMatchObject({ ok: true, value: { code: '7', name: '', resolvedBy: 'code' } });
    expect(r.issues.map((i) => [i.rule, i.severity])).toEqual([['code.unverified', 'warning']]);
    expect(rules(unitCategory.check(99))).toEqual(['code.unverified']);
    expect(rules(orgCategory.check('7 未建立党组织'))).toEqual(['code.unverified']);
    expect(rules(ethnicity.check('99'))).toEqual(['code.unknown']);
    expect(ethnicity.check('99').ok).toBe(false);
    expect(rules(education.check('61'))).toEqual(['code.unknown']);
  });

  it('code.unknown when the unlisted value does not look like a code of the table', () => {
    for (const input of ['6311', 'abc', '党工委', '6-3-1', '6 3 1', '1A']) {
      expect(rules(orgCategory.check(input)), input).toEqual(['code.unknown']);
    }
  });

  it('code.unverified for an entry of low confidence (unless flagLowConfidence is false)', () => {
    const r = orgCategory.check('612');
    expect(r).toMatchObject({ ok: true, value: { code: '612', name: '党组' } });
    expect(rules(r)).toEqual(['code.unverified']);
    expect(r.issues[0]!.message).toContain('612');
    expect(rules(unitCategory.check('城市社区'))).toEqual(['code.unverified']);
    expect(orgCategory.check('612', { flagLowConfidence: false }).issues).toEqual([]);
    expect(unitCategory.check('3').issues).toEqual([]); // medium: no warning
  });

  it('code.nameMismatch when a dropdown cell’s name is not its code’s', () => {
    const r = orgCategory.check('631 党总支部');
    expect(rules(r)).toEqual(['code.nameMismatch']);
    expect(r.issues[0]!.message).toBe('组织类别“631 党总支部”的代码与名称不符：631 是“党支部”，“党总支部”的代码是 621');
    expect(rules(ethnicity.check('01 回族'))).toEqual(['code.nameMismatch']);
    expect(rules(orgCategory.check('12 党支部'))).toEqual(['code.nameMismatch']); // no code 12; 党支部 is 631
    expect(rules(orgCategory.check('631 某某'))).toEqual(['code.nameMismatch']);
  });

  it('code.ambiguous for a shared name or a number that fits two codes', () => {
    const r = orgCategory.check('党组');
    expect(rules(r)).toEqual(['code.ambiguous']);
    expect(r.issues[0]!.message).toContain('612 党组');
    expect(r.issues[0]!.message).toContain('3 党组');
    expect(rules(workPost.check('0011'))).toEqual(['code.ambiguous']);
  });

  it('a user-supplied complete table turns code.unverified into code.unknown', () => {
    const official = defineCodeTable({ ...structuredClone(orgCategory.data), complete: true });
    expect(official.ok).toBe(true);
    if (!official.ok) return;
    expect(rules(official.value.check('7'))).toEqual(['code.unknown']);
    expect(official.value.check('631').ok).toBe(true);
  });

  it('names the table in every message, in Chinese by default and English on request', () => {
    for (const [table, label, labelEn] of [
      [orgCategory, '组织类别', 'Organisation category'],
      [ethnicity, '民族', 'Ethnicity'],
      [workPost, '工作岗位', 'Work post'],
    ] as const) {
      expect(table.check('zz').issues[0]!.message).toContain(label);
      expect(table.check('zz', { locale: 'en' }).issues[0]!.message.startsWith(labelEn)).toBe(true);
    }
  });
});

describe('junk', () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const throwing = new Proxy({}, { get: () => { throw new Error('boom'); }, getPrototypeOf: () => { throw new Error('boom'); } });
  it.each<[string, unknown, 'blank' | 'type' | 'value']>([
    ['null', null, 'blank'],
    ['undefined', undefined, 'blank'],
    ['empty string', '', 'blank'],
    ['spaces', ' \u3000 ', 'blank'],
    ['object', {}, 'type'],
    ['array', ['631'], 'type'],
    ['Date', new Date(0), 'type'],
    ['boolean', true, 'type'],
    ['symbol', Symbol('631'), 'type'],
    ['function', () => '631', 'type'],
    ['revoked proxy', revoked.proxy, 'type'],
    ['throwing proxy', throwing, 'type'],
    ['1e400', 1e400, 'value'],
    ['NaN', NaN, 'value'],
    ['6.31', 6.31, 'value'],
    ['-631', -631, 'value'],
    ['-631n', -631n, 'value'],
    ['1 MB string', '6'.repeat(1_000_000), 'value'],
    ['__proto__', '__proto__', 'value'],
    ['toString', 'toString', 'value'],
  ])('%s → code.unknown, never a throw', (_, input, problem) => {
    const r = orgCategory.check(input);
    expect(r.ok).toBe(false);
    expect(rules(r)).toEqual(['code.unknown']);
    expect(r.issues[0]!.message).toContain({ blank: '未填写', type: '不能是', value: '不存在' }[problem]);
    expect(r.issues[0]!.message.length).toBeLessThan(200);
  });

  it('never echoes a full ID or phone number pasted into a code column', () => {
    const id = '33021219900101123X';
    const message = ethnicity.check(id).issues[0]!.message;
    expect(message).not.toContain(id);
    expect(message).not.toContain(id.slice(0, 17));
    expect(ethnicity.check('13812345678').issues[0]!.message).not.toContain('13812345678');
  });

  it('reads odd options defensively', () => {
    const options = new Proxy({}, { get: () => { throw new Error('boom'); }, getOwnPropertyDescriptor: () => { throw new Error('boom'); } });
    expect(orgCategory.check('631', options as never).ok).toBe(true);
    expect(orgCategory.check('631', 'en' as never).ok).toBe(true);
  });

  it('never throws, and gives the same answer twice (the memo changes nothing)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.stringMatching(/^[0-9A-Za-z ]{0,8}[\u4e00-\u4e10]{0,3}$/)), (input) => {
        for (const table of Object.values(codeTables) as CodeTable[]) {
          const first = table.check(input);
          expect(table.check(input)).toEqual(first);
          expect(first.ok).toBe(!first.issues.some((i) => i.severity === 'error'));
          if (first.ok) expect(typeof first.value.code).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('applies the options of each call even to remembered inputs', () => {
    expect(orgCategory.check('党的基层组织').ok).toBe(false);
    expect(orgCategory.check('党的基层组织', { leafOnly: false }).ok).toBe(true);
    expect(orgCategory.check('党的基层组织', { locale: 'en' }).issues[0]!.message).toMatch(/^Organisation/);
  });

  it('does not change its input', () => {
    const input = Object.freeze({ code: '631' });
    expect(() => orgCategory.check(input)).not.toThrow();
  });
});
