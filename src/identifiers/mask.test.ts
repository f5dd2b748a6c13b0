import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskMobile } from './mask.js';

describe('masking', () => {
  it('maskIdNumber keeps the address code and the last four', () => {
    expect(maskIdNumber('33021219900101123X')).toBe('330212********123X');
    expect(maskIdNumber('110105491231002')).toBe('110105*****1002');
    expect(maskIdNumber('1234567890')).toBe('**********');
    expect(maskIdNumber('')).toBe('');
    expect(maskIdNumber(null as never)).toBe('');
  });
  it('maskMobile keeps the segment and the last four', () => {
    expect(maskMobile('13800138000')).toBe('138****8000');
    expect(maskMobile('8613800138000')).toBe('861******8000');
    expect(maskMobile('1380')).toBe('****');
    expect(maskMobile(13800138000 as never)).toBe('');
  });
  it('bounds the output for huge input', () => {
    expect(maskIdNumber('1'.repeat(1_000_000)).length).toBeLessThanOrEqual(34);
    expect(maskMobile('1'.repeat(1_000_000)).length).toBeLessThanOrEqual(31);
  });
  it('a masked ID never shows the birth date', () => {
    const masked = maskIdNumber('33021219900101123X');
    expect(masked).not.toContain('19900101');
    expect(masked.slice(6, 14)).toBe('********');
  });
});
