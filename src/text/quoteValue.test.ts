import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIDDEN_CHAR, firstHiddenChar, isHiddenChar } from './hiddenChars.js';
import { quoteValue } from './quoteValue.js';

describe('quoteValue', () => {
  it('masks ID-shaped and mobile-shaped runs, however they are written', () => {
    expect(quoteValue('33021219900101123X')).toBe('330212********123X');
    expect(quoteValue('张三33021219900101123x号')).toBe('张三330212********123x号');
    expect(quoteValue('110105491231002')).toBe('110105*****1002');
    expect(quoteValue('手机 13812345678')).toBe('手机 138****5678');
    expect(quoteValue('+86 138 1234 5678')).toBe('+86 *********5678');
    expect(quoteValue('0574-87654321')).toBe('057******4321');
    expect(quoteValue('330212 19900101 123X')).toBe('330212**********123X');
    expect(quoteValue('３３０２１２１９９００１０１１２３Ｘ')).toBe('３３０２１２********１２３Ｘ');
    expect(quoteValue('1'.repeat(1 << 20))).toBe(`111${'*'.repeat(24)}1111`);
  });

  it('leaves short numbers, dates, codes and ordinary text as they are', () => {
    for (const text of ['中共甲村第3支部委员会', '2017-06-30', '20170630', '631 党支部', '91330212MA2AB1234X', '1234567890', '']) {
      expect(quoteValue(text)).toBe(text);
    }
  });

  it('escapes hidden characters so a name cannot be shown reversed', () => {
    expect(quoteValue('张\u202E三')).toBe('张\\u202E三');
    expect(quoteValue('a\u0000b\u200Bc\u2066d\u0085')).toBe('a\\u0000b\\u200Bc\\u2066d\\u0085');
  });

  it('takes a lower threshold for member fields', () => {
    expect(quoteValue('1381234567', 7)).toBe('138***4567');
    expect(quoteValue('1381234567')).toBe('1381234567');
  });

  it('gives "" for anything but a string', () => {
    expect(quoteValue(undefined as never)).toBe('');
    expect(quoteValue(13812345678 as never)).toBe('');
  });

  it('leaves no run of 11 digits and no hidden character in any text, and is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^[0-9 \-Xx\u202E中]{0,60}$/)), (text) => {
        const once = quoteValue(text);
        expect(once.normalize('NFKC')).not.toMatch(/\d{11}/);
        expect(HIDDEN_CHAR.test(once)).toBe(false);
        expect(quoteValue(once)).toBe(once);
      }),
    );
  });
});

describe('hidden characters', () => {
  it('the quick test and the character test agree on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isHiddenChar(c) !== HIDDEN_CHAR.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('names the first one', () => {
    expect(firstHiddenChar('张\u2067三\u202E')).toBe('U+2067');
    expect(firstHiddenChar('张三')).toBeUndefined();
    expect(firstHiddenChar(null as never)).toBeUndefined();
  });
});
