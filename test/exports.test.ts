// Guards the built entry points as users import them (ESM and CJS), the way libphonenumber-js does:
// every public name of the source barrels must be there, under the same name, in both formats.
// The ESM build is one file per source module (tree-shaking); its relative imports must all land.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as source from '../src/index.js';
import * as codesSource from '../src/codes/index.js';
import * as ioSource from '../src/io/index.js';
import * as sampleSource from '../src/sample.js';
import * as sheetsSource from '../src/sheets.js';

const require = createRequire(import.meta.url);
const names = (mod: object) => Object.keys(mod).sort();
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const esmFiles = () =>
  readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js')).map((file) => join(DIST, file));
/** Relative specifiers of static imports, re-exports and dynamic imports in esbuild's (unminified) output. */
const relativeImports = (code: string) =>
  [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((match) => match[1] ?? '');

describe('built entry points', () => {
  it('ESM `partyinfo` exports every public name', async () => {
    const esm = await import('../dist/index.js');
    expect(names(esm)).toEqual(names(source));
  });
  it('CJS `partyinfo` exports every public name', () => {
    const cjs = require('../dist/index.cjs');
    expect(names(cjs)).toEqual(names(source));
  });
  it('ESM and CJS `partyinfo/codes` export every public name of the code tables', async () => {
    const esm = await import('../dist/codes.js');
    const cjs = require('../dist/codes.cjs');
    expect(names(esm)).toEqual(names(codesSource));
    expect(names(cjs)).toEqual(names(codesSource));
  });
  it('ESM and CJS `partyinfo/sheets` export every public name of the bytes path, and `partyinfo/io` all of them too', async () => {
    const esm = await import('../dist/sheets.js');
    const cjs = require('../dist/sheets.cjs');
    expect(names(esm)).toEqual(names(sheetsSource));
    expect(names(cjs)).toEqual(names(sheetsSource));
    expect(names(sheetsSource).filter((name) => !(name in ioSource))).toEqual([]);
  });
  it('ESM and CJS `partyinfo/io` export every public name of the spreadsheet layer', async () => {
    const esm = await import('../dist/io.js');
    const cjs = require('../dist/io.cjs');
    expect(names(esm)).toEqual(names(ioSource));
    expect(names(cjs)).toEqual(names(ioSource));
  });
  it('ESM and CJS `partyinfo/sample` export the sample district, and the main entry does not', async () => {
    const esm = await import('../dist/sample.js');
    const cjs = require('../dist/sample.cjs');
    expect(names(esm)).toEqual(names(sampleSource));
    expect(names(cjs)).toEqual(names(sampleSource));
    expect(names(source)).not.toContain('generateSampleDistrict');
  });
  it('the main entry stays in its tier: at most 150 run-time names, no single rule object, no internals', () => {
    const runtime = names(source);
    expect(runtime.length).toBeLessThanOrEqual(150);
    const isRule = (value: unknown) => typeof value === 'object' && value !== null && 'id' in value && 'severity' in value && 'zh' in value;
    const ruleLike = runtime.filter((name) => {
      const value = (source as Record<string, unknown>)[name];
      return isRule(value) || (Array.isArray(value) && value.some(isRule));
    });
    expect(ruleLike).toEqual([]);
    for (const internal of ['IdNumberIndex', 'sortIssues', 'compareDatasetPaths', 'looseOrgKey', 'returneeWord', 'branchOfficeMarker', 'MEMBERS_PER_WORKER']) {
      expect(runtime, internal).not.toContain(internal);
    }
  });
  it('ESM: every relative import of every built module names a built file; no test code is shipped', () => {
    const files = esmFiles();
    expect(files.length).toBeGreaterThan(50);
    const missing: string[] = [];
    for (const file of files) {
      for (const specifier of relativeImports(readFileSync(file, 'utf8'))) {
        if (!existsSync(join(dirname(file), specifier))) missing.push(`${relative(DIST, file)} → ${specifier}`);
      }
    }
    expect(missing).toEqual([]);
    const testCode = files.map((file) => relative(DIST, file)).filter((file) => /\.test\.js$|(^|[\\/])(testing|__fixtures__)[\\/]/.test(file));
    expect(testCode).toEqual([]);
  });
  it('the import scan sees relative imports (the check above can fail)', () => {
    expect(relativeImports(readFileSync(join(DIST, 'index.js'), 'utf8'))).toContain('./result.js');
    expect(relativeImports(`const m = await import("../dataset/index.js"); export * from './x.js';`)).toEqual(['../dataset/index.js', './x.js']);
  });
  it('bin: dist/cli.js is executable with its shebang and runs under plain node', () => {
    const cli = join(DIST, 'cli.js');
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    if (process.platform !== 'win32') expect(() => accessSync(cli, constants.X_OK)).not.toThrow();
    const help = execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
    expect(help).toContain('partyinfo check');
  });
  it('exports the names CONTRACT.md promises', () => {
    const contract = [
      'parseIdNumber', 'isValidIdNumber', 'parseCreditCode', 'parseOrgCode', 'parseUnitCode', 'parseMobile',
      'parseDate', 'codeTables', 'validateOrg', 'validateMember', 'checkDataset', 'diffMember', 'orgSchema',
      'memberSchema',
    ];
    const cjs = require('../dist/index.cjs');
    for (const name of contract) expect(typeof cjs[name], name).not.toBe('undefined');
  });
});
