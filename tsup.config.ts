import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// Core entries and `sheets` are browser-safe (no Node built-ins); `io` and `cli` are Node-only.
//
// ESM is emitted one file per source module (dist/ mirrors src/), so `sideEffects: false` lets an
// app's bundler skip every module it does not use; bundled chunks defeat that (a single
// `isValidIdNumber` import cost 144 KB min+gz). CJS, which bundlers do not tree-shake, stays
// bundled. Declarations are rolled up once per public entry. `npm run bundle:size` measures.

const entries = {
  index: 'src/index.ts',
  codes: 'src/codes/index.ts',
  sheets: 'src/sheets.ts',
  io: 'src/io/index.ts',
  sample: 'src/sample.ts',
};

/** Every shipped module; tests, test oracles and fixtures are imported by tests only. */
const modules = ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/testing/**', '!src/**/__fixtures__/**'];

/** The public ESM entry files package.json names, re-exporting the module tree under dist/. */
const esmEntryFiles: Record<string, string> = {
  'dist/codes.js': "export * from './codes/index.js';\n",
  'dist/io.js': "export * from './io/index.js';\n",
  'dist/cli.js': "#!/usr/bin/env node\nimport './cli/main.js';\n",
};

const common: Options = { outDir: 'dist', sourcemap: true, target: 'es2022' };

export default defineConfig(() => {
  // The configs below build in parallel, so none of them may clean: clear dist/ once, here.
  rmSync('dist', { recursive: true, force: true });
  return [
    {
      ...common,
      name: 'esm',
      entry: modules,
      format: ['esm'],
      splitting: false,
      treeshake: false,
      esbuildPlugins: [
        {
          // Relative imports stay imports of the sibling output file (same layout, same `.js`
          // specifier); JSON data is inlined into the one module that imports it, so Node needs
          // no JSON-module support and bundlers no import attributes.
          name: 'one-file-per-module',
          setup(build) {
            build.onResolve({ filter: /^\.\.?\// }, (args) =>
              args.kind === 'entry-point' || args.path.endsWith('.json') ? undefined : { path: args.path, external: true },
            );
          },
        },
      ],
      onSuccess: async () => {
        for (const [file, contents] of Object.entries(esmEntryFiles)) writeFileSync(file, contents);
        chmodSync('dist/cli.js', 0o755);
      },
    },
    {
      ...common,
      name: 'cjs',
      entry: entries,
      format: ['cjs'],
      splitting: true,
      treeshake: true,
    },
    {
      ...common,
      name: 'dts',
      entry: entries,
      format: ['esm', 'cjs'],
      dts: { only: true },
    },
  ];
});
