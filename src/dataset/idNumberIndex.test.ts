import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../identifiers/index.js';
import { IdNumberIndex } from './idNumberIndex.js';
import { idNumberKey, idNumberOfKey, RegionDictionary } from './idNumberKey.js';

const idArb = fc
  .tuple(fc.constantFrom('330212', '110105', '441302', '999999'), fc.integer({ min: 1790, max: 2160 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 999 }))
  .map(([r, y, m, d, s]) => {
    const body = `${r}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(s).padStart(3, '0')}`;
    return body + idNumberCheckChar(body)!;
  });

describe('IdNumberIndex', () => {
  it('agrees with a Map on first occurrences, for any sequence (grows, falls back on odd numbers)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(idArb, idArb, fc.string({ maxLength: 20 })), { maxLength: 3000 }), (ids) => {
        const index = new IdNumberIndex();
        const reference = new Map<string, number>();
        ids.forEach((id, i) => {
          const expected = reference.get(id) ?? -1;
          if (expected < 0) reference.set(id, i);
          expect(index.add(id, i)).toBe(expected);
        });
        expect(index.size).toBe(reference.size);
      }),
      { numRuns: 60 },
    );
  });

  it('finds repeats among many numbers, across bucket growth (past 2^18 records)', () => {
    const index = new IdNumberIndex();
    const ids: string[] = [];
    const regions = ['330212', '110105', '441302', '510107'];
    for (let i = 0; i < 600_000; i++) {
      const body = `${regions[i % 4]}19${String(40 + (Math.floor(i / 4) % 50)).padStart(2, '0')}${String(1 + (Math.floor(i / 200) % 12)).padStart(2, '0')}${String(1 + (Math.floor(i / 2400) % 28)).padStart(2, '0')}${String(Math.floor(i / 67_200) % 1000).padStart(3, '0')}`;
      ids.push(body + idNumberCheckChar(body)!);
    }
    expect(new Set(ids).size).toBe(ids.length);
    let repeats = 0;
    ids.forEach((id, i) => { if (index.add(id, i) >= 0) repeats++; });
    expect(repeats).toBe(0);
    expect(index.size).toBe(ids.length);
    expect(index.add(ids[12_345]!, 600_000)).toBe(12_345);
    expect(index.add(ids[599_999]!, 600_001)).toBe(599_999);
    expect(index.add(ids[0]!, 20_000_000)).toBe(0);
  });

  it('keeps record indices past the packed range in its map', () => {
    const index = new IdNumberIndex();
    expect(index.add('11010519491231002X', 20_000_000)).toBe(-1);
    expect(index.add('11010519491231002X', 20_000_001)).toBe(20_000_000);
    expect(index.add('11010519491231002X', 3)).toBe(20_000_000);
  });
});

describe('IdNumberIndex against hash flooding', () => {
  it('spreads 300,000 numbers that all end in sequence code 000 over its buckets (no long chains)', () => {
    // Sequence codes that never vary left the old low-bits bucket with a few hundred patterns: chains of thousands.
    // (The check character is not part of the key.)
    const index = new IdNumberIndex();
    const regions = ['330212', '110105', '441302', '510107', '230102', '650102'];
    const n = 300_000;
    const days = Array.from({ length: Math.ceil(n / regions.length) }, (_, d) => new Date(Date.UTC(1930, 0, 1 + d)).toISOString().slice(0, 10).replaceAll('-', ''));
    let repeats = 0;
    for (let i = 0; i < n; i++) {
      const body = `${regions[i % regions.length]}${days[Math.floor(i / regions.length)]}000`;
      if (index.add(`${body}X`, i) >= 0) repeats++;
    }
    expect(repeats).toBe(0);
    expect(index.size).toBe(n);
    // Random keys in 2^17 buckets at this load give chains of about 10; the bound leaves room, the old one was 2,300.
    expect(index.longestChain()).toBeLessThanOrEqual(24);
  });
});

describe('idNumberKey', () => {
  it('turns a key back into its number', () => {
    fc.assert(fc.property(idArb, (id) => {
      const regions = new RegionDictionary();
      const key = idNumberKey(id, regions);
      if (key >= 0) expect(idNumberOfKey(key, regions)).toBe(id);
    }));
  });

  it('gives 8,192 address codes a slot and no more: repeats in the last packed and an unpacked region are found', () => {
    const ids = Array.from({ length: 8300 }, (_, r) => `${100000 + r}19800101001`).map((body) => body + idNumberCheckChar(body));
    const index = new IdNumberIndex();
    ids.forEach((id, i) => expect(index.add(id, i)).toBe(-1));
    expect(index.add(ids[0]!, 8300)).toBe(0);
    expect(index.add(ids[8191]!, 8301)).toBe(8191);
    expect(index.add(ids[8299]!, 8302)).toBe(8299);
  });
});
