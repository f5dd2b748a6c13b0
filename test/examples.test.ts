// Issue 8, documentation: every JSDoc @example in src/ runs as a test against the public API and the
// module's own exports. `expr // literal` lines must deep-equal the literal; other lines just run.
// (Replaces the per-domain runners src/codes/examples.test.ts and src/member/examples.test.ts.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as io from '../src/io/index.js';
import { compileExample, examplesOf, type Example } from './_lib/examples.js';
import { SRC } from './_lib/regexes.js';

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;

/** Source modules by path, loaded only when they have examples (src/cli/main.ts runs the CLI on import). */
const loaders = import.meta.glob<Record<string, unknown>>(['../src/**/*.ts', '!../src/**/*.test.ts', '!../src/cli/main.ts']);
const sources = import.meta.glob<string>(['../src/**/*.ts', '!../src/**/*.test.ts', '!../src/cli/main.ts'], { query: '?raw', import: 'default', eager: true });

/** `file | first code line` of an example. */
const keyOf = (name: string, example: Example): string => `${name} | ${example.code[0]?.trim() ?? ''}`;

const NEEDS_A_BOOK = 'illustrative: needs a spreadsheet read from a file (the io tests run these functions on fixtures)';
const WRITES_FILES = 'writes files (the io write tests run it in a temporary folder)';
/** Examples that are not run, with the reason (all in src/io: files and workbooks). */
const NOT_RUN: Readonly<Record<string, string>> = {
  "src/io/book/readBook.ts | readMembers(book).records[0] // { name: '张三', idNumber: '…', ethnicity: '01 汉族', … }": NEEDS_A_BOOK,
  "src/io/book/readBook.ts | readOrgs(book).records[0] // { id: 'R4', name: '中共…委员会', parentId: …, category: '611 党委', … }": NEEDS_A_BOOK,
  'src/io/fix/applyFixes.ts | fixedCsvRows(book, plan)[4][3] // the normalised ID number': NEEDS_A_BOOK,
  "src/io/fix/planFixes.ts | planFixes(read, normalizer, { locale: 'zh-CN' }).changes[0] // { record: '张三', field: '公民身份证号', before: '330212********123x', after: '330212********123X', cell: '党员!D5', … }": NEEDS_A_BOOK,
  "src/io/streamMembers.ts | for await (const chunk of streamMembers('members.csv')) total += chunk.records.length;": NEEDS_A_BOOK,
  "src/io/xlsx/readXlsx.ts | (await readXlsx(bytes)).sheets.map((s) => s.name) // ['党员基本信息汇总表', '民族']": NEEDS_A_BOOK,
  "src/io/xlsx/zipArchive.ts | await entryText(zip, findEntry(zip, 'xl/workbook.xml')!, { used: 0, max: 1e9 }) // '<?xml …'": NEEDS_A_BOOK,
  "src/io/write/atomicWrite.ts | await writeFileAtomic('report.html', html)": WRITES_FILES,
  "src/io/write/outputs.ts | await writeMarkedWorkbook('checked.xlsx', read.books, buildReport({ issues, orgs: read.orgs, members: read.members, sources: read.sources }))": WRITES_FILES,
  "src/io/write/outputs.ts | await writeFixedCopies('fixed', read.books, report, planFixes(read, createRecordNormalizer())) // ['fixed/党员.xlsx', …]": WRITES_FILES,
  "src/io/write/outputs.ts | await writeDatasetFiles('sample', generateSampleDistrict()) // ['sample/党组织.xlsx', 'sample/党员.xlsx', 'sample/党组织.csv', 'sample/党员.csv']": WRITES_FILES,
  "src/io/xlsx/write/editWorkbook.ts | editWorkbook(openPackage(bytes), { cells: new Map([['党员', new Map([[3, new Map([[3, { fill: 'FFFFC7CE', comment: '格式错误' }]])]])]]) })": NEEDS_A_BOOK,
};

/** Examples that are false today, reported to their owner; the test fails once one comes true (then take it off). */
const KNOWN_FALSE: Readonly<Record<string, string>> = {};

const files = Object.keys(sources)
  .sort()
  .map((path) => ({ path, name: path.replace('../', ''), examples: examplesOf(path.replace('../', ''), sources[path]!) }))
  .filter((f) => f.examples.length > 0);

async function run(example: Example, before: Example[], scope: Record<string, unknown>): Promise<number> {
  const { body, checks } = compileExample(example, before);
  const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  let seen = 0;
  const check = (actual: unknown, expected: unknown, line: string) => {
    seen++;
    expect(actual, `${example.file}:${example.line} ${line}`).toEqual(expected);
  };
  await new AsyncFunction(...names, '__check', body)(...names.map((n) => scope[n]), check);
  expect(seen, `${example.file}:${example.line}: every checked line ran`).toBe(checks);
  return checks;
}

describe('JSDoc @example blocks in src/', () => {
  it('are found in every domain', () => {
    const domains = new Set(files.map((f) => f.name.split('/')[1]));
    for (const d of ['codes', 'identifiers', 'org', 'tree', 'member', 'dataset', 'dates', 'text']) expect(domains).toContain(d);
    expect(files.flatMap((f) => f.examples).length).toBeGreaterThan(300);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s', async (name, file) => {
    // In scope: the public API, the module's whole domain (examples of internals use their
    // neighbours), and the module's own exports first of all.
    const domain = file.path.split('/').slice(0, 3).join('/');
    const neighbours = await Promise.all(Object.keys(loaders).filter((p) => p.startsWith(`${domain}/`) && p !== file.path).map((p) => loaders[p]!()));
    const mod = await loaders[file.path]!();
    const scope: Record<string, unknown> = Object.assign({}, api, io, ...neighbours, mod, { console: { log: () => undefined } });
    for (let i = 0; i < file.examples.length; i++) {
      const example = file.examples[i]!;
      const key = keyOf(name, example);
      if (NOT_RUN[key]) continue;
      if (KNOWN_FALSE[key]) await expect(run(example, file.examples.slice(0, i), scope), `${key} is true now`).rejects.toThrow();
      else await run(example, file.examples.slice(0, i), scope);
    }
  }, 300_000); // a budget for a loaded machine, not a speed test
});

describe('example checks', () => {
  it('skip or expect false only examples that exist', () => {
    const keys = new Set(files.flatMap((f) => f.examples.map((e) => keyOf(f.name, e))));
    expect([...Object.keys(NOT_RUN), ...Object.keys(KNOWN_FALSE)].filter((k) => !keys.has(k))).toEqual([]);
  });

  it('compare most examples with a value, not just run them', async () => {
    let checks = 0;
    let total = 0;
    for (const f of files) for (const e of f.examples) {
      total++;
      if (compileExample(e).checks > 0) checks++;
    }
    expect(checks / total).toBeGreaterThan(0.8);
    expect(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).toContain('"test"');
  });
});
