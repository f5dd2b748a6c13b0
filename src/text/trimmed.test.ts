import { describe, expect, it } from 'vitest';
import { isTrimmedText, isTrimSpace } from './trimmed.js';

describe('isTrimSpace', () => {
  it('is true exactly for the code units String.prototype.trim removes (all 65,536)', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const trimmed = String.fromCharCode(c).trim() === '';
      if (isTrimSpace(c) !== trimmed) expect.fail(`U+${c.toString(16).padStart(4, '0')}: trim removes it: ${trimmed}`);
    }
  });
});

describe('isTrimmedText', () => {
  it('is true for non-empty text that trim() leaves as it is', () => {
    for (const text of ['张三', 'a b', '某某路1号', '\u3000x', 'x\u1680', '', ' ', '\ufeffx']) {
      expect(isTrimmedText(text)).toBe(text.length > 0 && text.trim() === text);
    }
  });
});
