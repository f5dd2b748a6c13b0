/**
 * `npm run sample`: checks the sample district and prints a readable report — issues by rule, the
 * summary, the first issues, and whether exactly the planted problems were found.
 *
 *   npx tsx scripts/check-sample.ts [--limit 40] [--en] [--json]
 *
 * Reads `sample/district.json` when `scripts/generate-sample.ts` wrote it, else generates the
 * district in memory (the same records: generation is deterministic).
 */
import { existsSync, readFileSync } from 'node:fs';
import { checkDataset } from '../src/dataset/index.js';
import { generateSampleDistrict, sampleOptions, type SampleDistrict } from '../src/sample.js';
import { checkReport } from './sample-report.js';

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) || 40 : 40;
const file = 'sample/district.json';
const district: SampleDistrict = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SampleDistrict) : generateSampleDistrict();
const options = { ...sampleOptions(), locale: args.includes('--en') ? ('en' as const) : ('zh-CN' as const) };

checkDataset(district, options); // warm-up: the figure below is a warm run
const started = performance.now();
const report = checkDataset(district, options);
const ms = performance.now() - started;
if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
else console.log(checkReport(district, report, ms, limit));
