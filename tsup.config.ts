import { defineConfig } from 'tsup';

// Core entries are browser-safe (no Node built-ins); `io` and `cli` are Node-only.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    codes: 'src/codes/index.ts',
    io: 'src/io/index.ts',
    cli: 'src/cli/main.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  target: 'es2022',
});
