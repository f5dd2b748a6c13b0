/**
 * The whole-dataset check: the sample district (2,906 orgs + 61,451 members) and 1,000,000 members
 * generated the same way, against a peer doing the same per-member checks the way a user would
 * without partyinfo (zod + validator + date-fns, `bench/dataset-peer.ts`); and, with `--stream10m`,
 * the streaming form over 10,000,000 members, for its peak memory.
 *
 *   npx tsx bench/dataset.ts              # district + 1M, ours vs peer (about 3–4 minutes)
 *   npx tsx bench/dataset.ts --quick      # district only
 *   npx tsx bench/dataset.ts --stream10m  # 10M members through checkDatasetStream (several minutes;
 *                                         # on dist/ when built — `npm run build` — else through tsx)
 *
 * Every scenario runs in a child process of its own (started with --expose-gc), so its peak RSS is
 * its own; its records are generated once into `.bench-out/dataset-*.ndjson` (by another process)
 * and read back line by line, so the RSS before the check is the input's. Each implementation is
 * warmed up (3 runs at the district, 1 at 1M) and then timed: ours first with a full GC right before
 * each round (row †: its peak RSS is that of one check), then on a settled heap (see HeapState). Wall
 * time on a busy machine is noisy: the cpu column (user + system time of the process) is steadier.
 * Targets (issue 6): district ≤ 100 ms median; 1M ≤ 1.5 s with peak RSS ≤ 1.5× the input; ≥ 10×
 * faster than the peer; µs per member at 1M within 1.3× of the district's; stream ≤ 200 MB.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import os from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkDataset } from '../src/dataset/index.js';
import { generateSampleDistrict, sampleOptions, SAMPLE_TODAY, streamSampleDistrict } from '../src/sample.js';

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
  ours: Timing & { peakRssMb: number };
  /** Ours again, with a full GC before each round. */
  oursGc: Timing & { peakRssMb: number };
  peer?: Timing & { peakRssMb: number };
}

interface Timing {
  medianMs: number;
  cpuMs: number;
  runs: number[];
  issues: number;
}

/**
 * How the heap stands when a timed round starts:
 * - `settled` (the primary figure): a full GC, then one untimed run, then the timed one — a clean heap
 *   whose collector work is done, as in a process that has read its input and checks it;
 * - `collected` (row †): a full GC right before the timed run, which also shrinks V8's young
 *   generation and leaves the whole input heap to be swept during the run;
 * - `steady`: back-to-back rounds (the peer: each round leaves the garbage of the one before).
 */
type HeapState = 'settled' | 'collected' | 'steady';

/** Median of `rounds` timed runs after `warmups` runs (V8 keeps optimising over the first few). */
function time(fn: () => number, rounds: number, heap: HeapState, warmups = 1): Timing {
  for (let w = 0; w < warmups; w++) fn();
  const runs: number[] = [];
  const cpus: number[] = [];
  let issues = 0;
  for (let r = 0; r < rounds; r++) {
    if (heap !== 'steady') gc();
    if (heap === 'settled') fn();
    const c = process.cpuUsage();
    const t = performance.now();
    issues = fn();
    runs.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpus.push((used.user + used.system) / 1000);
  }
  return { medianMs: median(runs), cpuMs: median(cpus), runs: runs.map((x) => Math.round(x)), issues };
}

const OUT = '.bench-out';
const inputFile = (scenario: string): string => `${OUT}/dataset-${scenario}.ndjson`;

/** Writes a scenario's records as NDJSON (first line: the orgs), once; later runs reuse the file. */
async function writeInput(scenario: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const file = inputFile(scenario);
  const out = createWriteStream(`${file}.tmp`);
  const write = (line: string): Promise<void> => new Promise((resolve) => (out.write(`${line}\n`) ? resolve() : out.once('drain', resolve)));
  if (scenario === 'district') {
    const district = generateSampleDistrict();
    await write(JSON.stringify(district.orgs));
    for (const m of district.members) await write(JSON.stringify(m));
  } else {
    const { orgs, members } = streamSampleDistrict({ members: 1_000_000, chunkSize: 10_000 });
    await write(JSON.stringify(orgs));
    for (const chunk of members) for (const m of chunk) await write(JSON.stringify(m));
  }
  await new Promise<void>((resolve) => out.end(resolve));
  renameSync(`${file}.tmp`, file);
}

/** Reads a scenario's records line by line, so loading them leaves little garbage behind. */
async function readInput(scenario: string): Promise<{ orgs: unknown[]; members: unknown[] }> {
  const lines = createInterface({ input: createReadStream(inputFile(scenario)), crlfDelay: Infinity });
  let orgs: unknown[] | undefined;
  const members: unknown[] = [];
  for await (const line of lines) {
    if (orgs === undefined) orgs = JSON.parse(line) as unknown[];
    else members.push(JSON.parse(line));
  }
  return { orgs: orgs ?? [], members };
}

/** One scenario in this (child) process: prints one JSON line. */
async function child(scenario: string): Promise<void> {
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const data = await readInput(scenario);
  gc();
  const inputMb = (process.memoryUsage().heapUsed - heap0) / MB;
  const rssBeforeMb = process.memoryUsage().rss / MB;
  const district = scenario === 'district';
  const rounds = district ? 15 : 3;
  const warmups = district ? 3 : 1;
  // Collected first: its peak RSS is that of one check on a collected heap.
  const oursGc = { ...time(() => checkDataset(data, options).issues.length, rounds, 'collected', warmups), peakRssMb: maxRssMb() };
  const ours = { ...time(() => checkDataset(data, options).issues.length, rounds, 'settled'), peakRssMb: oursGc.peakRssMb };
  const orgs = data.orgs as { name?: unknown }[];
  // Loaded only now, so the peer's libraries take no memory in our measurement.
  const { peerCheck } = await import('./dataset-peer.js');
  const peer = process.argv.includes('--no-peer')
    ? undefined
    : { ...time(() => peerCheck(orgs, data.members, SAMPLE_TODAY), district ? 3 : 1, 'steady', warmups), peakRssMb: maxRssMb() };
  const row: Row = { scenario, records: data.orgs.length + data.members.length, members: data.members.length, inputMb, rssBeforeMb, ours, oursGc, peer };
  console.log(JSON.stringify(row));
}

/** V8's old space for the streaming run: the check keeps little on the heap, so a small cap only makes V8 collect sooner. */
const STREAM_HEAP_MB = 64;

/**
 * The streaming run, as a plain ES module: it runs on the built package (`dist/index.js`, as users
 * run it — tsx alone adds some 50–90 MB of RSS), or on the sources through tsx when there is no build.
 */
const STREAM_SCRIPT = (entry: string, sampleEntry: string): string => `
const MB = 1024 * 1024;
const { checkDatasetStream } = await import(${JSON.stringify(entry)});
const { streamSampleDistrict, sampleOptions } = await import(${JSON.stringify(sampleEntry)});
const total = 10_000_000;
const baselineMb = process.memoryUsage().rss / MB;
const { orgs, members } = streamSampleDistrict({ members: total, chunkSize: 1000 });
const t = performance.now();
const report = await checkDatasetStream({ orgs, members }, { ...sampleOptions(), onProgress: (n) => {
  if (n % 1000000 === 0) process.stderr.write('\\r  ' + n / 1e6 + 'M members, rss ' + Math.round(process.memoryUsage().rss / MB) + ' MB   ');
} });
const seconds = (performance.now() - t) / 1000;
globalThis.gc?.();
const end = process.memoryUsage();
process.stderr.write('\\n');
console.log('stream: ' + total.toLocaleString('en-US') + ' members + ' + orgs.length + ' orgs in ' + seconds.toFixed(1) + ' s, generation included (chunks of 1,000; --max-old-space-size=${STREAM_HEAP_MB}; ' + ${JSON.stringify(entry)}.split('/').slice(-2).join('/') + ')');
console.log('  ' + report.issues.length + ' issues (' + Object.entries(report.summary.issues.byRule).map(([r, n]) => r + ' ' + n).join(', ') + ')');
console.log('  peak RSS ' + Math.round(process.resourceUsage().maxRSS / 1024) + ' MB (target ≤ 200 MB); RSS of the bare process with the package loaded: ' + Math.round(baselineMb) + ' MB');
console.log('  after the run, its state freed: heap used ' + Math.round(end.heapUsed / MB) + ' MB');
`;

function stream10m(): void {
  const built = fileURLToPath(new URL('../dist/index.js', import.meta.url));
  const onBuild = existsSync(built) && !process.argv.includes('--tsx');
  const source = (path: string) => pathToFileURL(fileURLToPath(new URL(path, import.meta.url))).href;
  const entry = onBuild ? pathToFileURL(built).href : source('../src/index.ts');
  const sampleEntry = onBuild ? source('../dist/sample.js') : source('../src/sample.ts');
  if (!onBuild) console.log('(no dist/: streaming through tsx; run `npm run build` for the plain-node figure)');
  const flags = ['--expose-gc', `--max-old-space-size=${STREAM_HEAP_MB}`, ...(onBuild ? [] : ['--import', 'tsx'])];
  const run = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', STREAM_SCRIPT(entry, sampleEntry)], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = 1;
}

function runChild(scenario: string): Row {
  const self = fileURLToPath(import.meta.url);
  if (!existsSync(inputFile(scenario))) {
    // Generating in its own process keeps its garbage out of the measured one.
    spawnSync(process.execPath, ['--import', 'tsx', self, '--write', scenario], { stdio: 'inherit' });
  }
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
  console.log('scenario   impl     median ms      cpu ms   records/s   µs/member   peak RSS MB   input MB   runs (ms)');
  for (const row of rows) {
    for (const [name, m] of [['ours', row.ours], ['ours†', row.oursGc], ['peer', row.peer]] as const) {
      if (!m) continue;
      console.log(
        `${row.scenario.padEnd(10)} ${name.padEnd(6)} ${m.medianMs.toFixed(1).padStart(11)} ${m.cpuMs.toFixed(1).padStart(11)} ${Math.round((row.records / m.medianMs) * 1000).toLocaleString('en-US').padStart(11)} ` +
          `${((m.medianMs * 1000) / row.members).toFixed(2).padStart(11)} ${Math.round(m.peakRssMb).toString().padStart(13)} ${Math.round(row.inputMb).toString().padStart(10)}   ${m.runs.join(' ')}`,
      );
    }
    if (row.peer) console.log(`${''.padEnd(10)} ours/peer time ${(row.ours.medianMs / row.peer.medianMs).toFixed(3)} (${(row.peer.medianMs / row.ours.medianMs).toFixed(1)}× faster); issues ours ${row.ours.issues}, peer ${row.peer.issues}`);
    console.log(`${''.padEnd(10)} peak RSS of our check ${Math.round(row.ours.peakRssMb)} MB = ${(row.ours.peakRssMb / row.inputMb).toFixed(2)}× the input objects (${Math.round(row.inputMb)} MB; RSS before the check ${Math.round(row.rssBeforeMb)} MB)`);
  }
  console.log('ours: a full GC, one untimed run, then the timed one (settled heap); † a full GC right before the timed run');
  const [a, b] = [rows.find((r) => r.scenario === 'district'), rows.find((r) => r.scenario === '1m')];
  if (a && b) console.log(`linearity: µs/member at 1M ÷ at the district = ${((b.ours.medianMs / b.members) / (a.ours.medianMs / a.members)).toFixed(2)} (target ≤ 1.3)`);
}

const at = process.argv.indexOf('--child');
const writeAt = process.argv.indexOf('--write');
if (at >= 0) await child(process.argv[at + 1]!);
else if (writeAt >= 0) await writeInput(process.argv[writeAt + 1]!);
else if (process.argv.includes('--stream10m')) stream10m();
else report(process.argv.includes('--quick') ? [runChild('district')] : [runChild('district'), runChild('1m')]);
