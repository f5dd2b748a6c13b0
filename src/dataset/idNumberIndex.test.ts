import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../identifiers/index.js';
import { IdNumberIndex } from './idNumberIndex.js';
import { idNumberKey, idNumberOfKey, RegionDictionary } from './idNumberKey.js';
import { IdNumberKeys } from './idNumberKeys.js';

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

describe('IdNumberKeys (the batch form) and idNumberKey', () => {
  it('finds the same repeated numbers as a Map, with their records in order', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(idArb, idArb, fc.string({ maxLength: 20 })), { maxLength: 2000 }), (ids) => {
        const keys = new IdNumberKeys(ids.length);
        const reference = new Map<string, number[]>();
        ids.forEach((id, i) => {
          keys.add(id, i);
          reference.set(id, [...(reference.get(id) ?? []), i]);
        });
        const expected = [...reference].filter(([, r]) => r.length > 1).map(([id, records]) => ({ id, records }));
        const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
        expect(keys.duplicates().sort(byId)).toEqual(expected.sort(byId));
      }),
      { numRuns: 60 },
    );
  });

  it('sorts keys of every width: repeats in the last region slots are found (keys near 2^40)', () => {
    // One number per region for 8,300 regions (past the dictionary's 8,192 slots), then repeats of the
    // numbers in the first, the last packed and an unpacked region.
    const ids = Array.from({ length: 8300 }, (_, r) => `${100000 + r}19800101001`).map((body) => body + idNumberCheckChar(body));
    const repeated = [ids[0]!, ids[8191]!, ids[8299]!];
    const keys = new IdNumberKeys(ids.length + repeated.length);
    [...ids, ...repeated].forEach((id, i) => keys.add(id, i));
    const found = keys.duplicates().map(({ id, records }) => [id, records]);
    expect(found).toEqual(
      expect.arrayContaining([
        [ids[0], [0, 8300]],
        [ids[8191], [8191, 8301]],
        [ids[8299], [8299, 8302]],
      ]),
    );
    expect(found).toHaveLength(3);
  });

  it('finds repeats in a batch large enough to be sorted in parts (300,000 records)', () => {
    const n = 300_000;
    const body = (i: number) =>
      `3302${String(i % 100).padStart(2, '0')}${1950 + (Math.floor(i / 33_600) % 50)}${String(1 + (Math.floor(i / 2_800) % 12)).padStart(2, '0')}${String(1 + (Math.floor(i / 100) % 28)).padStart(2, '0')}${String(i % 997).padStart(3, '0')}`;
    const keys = new IdNumberKeys(n);
    for (let i = 0; i < n - 4; i++) keys.add(body(i) + idNumberCheckChar(body(i)), i);
    // Four repeats whose sequence numbers 000–003 put their keys in the four different parts.
    [0, 1, 2, 3].forEach((k) => keys.add(body(k) + idNumberCheckChar(body(k)), n - 4 + k));
    expect(keys.duplicates().map((g) => g.records).sort((a, b) => a[0]! - b[0]!)).toEqual([[0, n - 4], [1, n - 3], [2, n - 2], [3, n - 1]]);
  });

  it('turns a key back into its number', () => {
    fc.assert(fc.property(idArb, (id) => {
      const regions = new RegionDictionary();
      const key = idNumberKey(id, regions);
      if (key >= 0) expect(idNumberOfKey(key, regions)).toBe(id);
    }));
  });
});

describe('clear (a finished run keeps its objects, emptied)', () => {
  const a = '11010519491231002X';

  it('IdNumberIndex forgets every number and works again', () => {
    const ids = new IdNumberIndex();
    for (let i = 0; i < 70_000; i++) ids.add(`${110105 + (i % 7)}19800101${String(i % 1000).padStart(3, '0')}X`, i); // grows past its first buckets
    ids.add(a, 70_000);
    ids.add('not a number', 70_001);
    ids.clear();
    expect(ids.size).toBe(0);
    expect(ids.add(a, 0)).toBe(-1);
    expect(ids.add('not a number', 1)).toBe(-1);
    expect(ids.add(a, 2)).toBe(0);
  });

  it('IdNumberKeys forgets every record', () => {
    const keys = new IdNumberKeys(3);
    [a, a, 'x'].forEach((id, i) => keys.add(id, i));
    expect(keys.duplicates()).toHaveLength(1);
    keys.clear();
    expect(keys.duplicates()).toEqual([]);
    keys.add('x', 0);
    keys.add('x', 1);
    expect(keys.duplicates()).toEqual([{ id: 'x', records: [0, 1] }]);
  });

  it('RegionDictionary forgets its address codes and hands out slots from 1 again', () => {
    const regions = new RegionDictionary();
    expect(regions.slot(110105)).toBe(1);
    expect(regions.slot(330212)).toBe(2);
    regions.clear();
    expect(regions.region(1)).toBe(0);
    expect(regions.slot(330212)).toBe(1);
    expect(idNumberOfKey(idNumberKey(a, regions), regions)).toBe(a);
  });
});
