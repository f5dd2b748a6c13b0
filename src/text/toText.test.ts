import { describe, expect, it } from 'vitest';
import { toText } from './toText.js';

describe('toText', () => {
  it('prints numbers in plain decimal', () => {
    expect(toText(631)).toBe('631');
    expect(toText(15578338068)).toBe('15578338068');
    expect(toText(1e20)).toBe('100000000000000000000');
    expect(toText(2.5)).toBe('2.5');
    expect(toText(10n)).toBe('10');
  });
  it('keeps strings and refuses everything else', () => {
    expect(toText(' 汉族 ')).toBe(' 汉族 ');
    for (const v of [NaN, Infinity, null, undefined, {}, [], true, Symbol('x')]) expect(toText(v)).toBeUndefined();
  });
});
