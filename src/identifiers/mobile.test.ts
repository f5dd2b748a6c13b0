import { describe, expect, it } from 'vitest';
import { isValidMobile, parseMobile } from './mobile.js';
import { hasKnownSegment } from './mobileSegments.js';

describe('parseMobile', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138-0013-8000', '13800138000'],
    ['(+86)13800138000', '13800138000'],
    ['008613800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    [13800138000, '13800138000'],
    ['19212345678', '19212345678'], // 中国广电 192 (2019)
    ['16512345678', '16512345678'],
    ['17400123456', '17400123456'], // satellite 17400–17405
  ])('%s → %s', (input, value) => {
    expect(parseMobile(input)).toEqual({ ok: true, value: { value }, issues: [] });
    expect(isValidMobile(input)).toBe(true);
  });

  it.each([
    '12800138000', // 12x is no mobile prefix
    '1380013800',
    '138001380001',
    '23800138000',
    '1380013800O',
    '+85213800138000',
    '0574-88123456',
    '',
    null,
    13800138000.5,
  ])('%s → phone.mobile.format', (input) => {
    const r = parseMobile(input);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.rule)).toEqual(['phone.mobile.format']);
  });

  it('unallocated segments are rejected unless the check is loose', () => {
    for (const n of ['15400138000', '14000138000', '17490138000', '19400138000']) {
      expect(parseMobile(n).issues[0]!.message).toContain('号段');
      expect(parseMobile(n, { check: 'loose' }).ok).toBe(true);
    }
    expect(parseMobile('12800138000', { check: 'loose' }).ok).toBe(false);
  });

  it('messages mask the number', () => {
    const issue = parseMobile('15400138000', { locale: 'en' }).issues[0]!;
    expect(issue.message).toContain('154****8000');
    expect(issue.message).not.toContain('15400138000');
  });

  it('validator.js: a locale named after an Object.prototype member is plain data here', () => {
    for (const locale of ['constructor', '__proto__', 'toString']) {
      expect(parseMobile('13800138000', { locale } as never).ok).toBe(true);
      expect(parseMobile('x', { locale, check: locale } as never).issues[0]!.message).toMatch(/手机号码/);
    }
  });

  it('hasKnownSegment reads 3-, 4- and 5-digit prefixes', () => {
    expect(hasKnownSegment('13912345678')).toBe(true);
    expect(hasKnownSegment('17405123456')).toBe(true);
    expect(hasKnownSegment('17406123456')).toBe(false);
    expect(hasKnownSegment('1')).toBe(false);
  });
});
