/**
 * How fast `partyinfo --help` and `partyinfo --version` start, against a bare `node -e 0` in the same
 * run: the CLI must load spreadsheet code (and the other heavy modules) only when a command reads or
 * writes a spreadsheet. Needs the built package (`npm run build`).
 *
 * Each round starts every case once, in turn (so a load change hits them alike); the table gives
 * the median and the fastest wall time per case and the ratio of medians to `node -e 0`.
 *
 * Run: `npm run bench:cli` (or `npx tsx bench/cli-start.ts --rounds 40`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 20;

const CASES: { name: string; args: string[] }[] = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'partyinfo --help', args: [CLI, '--help'] },
  { name: 'partyinfo --version', args: [CLI, '--version'] },
  { name: 'partyinfo check --help', args: [CLI, 'check', '--help'] },
  { name: 'partyinfo codes 民族 汉族', args: [CLI, 'codes', '民族', '汉族'] },
];

function startOnce(args: string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

if (!existsSync(CLI)) {
  console.error('dist/cli.js is missing: run `npm run build` first');
  process.exit(2);
}
const times = CASES.map(() => [] as number[]);
for (const c of CASES) startOnce(c.args); // warm the file cache
for (let round = 0; round < ROUNDS; round++) CASES.forEach((c, i) => times[i]!.push(startOnce(c.args)));
const base = median(times[0]!);
console.log(`node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${ROUNDS} rounds`);
console.log('case                          median ms   min ms   × node -e 0');
CASES.forEach((c, i) => {
  const m = median(times[i]!);
  console.log(`${c.name.padEnd(30)}${m.toFixed(1).padStart(9)}${Math.min(...times[i]!).toFixed(1).padStart(9)}${(m / base).toFixed(2).padStart(13)}`);
});
