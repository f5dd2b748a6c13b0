/**
 * Writes the sample district to `sample/`: `district.json` (the records; about 22 MB, so it is
 * generated on demand and git-ignored) and `PLANTED.md` (the planted problems, committed).
 *
 *   npx tsx scripts/generate-sample.ts [--seed N] [--out sample]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSampleDistrict, SAMPLE_SEED, SAMPLE_TODAY } from '../src/sample.js';
import { plantedMarkdown } from './sample-report.js';

/** Data bigger than this is not meant for the repository. */
const COMMIT_LIMIT = 5 * 1024 * 1024;

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const seed = Number(flag('--seed') ?? SAMPLE_SEED);
const out = flag('--out') ?? 'sample';

const started = performance.now();
const district = generateSampleDistrict({ seed });
const ms = performance.now() - started;
mkdirSync(out, { recursive: true });
const json = JSON.stringify({ today: SAMPLE_TODAY, seed, orgs: district.orgs, members: district.members, planted: district.planted });
writeFileSync(join(out, 'district.json'), json);
writeFileSync(join(out, 'PLANTED.md'), plantedMarkdown(district, seed));
const mb = (Buffer.byteLength(json) / 1024 / 1024).toFixed(1);
console.log(`sample district (seed ${seed}): ${district.orgs.length} orgs, ${district.members.length} members, ${district.planted.length} planted issues, generated in ${ms.toFixed(0)} ms`);
console.log(`wrote ${join(out, 'district.json')} (${mb} MB${Buffer.byteLength(json) > COMMIT_LIMIT ? ', too big to commit: git-ignored, generate it on demand' : ''}) and ${join(out, 'PLANTED.md')}`);
