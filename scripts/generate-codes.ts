/**
 * `npm run codes:gen`: reads the data files `codes/*.json`, checks them, and writes the typed modules
 * `src/codes/generated/<id>.ts` and the pages `docs/codes/*.md`. Stale output fails a test
 * (src/codes/generated.test.ts), so run this after every change to a data file.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderAll } from './codes/render.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'codes');
const files = readdirSync(dataDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(dataDir, file), 'utf8') }));
const output = renderAll(files);

// Remove generated files whose data file is gone, then write the rest.
for (const dir of ['src/codes/generated', 'docs/codes']) {
  mkdirSync(join(root, dir), { recursive: true });
  for (const file of readdirSync(join(root, dir))) {
    const path = `${dir}/${file}`;
    if (!output.has(path) && (file.endsWith('.ts') || file.endsWith('.md'))) rmSync(join(root, path));
  }
}
let changed = 0;
for (const [path, text] of output) {
  const full = join(root, path);
  let before: string | undefined;
  try {
    before = readFileSync(full, 'utf8');
  } catch {
    before = undefined;
  }
  if (before !== text) {
    writeFileSync(full, text);
    changed++;
  }
}
console.log(`codes:gen: ${files.length} tables, ${output.size} files, ${changed} written`);
