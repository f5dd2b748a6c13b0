import { describe, expect, it } from 'vitest';
import { CharCodeBuilder } from './charCodeBuilder.js';

describe('CharCodeBuilder', () => {
  it('gives back exactly the units pushed, across chunks, lone surrogates included', () => {
    const text = '中\uD800a\uDFFFＸ '.repeat(5000);
    const out = new CharCodeBuilder('前缀');
    for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i));
    expect(out.length).toBe(text.length + 2);
    expect(out.last).toBe(0x20);
    expect(out.toString()).toBe(`前缀${text}`);
  });

  it('is empty until something is pushed', () => {
    const out = new CharCodeBuilder();
    expect([out.toString(), out.length, out.last]).toEqual(['', 0, -1]);
  });
});
