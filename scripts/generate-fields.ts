/**
 * `npm run fields:gen`: writes what the field tables imply and a fast path needs spelt out —
 * `src/member/generated/shapes.ts` (the member record's fixed object shapes) — and the column lists of
 * docs/spreadsheets.md. Stale output fails a test (src/member/generated.test.ts), so run this after every
 * change to a field table.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MEMBER_FIELD_TABLE } from '../src/member/fieldTable.js';
import { ORG_FIELD_TABLE } from '../src/org/fieldTable.js';
import { UNIT_FIELD_TABLE } from '../src/org/unitFieldTable.js';
import { renderMemberShapes, renderSpreadsheetsDoc } from './fields/render.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path: string): string | undefined => {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch {
    return undefined;
  }
};
const docPath = 'docs/spreadsheets.md';
const output = new Map<string, string>([
  ['src/member/generated/shapes.ts', renderMemberShapes(MEMBER_FIELD_TABLE)],
  [docPath, renderSpreadsheetsDoc(read(docPath) ?? '', { member: MEMBER_FIELD_TABLE, org: ORG_FIELD_TABLE, unit: UNIT_FIELD_TABLE })],
]);
let changed = 0;
for (const [path, text] of output) {
  if (read(path) === text) continue;
  writeFileSync(join(root, path), text);
  changed++;
}
console.log(`fields:gen: ${output.size} files, ${changed} written`);
