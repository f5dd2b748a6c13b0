import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.js';
import { entryData, readZip, writeZip } from './zipArchive.js';

describe('zip archive', () => {
  it('computes CRC-32', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('reads entries, and writes them back with the compressed bytes unchanged', () => {
    const text = '党员'.repeat(1000);
    const source = zipSync({ 'a.xml': strToU8(text), 'dir/b.bin': new Uint8Array([1, 2, 3]) }, { level: 9 });
    const entries = readZip(source);
    expect(entries.map((e) => e.name)).toEqual(['a.xml', 'dir/b.bin']);
    expect(new TextDecoder().decode(entryData(entries[0]!))).toBe(text);
    const copy = writeZip([...entries, { name: 'c.txt', kind: 'data', data: strToU8('new 新') }]);
    const again = readZip(copy);
    const [a] = again;
    expect(a?.kind === 'raw' && entries[0]?.kind === 'raw' && a.compressed).toEqual(entries[0]?.kind === 'raw' && entries[0].compressed);
    const unzipped = unzipSync(copy);
    expect(new TextDecoder().decode(unzipped['a.xml'])).toBe(text);
    expect([...unzipped['dir/b.bin']!]).toEqual([1, 2, 3]);
    expect(new TextDecoder().decode(unzipped['c.txt'])).toBe('new 新');
  });

  it('refuses what is not a zip', () => {
    expect(() => readZip(strToU8('not a zip at all, not even close'))).toThrow(/zip/);
  });
});
