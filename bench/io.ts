/**
 * Spreadsheet reading + the dataset check, end to end, as `partyinfo check` runs them:
 * - the sample district (2,906 orgs, 61,451 members) from .xlsx (the 2017 template layout) and .csv,
 *   side by side with the references on the same member workbook: exceljs loading it (what the
 *   first release did) and SheetJS (`@e965/xlsx`) reading it into rows;
 * - a "row bomb": a 7-million-row .xlsx (tens of MB zipped) that must be refused quickly in bounded memory;
 * - 1,000,000 members from one CSV, streamed in chunks into `checkDatasetStream` — and 100,000 from
 *   the same kind of file, to show that peak memory does not grow with the row count.
 * Each case runs in its own Node process so that its peak RSS is its own. Inputs are generated once
 * into the system temp folder (`partyinfo-bench-io`) and reused.
 *
 * `csv-read-*` reads without checking (the reader's own memory); `csv-stream-*` reads and checks
 * (the check keeps a compact index of every ID number, so its memory grows a little with the count).
 *
 * Run: `npx tsx bench/io.ts` (the first run also writes the inputs: a minute or two more).
 * `--rounds=N` runs every case N times, rotating the order, and prints medians (peak RSS: the max);
 * `--only=a,b` runs only the named cases.
 *
 * `cli-fix-xlsx` (`partyinfo fix 党组织.xlsx 党员.xlsx --out fixed.xlsx`) and `cli-sample`
 * (`partyinfo sample --out DIR`) run whole commands through the direct writer, compared with the
 * same exceljs load.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDataset, checkDatasetStream } from '../src/dataset/index.js';
import { generateSampleDistrict, SAMPLE_TODAY, streamSampleDistrict } from '../src/sample.js';
import { encodeText } from '../src/io/csv/encoding.js';
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { runCli } from '../src/cli/run.js';
import { loadBook } from '../src/io/book/loadBook.js';
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

const BOMB = join(DIR, 'row-bomb-7m.xlsx');
const BOMB_ROWS = 7_000_000;

/** A 7,000,000-row workbook, streamed into the zip (its XML is never held whole). */
async function writeRowBomb(file: string): Promise<void> {
  const out = createWriteStream(file);
  const zip = new Zip((error, data, final) => {
    if (error) throw error;
    out.write(data);
    if (final) out.end();
  });
  const part = (name: string, xml: string) => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(strToU8(xml), true);
  };
  const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  part('_rels/.rels', `<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  part('xl/workbook.xml', `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="党员" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  part('xl/_rels/workbook.xml.rels', `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(sheet);
  sheet.push(strToU8(`<worksheet xmlns="${NS}"><sheetData>`));
  for (let i = 1; i <= BOMB_ROWS; ) {
    let batch = '';
    for (const end = Math.min(BOMB_ROWS, i + 50_000 - 1); i <= end; i++) batch += `<row r="${i}"><c r="A${i}"><v>${(i * 2_654_435_761) % 1_000_003}</v></c></row>`;
    sheet.push(strToU8(batch));
    if (out.writableNeedDrain) await once(out, 'drain');
  }
  sheet.push(strToU8('</sheetData></worksheet>'), true);
  zip.end();
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
  if (!existsSync(BOMB)) {
    console.error(`writing a ${BOMB_ROWS.toLocaleString('en-US')}-row xlsx …`);
    await writeRowBomb(BOMB);
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

/** Output that goes nowhere (the CLI cases). */
const sink = { write: () => true };

async function runCase(name: string): Promise<CaseResult> {
  const start = performance.now();
  let readMs = 0;
  let checkMs = 0;
  let rows = 0;
  let issues = 0;
  const members = join(SAMPLE_DIR, '党员.xlsx');
  if (name === 'exceljs-load') {
    // The reference: what reading cost when exceljs loaded the workbook.
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(members);
    rows = workbook.worksheets[0]!.rowCount;
    readMs = performance.now() - start;
  } else if (name === 'sheetjs-read') {
    // The peer: SheetJS reading the same workbook into rows of values.
    const XLSX = await import('@e965/xlsx');
    const workbook = XLSX.read(readFileSync(members), { dense: true });
    rows = XLSX.utils.sheet_to_json(workbook.Sheets[workbook.SheetNames[0]!]!, { header: 1 }).length;
    readMs = performance.now() - start;
  } else if (name === 'xlsx-read') {
    // The direct reader alone: the workbook to rows of values, no records yet.
    const loaded = await loadBook(members);
    rows = loaded.ok && loaded.value.format === 'xlsx' ? loaded.value.sheets[0]!.rowCount : 0;
    readMs = performance.now() - start;
  } else if (name === 'xlsx-row-bomb') {
    const loaded = await loadBook(BOMB);
    issues = loaded.issues.filter((i) => i.rule === 'io.file.tooLarge').length;
    readMs = performance.now() - start;
  } else if (name === 'cli-check-xlsx' || name === 'cli-check-csv') {
    // `partyinfo check orgs members` as a clerk runs it (the report goes nowhere); issues = exit code.
    const ext = name.endsWith('xlsx') ? 'xlsx' : 'csv';
    const code = await runCli(['check', join(SAMPLE_DIR, `党组织.${ext}`), join(SAMPLE_DIR, `党员.${ext}`), '--today', SAMPLE_TODAY], { stdout: sink, stderr: sink });
    issues = code;
    checkMs = performance.now() - start;
  } else if (name === 'cli-fix-xlsx' || name === 'cli-sample') {
    // Whole commands that write .xlsx (the output goes to a temporary folder); issues = exit code.
    const out = mkdtempSync(join(os.tmpdir(), 'partyinfo-bench-out-'));
    const argv =
      name === 'cli-fix-xlsx'
        ? ['fix', join(SAMPLE_DIR, '党组织.xlsx'), members, '--out', join(out, 'fixed.xlsx'), '--today', SAMPLE_TODAY]
        : ['sample', '--out', out];
    issues = await runCli(argv, { stdout: sink, stderr: sink });
    rmSync(out, { recursive: true, force: true });
    rows = 61_451;
    checkMs = performance.now() - start;
  } else if (name === 'xlsx-61451' || name === 'csv-61451') {
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

const CASES = [
  'exceljs-load',
  'sheetjs-read',
  'xlsx-read',
  'xlsx-61451',
  'cli-check-xlsx',
  'csv-61451',
  'cli-check-csv',
  'cli-fix-xlsx',
  'cli-sample',
  'xlsx-row-bomb',
  'csv-read-100000',
  'csv-read-1000000',
  'csv-stream-100000',
  'csv-stream-1000000',
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main(): Promise<void> {
  const only = process.argv.find((a) => a.startsWith('--case='))?.slice(7);
  if (only) {
    process.stdout.write(JSON.stringify(await runCase(only)));
    return;
  }
  const rounds = Math.max(1, Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 1) || 1);
  const picked = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
  const cases = picked ? CASES.filter((c) => picked.includes(c)) : CASES;
  await prepare();
  const self = fileURLToPath(import.meta.url);
  const runs = new Map<string, CaseResult[]>(cases.map((c) => [c, []]));
  const loads: number[] = [os.loadavg()[0]!];
  for (let round = 0; round < rounds; round++) {
    // Rotate the order so that no case always runs first (or right after the heaviest one).
    const order = cases.map((_, i) => cases[(i + round) % cases.length]!);
    for (const name of order) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', self, `--case=${name}`], { encoding: 'utf8', maxBuffer: 1 << 20 });
      runs.get(name)!.push(JSON.parse(out) as CaseResult);
    }
    loads.push(os.loadavg()[0]!);
  }
  const results = [...runs.values()].map((list): CaseResult => ({
    name: list[0]!.name,
    rows: list[0]!.rows,
    readMs: median(list.map((r) => r.readMs)),
    checkMs: median(list.map((r) => r.checkMs)),
    totalMs: median(list.map((r) => r.totalMs)),
    issues: list[0]!.issues,
    peakRssMb: Math.max(...list.map((r) => r.peakRssMb)),
  }));
  const reference = results.find((r) => r.name === 'exceljs-load')?.totalMs;
  console.log(
    `partyinfo io bench — ${os.cpus().length} cores, Node ${process.version}, ${rounds} round(s), medians; load average ${loads.map((l) => l.toFixed(1)).join(' → ')}`,
  );
  if (existsSync(BOMB)) console.log(`row bomb: ${BOMB_ROWS.toLocaleString('en-US')} rows, ${(statSync(BOMB).size / 1e6).toFixed(1)} MB zipped`);
  console.log('case                 rows        read ms   check ms   total ms  ×exceljs   issues   peak RSS MB');
  for (const r of results) {
    const ratio = reference && !r.name.startsWith('csv-read') && !r.name.startsWith('csv-stream') ? (r.totalMs / reference).toFixed(2) : '';
    console.log(
      `${r.name.padEnd(20)} ${r.rows.toLocaleString('en-US').padStart(10)} ${r.readMs.toFixed(0).padStart(10)} ${r.checkMs.toFixed(0).padStart(10)} ${r.totalMs.toFixed(0).padStart(10)} ${ratio.padStart(9)} ${String(r.issues).padStart(8)} ${r.peakRssMb.toFixed(0).padStart(13)}`,
    );
  }
}

await main();
