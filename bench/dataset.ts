/**
 * The whole-dataset check: the sample district (2,906 orgs + 61,451 members) and 1,000,000 members
 * generated the same way, against a peer doing the same per-member checks the way a user would
 * without partyinfo (zod + validator + date-fns, `bench/dataset-peer.ts`); and, with `--stream10m`,
 * the streaming form over 10,000,000 members, for its peak memory.
 *
 *   npx tsx bench/dataset.ts              # district + 1M, ours vs peer (about 3–4 minutes)
 *   npx tsx bench/dataset.ts --quick      # district only
 *   npx tsx bench/dataset.ts --stream10m  # 10M members through checkDatasetStream (several minutes)
 *
 * Every scenario runs in a child process of its own (started with --expose-gc), so its peak RSS is
 * its own. Targets (issue 6): district ≤ 100 ms median; 1M ≤ 1.5 s with peak RSS ≤ 1.5× the input;
 * ≥ 10× faster than the peer; µs per member at 1M within 1.3× of the district's; stream ≤ 200 MB.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import {
  checkDataset, checkDatasetStream, generateSampleDistrict, sampleOptions, SAMPLE_TODAY, streamSampleDistrict,
} from '../src/dataset/index.js';
import { peerCheck } from './dataset-peer.js';

const MB = 1024 * 1024;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const maxRssMb = (): number => process.resourceUsage().maxRSS / 1024;
const options = sampleOptions();

interface Row {
  scenario: string;
  records: number;
  members: number;
  inputMb: number;
  rssBeforeMb: number;
  ours: { medianMs: number; runs: number[]; peakRssMb: number; issues: number };
  peer?: { medianMs: number; runs: number[]; peakRssMb: number; issues: number };
}

function time(fn: () => number, rounds: number): { medianMs: number; runs: number[]; issues: number } {
  fn(); // warm-up
  const runs: number[] = [];
  let issues = 0;
  for (let r = 0; r < rounds; r++) {
    gc();
    const t = performance.now();
    issues = fn();
    runs.push(performance.now() - t);
  }
  return { medianMs: median(runs), runs: runs.map((x) => Math.round(x)), issues };
}

/** One scenario in this (child) process: prints one JSON line. */
function child(scenario: string): void {
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const district = scenario === 'district' ? generateSampleDistrict() : generateSampleDistrict({ members: 1_000_000, planted: false });
  // Flat strings, as records read from files are (generated ones are concatenations).
  const orgs = JSON.parse(JSON.stringify(district.orgs)) as typeof district.orgs;
  const members = district.members.map((m) => JSON.parse(JSON.stringify(m)) as typeof m);
  district.members.length = 0;
  gc();
  const inputMb = (process.memoryUsage().heapUsed - heap0) / MB;
  const rssBeforeMb = process.memoryUsage().rss / MB;
  const data = { orgs, members };
  const rounds = scenario === 'district' ? 9 : 3;
  const ours = { ...time(() => checkDataset(data, options).issues.length, rounds), peakRssMb: maxRssMb() };
  const peerRounds = scenario === 'district' ? 3 : 1;
  const peer = process.argv.includes('--no-peer') ? undefined : { ...time(() => peerCheck(orgs, members, SAMPLE_TODAY), peerRounds), peakRssMb: maxRssMb() };
  const row: Row = { scenario, records: orgs.length + members.length, members: members.length, inputMb, rssBeforeMb, ours, peer };
  console.log(JSON.stringify(row));
}

async function stream10m(): Promise<void> {
  const total = 10_000_000;
  const { orgs, members } = streamSampleDistrict({ members: total, chunkSize: 10_000 });
  let peak = 0;
  const t = performance.now();
  const report = await checkDatasetStream({ orgs, members }, {
    ...options,
    onProgress: (n) => {
      if (n % 500_000 === 0) {
        peak = Math.max(peak, process.memoryUsage().rss / MB);
        process.stderr.write(`\r  ${n / 1e6}M members, rss ${Math.round(process.memoryUsage().rss / MB)} MB   `);
      }
    },
  });
  const seconds = (performance.now() - t) / 1000;
  process.stderr.write('\n');
  console.log(`stream: ${total.toLocaleString('en-US')} members + ${orgs.length} orgs in ${seconds.toFixed(1)} s (generation included), ${report.issues.length} issues (${Object.keys(report.summary.issues.byRule).join(', ')})`);
  console.log(`peak RSS ${Math.round(maxRssMb())} MB (sampled during the run: ${Math.round(peak)} MB); target ≤ 200 MB`);
}

function runChild(scenario: string): Row {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, '--child', scenario, ...process.argv.slice(2)], {
    encoding: 'utf8',
    maxBuffer: 16 * MB,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`scenario ${scenario} failed (${r.status}): ${r.stdout.slice(-500)}`);
  return JSON.parse(line) as Row;
}

function report(rows: Row[]): void {
  console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  console.log('scenario   impl     median ms   records/s   µs/member   peak RSS MB   input MB   runs (ms)');
  for (const row of rows) {
    for (const [name, m] of [['ours', row.ours], ['peer', row.peer]] as const) {
      if (!m) continue;
      console.log(
        `${row.scenario.padEnd(10)} ${name.padEnd(6)} ${m.medianMs.toFixed(1).padStart(11)} ${Math.round((row.records / m.medianMs) * 1000).toLocaleString('en-US').padStart(11)} ` +
          `${((m.medianMs * 1000) / row.members).toFixed(2).padStart(11)} ${Math.round(m.peakRssMb).toString().padStart(13)} ${Math.round(row.inputMb).toString().padStart(10)}   ${m.runs.join(' ')}`,
      );
    }
    if (row.peer) console.log(`${''.padEnd(10)} ours/peer time ${(row.ours.medianMs / row.peer.medianMs).toFixed(3)} (${(row.peer.medianMs / row.ours.medianMs).toFixed(1)}× faster); issues ours ${row.ours.issues}, peer ${row.peer.issues}`);
    console.log(`${''.padEnd(10)} peak RSS of our check ${Math.round(row.ours.peakRssMb)} MB = ${(row.ours.peakRssMb / row.inputMb).toFixed(2)}× the input objects (${Math.round(row.inputMb)} MB; RSS before the check ${Math.round(row.rssBeforeMb)} MB)`);
  }
  const [a, b] = [rows.find((r) => r.scenario === 'district'), rows.find((r) => r.scenario === '1m')];
  if (a && b) console.log(`linearity: µs/member at 1M ÷ at the district = ${((b.ours.medianMs / b.members) / (a.ours.medianMs / a.members)).toFixed(2)} (target ≤ 1.3)`);
}

const at = process.argv.indexOf('--child');
if (at >= 0) child(process.argv[at + 1]!);
else if (process.argv.includes('--stream10m')) await stream10m();
else report(process.argv.includes('--quick') ? [runChild('district')] : [runChild('district'), runChild('1m')]);
