/**
 * `npm run bundle:size`: what a browser app pays for a few imports of the built package — each
 * snippet bundled by esbuild (bundle, minify, platform browser, ESM, dependencies included, the way
 * an app bundler would), then gzipped (zlib default level).
 *
 *   npx tsx scripts/bundle-size.ts           # against dist/ through package.json exports (`npm run build` first)
 *   npx tsx scripts/bundle-size.ts --src     # against src/: the floor a perfect tree-shake would reach
 *   npx tsx scripts/bundle-size.ts --json
 *
 * `partyinfo` resolves as a consumer's import does: a temporary directory holds
 * `node_modules/partyinfo`, a link to this repository, so `exports` and `sideEffects` apply.
 */
import { mkdtempSync, rmSync, mkdirSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Consumer snippets, by label. Each exports what it imports so the bundler keeps it. */
export const SNIPPETS: Readonly<Record<string, string>> = {
  '{ isValidIdNumber }': `export { isValidIdNumber } from 'partyinfo';`,
  "{ codeTables } from 'partyinfo/codes'": `export { codeTables } from 'partyinfo/codes';`,
  '{ checkMemberRecord }': `export { checkMemberRecord } from 'partyinfo';`,
  '{ checkDataset }': `export { checkDataset } from 'partyinfo';`,
  "* as all from 'partyinfo'": `import * as all from 'partyinfo'; export { all };`,
};

export interface BundleSize {
  /** Minified bundle, bytes. */
  readonly minBytes: number;
  /** The same, gzipped, bytes. */
  readonly gzipBytes: number;
  /** Node built-ins the bundle imports (`specifier ← importer`): none for the browser-safe core. */
  readonly nodeBuiltins: readonly string[];
}

const SOURCE_ENTRIES: Readonly<Record<string, string>> = {
  partyinfo: 'src/index.ts',
  'partyinfo/codes': 'src/codes/index.ts',
  'partyinfo/sheets': 'src/sheets.ts',
  'partyinfo/io': 'src/io/index.ts',
};

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Records Node built-in imports and leaves them external (platform browser would fail on them). */
function recordBuiltins(found: string[]): Plugin {
  return {
    name: 'record-node-builtins',
    setup(b) {
      b.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
        if (!builtins.has(args.path) && !builtins.has(args.path.split('/')[0] ?? '')) return undefined;
        found.push(`${args.path} ← ${args.importer.slice(ROOT.length) || args.importer}`);
        return { path: args.path, external: true };
      });
    },
  };
}

/** Maps `partyinfo[/sub]` to the TypeScript sources instead of the build. */
const fromSource: Plugin = {
  name: 'partyinfo-from-source',
  setup(b) {
    b.onResolve({ filter: /^partyinfo(\/[a-z]+)?$/ }, (args) => {
      const file = SOURCE_ENTRIES[args.path];
      return file ? { path: join(ROOT, file) } : undefined;
    });
  },
};

/**
 * Bundles one consumer snippet against the built package (or the sources) and measures it.
 *
 * @example
 * const { gzipBytes } = await bundleSize(`export { isValidIdNumber } from 'partyinfo';`);
 */
export async function bundleSize(code: string, from: 'dist' | 'src' = 'dist'): Promise<BundleSize> {
  const consumer = mkdtempSync(join(tmpdir(), 'partyinfo-bundle-'));
  try {
    mkdirSync(join(consumer, 'node_modules'));
    symlinkSync(ROOT, join(consumer, 'node_modules', 'partyinfo'), 'junction');
    const nodeBuiltins: string[] = [];
    const result = await build({
      stdin: { contents: code, resolveDir: consumer, sourcefile: 'consumer.js', loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      plugins: [recordBuiltins(nodeBuiltins), ...(from === 'src' ? [fromSource] : [])],
    });
    const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
    return { minBytes: bytes.byteLength, gzipBytes: gzipSync(bytes).byteLength, nodeBuiltins };
  } finally {
    rmSync(consumer, { recursive: true, force: true });
  }
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const from = args.includes('--src') ? 'src' : 'dist';
  const rows: { snippet: string; size: BundleSize }[] = [];
  for (const [snippet, code] of Object.entries(SNIPPETS)) rows.push({ snippet, size: await bundleSize(code, from) });
  if (args.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  console.log(`esbuild, bundle + minify, platform browser, against ${from}/ (gzip: zlib default level)`);
  console.log(`${'import'.padEnd(40)} ${'min'.padStart(10)} ${'min+gz'.padStart(10)}   node built-ins`);
  for (const { snippet, size } of rows) {
    const builtinsNote = size.nodeBuiltins.length ? size.nodeBuiltins.join(', ') : 'none';
    console.log(`${snippet.padEnd(40)} ${kb(size.minBytes).padStart(10)} ${kb(size.gzipBytes).padStart(10)}   ${builtinsNote}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
