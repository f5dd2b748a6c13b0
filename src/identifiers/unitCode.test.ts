import { describe, expect, it } from 'vitest';
import { parseUnitCode } from './unitCode.js';

const summary = (input: unknown, options?: object) => {
  const r = parseUnitCode(input, options as never);
  return { ok: r.ok, kind: r.ok ? r.value.kind : undefined, issues: r.issues.map((i) => `${i.rule}:${i.severity}`) };
};

describe('parseUnitCode', () => {
  it('a credit code', () => {
    expect(summary('914403001922038216')).toEqual({ ok: true, kind: 'creditCode', issues: [] });
    expect(summary(' 91440300708461136t ')).toEqual({ ok: true, kind: 'creditCode', issues: [] });
  });

  it('an old organisation code: accepted with unit.code.orgCode (warning)', () => {
    expect(summary('19220382-1')).toEqual({ ok: true, kind: 'orgCode', issues: ['unit.code.orgCode:warning'] });
    expect(parseUnitCode('19220382-1')).toMatchObject({ value: { value: '192203821' } });
  });

  it('18 zeros: unit.code.placeholder as review, or an error when the policy refuses it', () => {
    expect(summary('000000000000000000')).toEqual({ ok: true, kind: 'placeholder', issues: ['unit.code.placeholder:review'] });
    expect(summary('0000 0000 0000 0000 00')).toEqual({ ok: true, kind: 'placeholder', issues: ['unit.code.placeholder:review'] });
    expect(summary('000000000000000000', { acceptPlaceholder: false })).toEqual({ ok: false, kind: undefined, issues: ['unit.code.placeholder:error'] });
  });

  it('quiet rules on a plain credit code', () => {
    const rules = parseUnitCode('914403001922038216').issues.map((i) => i.rule);
    expect(rules).not.toContain('unit.code.placeholder');
    expect(rules).not.toContain('unit.code.orgCode');
  });

  it('passes credit-code options through', () => {
    expect(summary('91350203M0001FUE2P')).toEqual({ ok: false, kind: undefined, issues: ['creditCode.checksum:error'] });
    expect(summary('91350203M0001FUE2P', { creditCodeChecksum: 'warning' })).toEqual({ ok: true, kind: 'creditCode', issues: ['creditCode.checksum:warning'] });
    expect(summary('91350203M0001FUE2P', { allowList: ['91350203M0001FUE2P'] })).toEqual({ ok: true, kind: 'creditCode', issues: [] });
  });

  it.each([
    ['111111111111111111', 'creditCode.checksum:error'], // the placeholder seen in real exports
    ['19220382-2', 'orgCode.checksum:error'],
    ['12345', 'creditCode.format:error'],
    ['', 'creditCode.format:error'],
    [null, 'creditCode.format:error'],
  ])('%s → %s', (input, issue) => {
    const s = summary(input);
    expect(s.ok).toBe(false);
    expect(s.issues).toContain(issue);
  });

  it('the length message names both kinds of code, in either language', () => {
    expect(parseUnitCode('12345').issues[0]!.message).toContain('组织机构代码');
    expect(parseUnitCode('12345', { locale: 'en' }).issues[0]!.message).toContain('organisation code');
  });
});
