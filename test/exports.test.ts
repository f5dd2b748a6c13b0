// Guards the built entry points as users import them (ESM and CJS), the way libphonenumber-js does:
// every public name of the source barrels must be there, under the same name, in both formats.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as source from '../src/index.js';
import * as codesSource from '../src/codes/index.js';

const require = createRequire(import.meta.url);
const names = (mod: object) => Object.keys(mod).sort();

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
