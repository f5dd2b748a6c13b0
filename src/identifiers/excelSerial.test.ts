import { describe, expect, it } from 'vitest';
import { excelSerialToYmd, MAX_EXCEL_SERIAL } from './excelSerial.js';

/** Oracle: days counted with Date.UTC (UTC arithmetic only; independent of the integer algorithm). */
function viaUtc(serial: number) {
  const base = serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(base + serial * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

describe('excelSerialToYmd', () => {
  it('agrees with UTC day arithmetic on every serial from 1 to 80000 (1900–2119)', () => {
    for (let s = 1; s <= 80000; s++) {
      if (s === 60) continue;
      const got = excelSerialToYmd(s);
      const want = viaUtc(s);
      if (got?.year !== want.year || got.month !== want.month || got.day !== want.day) {
        expect({ s, got }).toEqual({ s, got: want });
      }
    }
  });
  it('known anchors', () => {
    expect(excelSerialToYmd(1)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(excelSerialToYmd(60)).toBeUndefined();
    expect(excelSerialToYmd(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(excelSerialToYmd(42940)).toEqual({ year: 2017, month: 7, day: 24 });
    expect(excelSerialToYmd(MAX_EXCEL_SERIAL)).toEqual({ year: 9999, month: 12, day: 31 });
  });
  it('out of range or not a number', () => {
    for (const s of [0, 0.5, -1, MAX_EXCEL_SERIAL + 1, Number.NaN, Infinity, '42940' as never]) expect(excelSerialToYmd(s)).toBeUndefined();
  });
});
