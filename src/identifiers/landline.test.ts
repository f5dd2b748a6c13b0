import { describe, expect, it } from 'vitest';
import { parseLandline } from './landline.js';

describe('parseLandline', () => {
  it.each([
    ['0574-88123456', '0574-88123456', '0574', '88123456', undefined],
    ['(0574)88123456', '0574-88123456', '0574', '88123456', undefined],
    ['（0574）88123456', '0574-88123456', '0574', '88123456', undefined],
    ['057488123456', '0574-88123456', '0574', '88123456', undefined],
    ['0574 8812 3456', '0574-88123456', '0574', '88123456', undefined],
    ['010-65521234', '010-65521234', '010', '65521234', undefined],
    ['01065521234', '010-65521234', '010', '65521234', undefined],
    ['021-6552-1234', '021-65521234', '021', '65521234', undefined],
    ['0574-8812345', '0574-8812345', '0574', '8812345', undefined],
    ['+86 574 88123456', '0574-88123456', '0574', '88123456', undefined],
    ['0086-10-65521234', '010-65521234', '010', '65521234', undefined],
    ['(0086)574-88123456', '0574-88123456', '0574', '88123456', undefined],
    ['0574-88123456-801', '0574-88123456-801', '0574', '88123456', '801'],
    ['0574-88123456转801', '0574-88123456-801', '0574', '88123456', '801'],
    ['0574-88123456 分机 801', '0574-88123456-801', '0574', '88123456', '801'],
    ['0574-88123456 ext. 801', '0574-88123456-801', '0574', '88123456', '801'],
    ['0574-88123456#801', '0574-88123456-801', '0574', '88123456', '801'],
  ])('%s', (input, value, areaCode, local, extension) => {
    const r = parseLandline(input);
    expect(r).toMatchObject({ ok: true, issues: [], value: { value, areaCode, local } });
    if (r.ok) expect(r.value.extension).toBe(extension);
  });

  it('normalising twice = once', () => {
    for (const input of ['(0574)88123456', '0574-88123456 转 801', '+86 10 6552 1234']) {
      const once = parseLandline(input);
      expect(once.ok && parseLandline(once.value.value)).toEqual(once);
    }
  });

  it.each([
    ['13800138000', 'mobile'],
    ['88123456', 'noArea'],
    ['0574-881234', 'shape'],
    ['0574-881234567', 'shape'],
    ['0574-08123456', 'shape'],
    // 00 starts the international prefix, never an area code (found by the idempotence property).
    ['(0086)2000000', 'shape'],
    ['0086-2000000', 'shape'],
    ['0012-88123456', 'shape'],
    ['011-65521234', 'shape'],
    ['(0574-88123456', 'shape'],
    ['0574)88123456', 'shape'],
    ['0574-88123456转', 'shape'],
    ['0574-88123456转八零一', 'shape'],
    ['57488123456', 'shape'],
    [57488123456, 'shape'],
    ['', 'empty'],
    [null, 'type'],
  ])('%s → phone.landline.format (%s)', (input, why) => {
    const r = parseLandline(input);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.rule)).toEqual(['phone.landline.format']);
    if (why === 'mobile') expect(r.issues[0]!.message).toContain('手机');
    if (why === 'noArea') expect(r.issues[0]!.message).toContain('区号');
  });

  it('requireAreaCode: false accepts a bare local number', () => {
    expect(parseLandline('88123456', { requireAreaCode: false })).toMatchObject({ ok: true, value: { value: '88123456', areaCode: '', local: '88123456' } });
  });

  it('messages never echo the number', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const input of ['13800138000', '0571-881234', '87654321']) {
        expect(parseLandline(input, { locale }).issues[0]!.message).not.toContain(input);
      }
    }
  });
});
