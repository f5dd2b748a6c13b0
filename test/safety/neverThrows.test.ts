// Issue 14, never throw: every export of every entry point package.json publishes (read at test time,
// so a new entry is covered the day it appears), as users import it (the built ESM files), on hostile
// arguments: none throws, none rejects, and what it returns can be walked (an iterator or async
// iterator it hands back yields without throwing too).
//
// What is called:
// - exported functions, async ones and generators included;
// - classes with `new` (calling a class without `new` is a TypeError by the language, not by us): the
//   constructor on hostile arguments, and each public method on a fresh instance;
// - the methods of exported code tables, and `safeParse` of exported zod schemas (`parse` throws by
//   zod's own contract: that is what `safeParse` is for);
// - rule objects are data: their `zh`/`en` templates are rendered by `createIssue`, which never throws.
//
// Output paths: the run works in a temporary folder, and a path argument is never absolute or `..`.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { types } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUZZ_RUNS } from '../_lib/fuzz.js';
import { HOSTILE_NAMES, anyValue, makeHostile, materialise } from '../_lib/hostile.js';
import { collectTargets, type Target } from '../_lib/targets.js';

const ROOT = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { exports: Record<string, unknown> };

/** `.`, `./codes`, `./io` … → the ESM file each names. */
const entries: [string, string][] = Object.entries(pkg.exports).flatMap(([entry, target]) => {
  const file = (target as { import?: { default?: string } } | string)?.constructor === Object ? (target as { import?: { default?: string } }).import?.default : undefined;
  return file?.endsWith('.js') ? [[entry, file] as [string, string]] : [];
});

const isClass = (f: unknown): f is new (...args: unknown[]) => object =>
  typeof f === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(f));

/** Constructors, called with `new` (collectTargets covers their methods). */
function constructorsOf(mod: Record<string, unknown>): Target[] {
  return Object.entries(mod).flatMap(([name, v]) =>
    isClass(v) ? [{ name: `new ${name}`, length: Math.max(1, v.length), call: (args: readonly unknown[]) => new v(...args) }] : [],
  );
}

/** Plain values besides the hostile ones of test/_lib/hostile.ts. */
const PLAIN: [string, () => unknown][] = [
  ['undefined', () => undefined], ['null', () => null], ['0', () => 0], ['1', () => 1], ['-1', () => -1], ['1e308', () => 1e308],
  ['true', () => true], ["''", () => ''], ['{}', () => ({})], ['[]', () => []], ['[null]', () => [null]], ['{ issues: null }', () => ({ issues: null })],
];
const VALUES: [string, () => unknown][] = [...PLAIN, ...HOSTILE_NAMES.map((name, i): [string, () => unknown] => [name, () => makeHostile(i)])];

/** Targets that build the whole sample district (seconds a call): a few values only. */
const SLOW = /^(generateSampleDistrict|streamSampleDistrict|writeDatasetFiles)$/;
const SLOW_VALUES = new Set(['undefined', 'null', 'proxy, every trap throws', 'getter that throws', '1 MB string', 'record of proxies']);

/** A path argument stays in the working folder (the run's temporary folder). */
function confined(target: Target, args: unknown[]): unknown[] {
  if (!/^(write|isInputFile)/.test(target.name)) return args;
  return args.map((a) => (typeof a === 'string' && (/[\\/]/.test(a) || /^\.*$/.test(a)) ? 'out' : a));
}

/** Pulls up to 50 items out of an iterator or async iterator the target returned (that is where a generator throws). */
async function drain(value: unknown): Promise<void> {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || types.isProxy(value)) return;
  const v = value as Record<PropertyKey, unknown>;
  const next = typeof v.next === 'function' ? (v.next as () => unknown).bind(v) : undefined;
  if (!next || (typeof v[Symbol.iterator] !== 'function' && typeof v[Symbol.asyncIterator] !== 'function')) return;
  for (let i = 0; i < 50; i++) {
    const step = (await next()) as { done?: boolean } | undefined;
    if (!step || step.done) return;
  }
  if (typeof v.return === 'function') await (v.return as () => unknown).call(v);
}

/**
 * The writers may reject when the write itself fails (the file system refuses it: a 1 MB file name
 * is ENAMETOOLONG), with an error that has a `code`; on arguments they cannot use they write nothing.
 */
const WRITERS = /^write/;
const isWriteFailure = (error: unknown): boolean =>
  error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && !String((error as { code?: unknown }).code).startsWith('ERR_INVALID_ARG');

/** Calls a target; resolves to `undefined` when all is well, else what went wrong. */
async function attempt(target: Target, args: unknown[]): Promise<string | undefined> {
  try {
    const given = confined(target, args);
    const out = target.call(given);
    const value = types.isPromise(out) ? await out : out;
    if (!isArgument(value, given)) await drain(value);
    return undefined;
  } catch (error) {
    if (WRITERS.test(target.name) && isWriteFailure(error)) return undefined;
    return error instanceof Error ? `${error.constructor.name}: ${error.message.slice(0, 120)}` : String(error).slice(0, 120);
  }
}

/** Argument lists for one value `v`: alone, twice, and last after `{}` up to the declared count (with their shapes, for reports). */
function listsFor(target: Target, make: () => unknown): [string, unknown[]][] {
  const lists: [string, unknown[]][] = [['v', [make()]], ['v, v', [make(), make()]], ['{}, v', [{}, make()]], ['undefined, v', [undefined, make()]]];
  for (let n = 3; n <= target.length; n++) lists.push([`${'{}, '.repeat(n - 1)}v`, [...Array.from({ length: n - 1 }, () => ({})), make()]]);
  return lists;
}

/** Whether `out` is one of the arguments handed back (the caller's own iterator is the caller's business). */
const isArgument = (out: unknown, args: readonly unknown[]): boolean => args.includes(out);

const cwd = process.cwd();
let work = '';
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'partyinfo-never-throws-'));
  process.chdir(work);
});
afterAll(() => {
  process.chdir(cwd);
  rmSync(work, { recursive: true, force: true });
});

const modules = await Promise.all(entries.map(async ([entry, file]) => [entry, (await import(new URL(file, ROOT).href)) as Record<string, unknown>] as const));

describe('the entry points package.json publishes', () => {
  it('are found, the core ones among them', () => {
    expect(entries.map(([e]) => e)).toEqual(expect.arrayContaining(['.', './codes', './io']));
  });
});

describe.each(modules.map(([entry, mod]) => [entry, mod] as const))('entry %s', (entry, mod) => {
  const targets = [...collectTargets(mod), ...constructorsOf(mod)];

  it('has callables to try (functions, async functions, methods, constructors)', () => {
    expect(targets.length).toBeGreaterThan(3);
    const functions = Object.values(mod).filter((v) => typeof v === 'function').length;
    expect(targets.length).toBeGreaterThanOrEqual(functions);
  });

  it.each(targets.map((t) => [t.name, t] as const))('%s: no hostile value in any position throws or rejects', async (name, target) => {
    const failures: string[] = [];
    for (const [label, make] of VALUES) {
      if (SLOW.test(name) && !SLOW_VALUES.has(label)) continue;
      const lists: [string, unknown[]][] = SLOW.test(name) ? [['v', [make()]]] : listsFor(target, make);
      for (const [shape, args] of lists) {
        const problem = await attempt(target, args);
        if (problem) failures.push(`${name}(${shape}) with v = ${label}: ${problem}`);
      }
    }
    if (failures.length > 0) expect.fail(`${failures.length} failing calls:\n${failures.slice(0, 40).join('\n')}`);
  });

  it.each(targets.map((t) => [t.name, t] as const))('%s: generated arguments never throw or reject', async (name, target) => {
    const runs = SLOW.test(name) ? 2 : Math.max(10, Math.floor(FUZZ_RUNS / 4));
    await fc.assert(
      fc.asyncProperty(fc.array(anyValue, { minLength: 0, maxLength: Math.max(2, target.length) }), async (generated) => {
        const problem = await attempt(target, materialise(generated) as unknown[]);
        if (problem) expect.fail(`${name}: ${problem}`);
      }),
      { numRuns: runs },
    );
  });
});
