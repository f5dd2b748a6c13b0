// The built package as a browser app's bundler sees it (scripts/bundle-size.ts: esbuild, minify,
// platform browser, resolved through package.json exports): the core pulls in no Node built-in, and
// one validator costs what its own modules cost. Size ceilings, generous on purpose — not timings.
import { describe, expect, it } from 'vitest';
import { bundleSize } from '../scripts/bundle-size.js';

const KB = 1024;

describe('browser bundles of the built package', () => {
  it('the whole main entry imports no Node built-in', async () => {
    const all = await bundleSize(`import * as all from 'partyinfo'; export { all };`);
    expect(all.minBytes).toBeGreaterThan(100 * KB);
    expect(all.nodeBuiltins).toEqual([]);
  });

  it('neither does partyinfo/codes', async () => {
    const codes = await bundleSize(`import * as codes from 'partyinfo/codes'; export { codes };`);
    expect(codes.nodeBuiltins).toEqual([]);
  });

  it('nor does partyinfo/sheets, the bytes path a page imports (so neither exceljs nor iconv-lite is in it)', async () => {
    const sheets = await bundleSize(`import * as sheets from 'partyinfo/sheets'; export { sheets };`);
    expect(sheets.minBytes).toBeGreaterThan(20 * KB);
    expect(sheets.nodeBuiltins).toEqual([]);
  });

  it('sees the Node built-ins of partyinfo/io (the check above can fail)', async () => {
    const io = await bundleSize(`import * as io from 'partyinfo/io'; export { io };`);
    expect(io.nodeBuiltins.some((entry) => entry.includes('← dist/io/'))).toBe(true);
  });

  it('tree-shakes: isValidIdNumber alone stays under 15 KB min+gz, a fraction of the whole entry', async () => {
    const [one, all] = await Promise.all([
      bundleSize(`export { isValidIdNumber } from 'partyinfo';`),
      bundleSize(`import * as all from 'partyinfo'; export { all };`),
    ]);
    expect(one.gzipBytes).toBeGreaterThan(0);
    expect(one.gzipBytes).toBeLessThan(15 * KB);
    expect(one.gzipBytes * 10).toBeLessThan(all.gzipBytes);
  });
});
