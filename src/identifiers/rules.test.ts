import { describe, expect, it } from 'vitest';
import type { Result } from '../result.js';
import { parseCreditCode } from './creditCode.js';
import { parseDate } from './date.js';
import { parseIdNumber } from './idNumber.js';
import { parseLandline } from './landline.js';
import { parseMobile } from './mobile.js';
import { parseOrgCode } from './orgCode.js';
import { identifiersRules } from './rules.js';
import { parseUnitCode } from './unitCode.js';

type Parse = (input: unknown, options?: never) => Result<unknown>;
const T = { today: '2017-07-24' };

/** For every rule: the parser, an input that fires it, one that keeps it quiet, and options. */
const cases: Record<string, [Parse, unknown, unknown, object?]> = {
  'id.format': [parseIdNumber, '11010519491231002Y', '11010519491231002X', T],
  'id.checksum': [parseIdNumber, '110105194912310020', '11010519491231002X', T],
  'id.birthDate': [parseIdNumber, '110105201707250016', '11010519491231002X', T],
  'id.region': [parseIdNumber, '910105194912310027', '11010519491231002X', T],
  'id.county': [parseIdNumber, '11019919491231002X', '11010519491231002X', { ...T, checkCountyRegion: true }],
  'id.legacy15': [parseIdNumber, '110105491231002', '11010519491231002X', T],
  'creditCode.format': [parseCreditCode, '91110108551385082I', '91110108551385082Q'],
  'creditCode.checksum': [parseCreditCode, '914403001922038217', '914403001922038216'],
  'creditCode.authority': [parseCreditCode, '75330212123456788P', '914403001922038216'],
  'creditCode.authorityUnconfirmed': [parseCreditCode, 'J1330212123456788Q', '54330212MA2GXY016B'],
  'orgCode.format': [parseOrgCode, '1922038-1', '19220382-1'],
  'orgCode.checksum': [parseOrgCode, '19220382-2', '19220382-1'],
  'unit.code.placeholder': [parseUnitCode, '000000000000000000', '914403001922038216'],
  'unit.code.orgCode': [parseUnitCode, '19220382-1', '914403001922038216'],
  'phone.mobile.format': [parseMobile, '12800138000', '13800138000'],
  'phone.landline.format': [parseLandline, '13800138000', '0574-88123456'],
  'date.format': [parseDate, '2017-02-29', '2017-07-24'],
  'date.dayAssumed': [parseDate, '2017-07', '2017-07-24'],
};

describe('every identifiers rule fires and stays quiet', () => {
  it('covers exactly the rules of identifiersRules', () => {
    expect(Object.keys(cases).sort()).toEqual(identifiersRules.map((r) => r.id).sort());
  });

  it.each(Object.entries(cases))('%s', (id, [parse, firing, quiet, options]) => {
    const rule = identifiersRules.find((r) => r.id === id)!;
    const fired = parse(firing, options as never).issues.filter((i) => i.rule === id);
    expect(fired).toHaveLength(1);
    expect(fired[0]!.severity).toBe(rule.severity);
    expect(parse(quiet, options as never).issues.filter((i) => i.rule === id)).toEqual([]);
    const en = parse(firing, { ...options, locale: 'en' } as never).issues.find((i) => i.rule === id)!;
    expect(fired[0]!.message).toMatch(/[\u4e00-\u9fff]/);
    expect(en.message).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
