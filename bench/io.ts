/**
 * Spreadsheet reading + the dataset check, end to end, as `partyinfo check` runs them:
 * - the sample district (2,906 orgs, 61,451 members) from .xlsx (the 2017 template layout) and .csv;
 * - 1,000,000 members from one CSV, streamed in chunks into `checkDatasetStream` — and 100,000 from
 *   the same kind of file, to show that peak memory does not grow with the row count.
 * Each case runs in its own Node process so that its peak RSS is its own. Inputs are generated once
 * into the system temp folder (`partyinfo-bench-io`) and reused.
 *
 * `csv-read-*` reads without checking (the reader's own memory); `csv-stream-*` reads and checks
 * (the check keeps a compact index of every ID number, so its memory grows a little with the count).
 *
 * Run: `npx tsx bench/io.ts` (the first run also writes the inputs: a minute or two more).
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDataset, checkDatasetStream, generateSampleDistrict, SAMPLE_TODAY, streamSampleDistrict } from '../src/dataset/index.js';
import { encodeText } from '../src/io/csv/encoding.js';
import { readDataset } from '../src/io/readDataset.js';
import { streamMembers } from '../src/io/streamMembers.js';
import { csvText } from '../src/io/report/formats.js';
import { memberRows } from '../src/io/write/templates.js';
import { writeDatasetFiles } from '../src/io/write/outputs.js';

const DIR = join(os.tmpdir(), 'partyinfo-bench-io');
const SAMPLE_DIR = join(DIR, 'sample');

function cells(rows: (string | number | undefined)[][]): string[][] {
  return rows.map((r) => r.map((c) => (c === undefined ? '' : String(c))));
}

/** Writes `count` members of the clean streamed district as one CSV, chunk by chunk. */
async function writeBigCsv(file: string, count: number): Promise<void> {
  const out = createWriteStream(file);
  const { members } = streamSampleDistrict({ members: count, chunkSize: 20_000 });
  let written = 0;
  for (const chunk of members) {
    const rows = cells(memberRows(chunk, undefined, written));
    const text = csvText(written === 0 ? rows : rows.slice(1), ',', false);
    if (!out.write(encodeText(text, 'utf-8', written === 0))) await once(out, 'drain');
    written += chunk.length;
  }
  out.end();
  await once(out, 'finish');
}

async function prepare(): Promise<void> {
  mkdirSync(SAMPLE_DIR, { recursive: true });
  if (!existsSync(join(SAMPLE_DIR, '党员.xlsx'))) {
    console.error('writing the sample district as spreadsheets …');
    await writeDatasetFiles(SAMPLE_DIR, generateSampleDistrict(), { date: SAMPLE_TODAY });
  }
  for (const n of [100_000, 1_000_000]) {
    const file = join(DIR, `members-${n}.csv`);
    if (!existsSync(file)) {
      console.error(`writing ${n.toLocaleString('en-US')} members as CSV …`);
      await writeBigCsv(file, n);
    }
  }
  const orgs = join(DIR, 'orgs-streamed.csv');
  if (!existsSync(orgs)) {
    const { orgs: list } = streamSampleDistrict({ members: 0 });
    const { orgRows } = await import('../src/io/write/templates.js');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(orgs, encodeText(csvText(cells(orgRows(list)), ',', false), 'utf-8', true));
  }
}

interface CaseResult {
  name: string;
  rows: number;
  readMs: number;
  checkMs: number;
  totalMs: number;
  issues: number;
  peakRssMb: number;
}

async function runCase(name: string): Promise<CaseResult> {
  const start = performance.now();
  let readMs = 0;
  let checkMs = 0;
  let rows = 0;
  let issues = 0;
  if (name === 'xlsx-61451' || name === 'csv-61451') {
    const ext = name.startsWith('xlsx') ? 'xlsx' : 'csv';
    const read = await readDataset({ orgs: join(SAMPLE_DIR, `党组织.${ext}`), members: join(SAMPLE_DIR, `党员.${ext}`) });
    readMs = performance.now() - start;
    const t = performance.now();
    issues = checkDataset({ orgs: read.orgs, members: read.members }, { today: SAMPLE_TODAY }).issues.length;
    checkMs = performance.now() - t;
    rows = read.members.length;
  } else if (name.startsWith('csv-read-')) {
    // Reading alone: shows the reader's own memory stays flat whatever the row count.
    const n = Number(name.split('-')[2]);
    for await (const chunk of streamMembers(join(DIR, `members-${n}.csv`), { chunkSize: 10_000 })) rows += chunk.records.length;
    readMs = performance.now() - start;
  } else {
    const n = Number(name.split('-')[2]);
    const read = await readDataset({ orgs: join(DIR, 'orgs-streamed.csv'), members: join(DIR, 'orgs-streamed.csv') });
    let readTime = 0;
    async function* timed() {
      const it = streamMembers(join(DIR, `members-${n}.csv`), { chunkSize: 10_000 })[Symbol.asyncIterator]();
      for (;;) {
        const t = performance.now();
        const next = await it.next();
        readTime += performance.now() - t;
        if (next.done) return;
        rows += next.value.records.length;
        yield next.value;
      }
    }
    const report = await checkDatasetStream({ orgs: read.orgs, members: timed() }, { today: SAMPLE_TODAY });
    issues = report.issues.length;
    readMs = readTime;
    checkMs = performance.now() - start - readTime;
  }
  return { name, rows, readMs, checkMs, totalMs: performance.now() - start, issues, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

const CASES = ['xlsx-61451', 'csv-61451', 'csv-read-100000', 'csv-read-1000000', 'csv-stream-100000', 'csv-stream-1000000'];

async function main(): Promise<void> {
  const only = process.argv.find((a) => a.startsWith('--case='))?.slice(7);
  if (only) {
    process.stdout.write(JSON.stringify(await runCase(only)));
    return;
  }
  await prepare();
  const self = fileURLToPath(import.meta.url);
  const results: CaseResult[] = [];
  for (const name of CASES) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', self, `--case=${name}`], { encoding: 'utf8', maxBuffer: 1 << 20 });
    results.push(JSON.parse(out) as CaseResult);
  }
  console.log(`partyinfo io bench — ${os.cpus().length} cores, Node ${process.version}, load ${os.loadavg()[0]!.toFixed(1)}`);
  console.log('case                 rows        read ms   check ms   total ms   issues   peak RSS MB');
  for (const r of results) {
    console.log(
      `${r.name.padEnd(20)} ${r.rows.toLocaleString('en-US').padStart(10)} ${r.readMs.toFixed(0).padStart(10)} ${r.checkMs.toFixed(0).padStart(10)} ${r.totalMs.toFixed(0).padStart(10)} ${String(r.issues).padStart(8)} ${r.peakRssMb.toFixed(0).padStart(13)}`,
    );
  }
}

await main();
