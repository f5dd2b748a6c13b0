import { describe, expect, it } from 'vitest';
import { foldFullWidth } from './foldFullWidth.js';

describe('foldFullWidth', () => {
  it('folds full-width ASCII and the ideographic space, and nothing else', () => {
    expect(foldFullWidth('３３０２１２Ｘ')).toBe('330212X');
    expect(foldFullWidth('！～\u3000')).toBe('!~ ');
    expect(foldFullWidth('中共（筹）。、「」')).toBe('中共(筹)。、「」');
  });

  it('gives text with nothing to fold back as it is', () => {
    const text = '中共某某支部委员会 ABC 123';
    expect(foldFullWidth(text)).toBe(text);
    expect(foldFullWidth('')).toBe('');
  });

  it("gives '' for a value that is not a string, never a throw", () => {
    for (const value of [42, null, undefined, {}, ['１'], Symbol('s'), 10n, true, new String('１')]) expect(foldFullWidth(value as string)).toBe('');
  });
});
