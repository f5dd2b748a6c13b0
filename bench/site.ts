/**
 * The browser page against the CLI on the same machine, in one run: the sample district (2,906 orgs,
 * 61,451 members, the .xlsx files and code tables `partyinfo sample` writes) checked by
 * `partyinfo check` and by the page in Debian's Chromium (headless), alternating, several rounds.
 * The page's time runs from handing it the files to the summary on screen (read + check + report,
 * what `check` does), and on to the marked workbook's download link (what `fix --out FILE.xlsx` does).
 * Also prints the page's transfer size: every file of site/dist, gzip-compressed.
 *
 * Run: `npm run build && npx tsx bench/site.ts [rounds]` (needs /usr/bin/chromium).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { serveStatic } from '../test/site/staticServer.js';

const ROUNDS = Number(process.argv[2] ?? 3);
const DIR = join(os.tmpdir(), 'partyinfo-bench-site');
const SAMPLE = join(DIR, 'sample');
const OUT = join(DIR, 'dist');
const TODAY = '2017-07-24';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function cli(...args: string[]): number {
  const started = performance.now();
  try {
    execFileSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'ignore' });
  } catch (error) {
    // Exit code 1 means problems were found: the run itself is complete.
    if ((error as { status?: number }).status !== 1) throw error;
  }
  return performance.now() - started;
}

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  if (!existsSync(join(SAMPLE, '代码表.json'))) execFileSync(process.execPath, ['dist/cli.js', 'sample', '--out', SAMPLE], { stdio: 'inherit' });
  const inputs = [join(SAMPLE, '党组织.xlsx'), join(SAMPLE, '党员.xlsx'), join(SAMPLE, '代码表.json')];
  const options = ['--today', TODAY, '--tables', inputs[2]!];

  await build({ configFile: 'site/vite.config.ts', logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
  const dist = files(OUT);
  const raw = dist.reduce((sum, f) => sum + statSync(f).size, 0);
  const gzip = dist.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  console.log(`site/dist: ${dist.length} files, ${(raw / 1024).toFixed(0)} KB, gzip ${(gzip / 1024).toFixed(0)} KB`);

  const server = await serveStatic(OUT);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  const times = { cliCheck: [] as number[], cliFix: [] as number[], pageReport: [] as number[], pageWorkbook: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    times.cliCheck.push(cli('check', inputs[0]!, inputs[1]!, ...options, '--format', 'json', '--out', join(DIR, 'report.json')));
    await page.goto(`${server.origin}/`);
    await page.locator('[data-testid=today]').fill(TODAY);
    const started = performance.now();
    await page.locator('input[type=file]').setInputFiles(inputs);
    await page.locator('[data-testid=summary]').waitFor({ timeout: 600_000 });
    times.pageReport.push(performance.now() - started);
    await page.locator('[data-testid=download-xlsx]').waitFor({ timeout: 600_000 });
    times.pageWorkbook.push(performance.now() - started);
    const members = await page.locator('[data-testid=summary]').getAttribute('data-members');
    times.cliFix.push(cli('fix', inputs[0]!, inputs[1]!, ...options, '--out', join(DIR, 'fixed.xlsx')));
    console.log(`round ${round + 1}: members ${members}; check CLI ${(times.cliCheck.at(-1)! / 1000).toFixed(1)} s, page ${(times.pageReport.at(-1)! / 1000).toFixed(1)} s; fix CLI ${(times.cliFix.at(-1)! / 1000).toFixed(1)} s, page ${(times.pageWorkbook.at(-1)! / 1000).toFixed(1)} s`);
  }
  await browser.close();
  await server.close();
  const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])) as Record<keyof typeof times, number>;
  console.log(`medians of ${ROUNDS}: check CLI ${(m.cliCheck / 1000).toFixed(1)} s, page ${(m.pageReport / 1000).toFixed(1)} s (${(m.pageReport / m.cliCheck).toFixed(2)}×); ` +
    `marked workbook CLI fix ${(m.cliFix / 1000).toFixed(1)} s, page ${(m.pageWorkbook / 1000).toFixed(1)} s (${(m.pageWorkbook / m.cliFix).toFixed(2)}×)`);
  console.log(`load: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
}

await main();
