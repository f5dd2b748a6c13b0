// Issue 14, never leak personal data: ID and mobile numbers planted in every field of every record
// kind (org, its unit, a joint branch's units, member), written as the spreadsheets a clerk has (xlsx
// and CSV), then run through the command line — `check` in every format, `fix` to a folder and to a
// workbook. No output may show one in full: stdout, stderr, the text / JSON / HTML / CSV reports, the
// issue and change lists (CSV, and the 问题清单 / 问题统计 / 修改记录 sheets of every xlsx written,
// unzipped and read from their XML), and every comment on a marked cell. The data sheets and fixed
// copies hold the clerk's own data and are not scanned.
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEMBER_FIELDS } from '../../src/member/fields.js';
import { generateSampleDistrict, SAMPLE_TODAY } from '../../src/dataset/sample/generate.js';
import { writeDatasetFiles } from '../../src/io/write/outputs.js';
import type { TextOut } from '../../src/cli/env.js';
import { runCli } from '../../src/cli/run.js';
import { quoteValue } from '../../src/text/quoteValue.js';
import { FUZZ_RUNS } from '../_lib/fuzz.js';

/** An 18-character ID number (or 15 digits) standing alone. */
const ID_NUMBER = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;
/** An 11-digit mobile number standing alone (also after 86). */
const MOBILE = /(?<!\d)(?:86)?1[3-9]\d{9}(?!\d)/g;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A valid ID number from 17 digits (its check character computed). */
function withCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return first17 + '10X98765432'[sum % 11];
}

/** What a human would read as a number: NFKC folds full-width digits; separators between digits go. */
function readable(text: string): string {
  return text.normalize('NFKC').replace(/(?<=\d)[ \-\u3000](?=\d)/g, '');
}

/** The full personal numbers a text shows: any ID- or mobile-shaped run, and any planted number. */
function leaks(text: string, planted: ReadonlySet<string>): string[] {
  const flat = readable(text);
  const found = new Set<string>();
  for (const m of flat.matchAll(ID_NUMBER)) found.add(m[0]);
  for (const m of flat.matchAll(MOBILE)) found.add(m[0]);
  for (const secret of planted) if (flat.includes(secret) || flat.toUpperCase().includes(secret.toUpperCase())) found.add(secret);
  return [...found];
}

/** How a number sits in a cell: alone, inside text, spaced, full-width. */
const DRESS: ((n: string) => string)[] = [
  (n) => n,
  (n) => `张${n}`,
  (n) => `${n}号`,
  (n) => n.replace(/^(\d{6})(\d{8})/, '$1 $2 '),
  (n) => n.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
];

// A small district: the root committee, a branch, a joint branch with its units; members in both branches.
const base = generateSampleDistrict({ members: 40, planted: false });
const root = base.orgs[0] as Record<string, unknown>;
const branchOrg = base.orgs.find((o) => (o as Record<string, unknown>).category === '631' && !(o as Record<string, unknown>).units) as Record<string, unknown>;
const jointOrg = base.orgs.find((o) => Array.isArray((o as Record<string, unknown>).units)) as Record<string, unknown>;
const orgsBase = [root, { ...branchOrg, parentId: root.id }, { ...jointOrg, parentId: root.id, units: (jointOrg.units as unknown[]).slice(0, 2) }];
const membersBase = base.members.slice(0, 4).map((m, i) => ({ ...(m as Record<string, unknown>), branch: i < 2 ? branchOrg.name : jointOrg.name }));

const ORG_TEXT_FIELDS = ['id', 'parentId', 'name', 'secretary', 'contact', 'contactPhone', 'category', 'unitSituation'];
const UNIT_FIELDS = ['name', 'category', 'partySetup', 'code'];

/** Every (record, field) a number can be planted in. */
type Spot = { kind: 'org' | 'unit' | 'jointUnit' | 'member'; record: number; unit?: number; field: string };
const SPOTS: Spot[] = [
  ...orgsBase.flatMap((_, record) => ORG_TEXT_FIELDS.map((field): Spot => ({ kind: 'org', record, field }))),
  ...UNIT_FIELDS.map((field): Spot => ({ kind: 'unit', record: 0, field })),
  ...[0, 1].flatMap((unit) => UNIT_FIELDS.map((field): Spot => ({ kind: 'jointUnit', record: 2, unit, field }))),
  ...membersBase.flatMap((_, record) => MEMBER_FIELDS.map((field): Spot => ({ kind: 'member', record, field }))),
];

/** The dataset with `values[k]` in spot k (undefined: the original value). */
function planted(values: readonly (string | undefined)[]): { orgs: Record<string, unknown>[]; members: Record<string, unknown>[] } {
  const orgs: Record<string, unknown>[] = orgsBase.map((o) => ({ ...o, ...(o.unit ? { unit: { ...(o.unit as object) } } : {}), ...(o.units ? { units: (o.units as object[]).map((u) => ({ ...u })) } : {}) }));
  const members: Record<string, unknown>[] = membersBase.map((m) => ({ ...m }));
  SPOTS.forEach((spot, k) => {
    const value = values[k];
    if (value === undefined) return;
    if (spot.kind === 'org') orgs[spot.record]![spot.field] = value;
    else if (spot.kind === 'unit') (orgs[spot.record]!.unit as Record<string, unknown>)[spot.field] = value;
    else if (spot.kind === 'jointUnit') ((orgs[spot.record]!.units as Record<string, unknown>[])[spot.unit!]!)[spot.field] = value;
    else members[spot.record]![spot.field] = value;
  });
  return { orgs, members };
}

/** XML text with its five entities and numeric references decoded. */
function xmlText(xml: string): string {
  return xml
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The texts of the <t> elements of an XML fragment. */
const tTexts = (xml: string): string => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => xmlText(m[1]!)).join('');

/**
 * What an .xlsx shows outside the clerk's data: the cells of its issue, summary and change sheets
 * (shared or inline strings, numbers) and every comment.
 */
function xlsxReportText(bytes: Uint8Array): { text: string; sheets: string[] } {
  const files = unzipSync(bytes);
  const read = (name: string): string => (files[name] ? new TextDecoder().decode(files[name]) : '');
  const shared = [...read('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => tTexts(m[1]!));
  const rels = new Map([...read('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\s[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const relsAlt = new Map([...read('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\s[^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"/g)].map((m) => [m[2]!, m[1]!]));
  const sheets = [...read('xl/workbook.xml').matchAll(/<sheet\s[^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)].map((m) => ({ name: xmlText(m[1]!), target: rels.get(m[2]!) ?? relsAlt.get(m[2]!) ?? '' }));
  const lists = sheets.filter((s) => /问题|修改|统计|issue|change|summary/i.test(s.name));
  const parts: string[] = [];
  for (const sheet of lists) {
    const xml = read(`xl/${sheet.target.replace(/^\/?xl\//, '')}`);
    for (const cell of xml.matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = /\bt="(\w+)"/.exec(cell[1]!)?.[1];
      const body = cell[2] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      if (type === 's' && v !== undefined) parts.push(shared[Number(v)] ?? '');
      else if (type === 'inlineStr') parts.push(tTexts(body));
      else if (v !== undefined) parts.push(xmlText(v));
    }
  }
  for (const name of Object.keys(files)) if (/^xl\/(comments|threadedComments)[^/]*\.xml$/.test(name)) parts.push(tTexts(read(name)));
  return { text: parts.join('\n'), sheets: lists.map((s) => s.name) };
}

function streams() {
  const out: string[] = [];
  const err: string[] = [];
  const stdout: TextOut = { write: (t: string) => out.push(t) };
  const stderr: TextOut = { write: (t: string) => err.push(t) };
  return { streams: { stdout, stderr }, text: () => out.join('') + err.join('') };
}

/** Runs every output path of the command line on the files; returns each output's text by name. */
async function everyOutput(dir: string, orgsFile: string, membersFile: string, tag: string): Promise<Map<string, string>> {
  const outputs = new Map<string, string>();
  const today = ['--today', SAMPLE_TODAY];
  const run = async (name: string, argv: string[]) => {
    const s = streams();
    const code = await runCli(argv, s.streams);
    expect(code, `${name}: ${s.text().slice(0, 300)}`).toBeLessThan(2);
    outputs.set(`${name} (stdout, stderr)`, s.text());
  };
  await run(`${tag} check table`, ['check', orgsFile, membersFile, ...today]);
  for (const format of ['json', 'html', 'csv', 'table']) {
    const out = join(dir, `${tag}-report.${format}`);
    await run(`${tag} check --format ${format}`, ['check', orgsFile, membersFile, ...today, '--format', format, '--out', out]);
    outputs.set(out, readFileSync(out, 'utf8'));
  }
  const marked = join(dir, `${tag}-checked.xlsx`);
  await run(`${tag} check --format xlsx`, ['check', orgsFile, membersFile, ...today, '--out', marked]);
  const markedText = xlsxReportText(readFileSync(marked));
  expect(markedText.sheets.length, 'the marked workbook has its issue list').toBeGreaterThan(0);
  outputs.set(marked, markedText.text);
  const fixedBook = join(dir, `${tag}-fixed.xlsx`);
  await run(`${tag} fix --out FILE.xlsx`, ['fix', orgsFile, membersFile, ...today, '--out', fixedBook]);
  outputs.set(fixedBook, xlsxReportText(readFileSync(fixedBook)).text);
  const fixedDir = join(dir, `${tag}-fixed`);
  await run(`${tag} fix --out DIR`, ['fix', orgsFile, membersFile, ...today, '--out', fixedDir]);
  for (const file of readdirSync(fixedDir)) {
    const path = join(fixedDir, file);
    if (file.endsWith('.xlsx')) outputs.set(path, xlsxReportText(readFileSync(path)).text);
    // The fixed CSV copies are the clerk's data; the issue and change lists are reports.
    else if (/问题|修改|issues|changes/.test(file)) outputs.set(path, readFileSync(path, 'utf8'));
  }
  return outputs;
}

/** Plants, writes, runs, scans: the leaks found, by output. */
async function leaksOf(values: readonly (string | undefined)[]): Promise<string[]> {
  const secrets = new Set(values.filter((v): v is string => v !== undefined).map((v) => readable(v).replace(/^\D+|\D+$/g, '')));
  const dir = mkdtempSync(join(tmpdir(), 'partyinfo-pii-'));
  try {
    const data = planted(values);
    await writeDatasetFiles(dir, data);
    const found: string[] = [];
    for (const [tag, orgsFile, membersFile] of [['xlsx', '党组织.xlsx', '党员.xlsx'], ['csv', '党组织.csv', '党员.csv']] as const) {
      const outputs = await everyOutput(dir, join(dir, orgsFile), join(dir, membersFile), tag);
      for (const [name, text] of outputs) for (const leak of leaks(text, secrets)) found.push(`${name}: ${leak}`);
    }
    return found;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const idArb = fc
  .tuple(fc.constantFrom('330212', '110105', '440524'), fc.integer({ min: 1940, max: 2005 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 999 }))
  .map(([region, y, m, d, seq]) => withCheck(`${region}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(seq).padStart(3, '0')}`));
const mobileArb = fc.tuple(fc.constantFrom('13', '15', '18', '19'), fc.integer({ min: 0, max: 999_999_999 })).map(([p, n]) => `${p}${String(n).padStart(9, '0')}`);
const plantArb = fc.tuple(fc.oneof(idArb, mobileArb), fc.integer({ min: 0, max: DRESS.length - 1 })).map(([n, k]) => DRESS[k]!(n));

describe('personal numbers planted in any field never show in full in any output', () => {
  it('the leak detector sees full numbers in every dress, and lets masked ones pass', () => {
    const id = withCheck('33021219900101123');
    for (const dress of DRESS) expect(leaks(`说明 ${dress(id)} 有误`, new Set([id])), dress(id)).toContain(id);
    expect(leaks('手机 13812345678', new Set())).toEqual(['13812345678']);
    expect(leaks(`${quoteValue(id)}，${quoteValue('13812345678')}，${quoteValue(DRESS[4]!(id))}`, new Set([id, '13812345678']))).toEqual([]);
  });

  it('the scan reads the issue list of a marked workbook (so a leak there would be seen)', async () => {
    const values = SPOTS.map((s) => (s.kind === 'member' && s.field === 'name' ? withCheck('33021219900101123') : undefined));
    const dir = mkdtempSync(join(tmpdir(), 'partyinfo-pii-'));
    try {
      await writeDatasetFiles(dir, planted(values));
      const outputs = await everyOutput(dir, join(dir, '党组织.xlsx'), join(dir, '党员.xlsx'), 'probe');
      const marked = [...outputs].find(([name]) => name.endsWith('probe-checked.xlsx'))![1];
      expect(marked).toContain('330212********123');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a number in every field of every record at once', async () => {
    const values = SPOTS.map((_, k) => DRESS[k % DRESS.length]!(k % 2 === 0 ? withCheck(`3302121990010${String(1000 + k).slice(-4)}`) : `139${String(10_000_000 + k * 7919).slice(-8)}`));
    expect(await leaksOf(values)).toEqual([]);
  });

  it('numbers in generated sets of fields', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.option(plantArb, { freq: 3, nil: undefined }), { minLength: SPOTS.length, maxLength: SPOTS.length }), async (values) => {
        expect(await leaksOf(values)).toEqual([]);
      }),
      { numRuns: Math.max(3, Math.floor(FUZZ_RUNS / 50)) },
    );
  });
});
