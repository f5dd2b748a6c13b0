import { describe, expect, it } from 'vitest';
import { looseOrgKey } from './branchLinks.js';
import { returneeWord } from './branchRules.js';
import { compareDatasetPaths, sortIssues } from './sortIssues.js';
import { ageBand } from './summary.js';
import type { RuleId } from '../rules/ruleIds.js';

describe('dataset helpers', () => {
  it('ageBand: whole years on the reference date, 29 February included', () => {
    expect(ageBand('1987-07-24', '2017-07-24')).toBe('0-30');
    expect(ageBand('1986-07-24', '2017-07-24')).toBe('31-35');
    expect(ageBand('1956-07-25', '2017-07-24')).toBe('56-60');
    expect(ageBand('1947-07-24', '2017-07-24')).toBe('61-70');
    expect(ageBand('1946-07-24', '2017-07-24')).toBe('71+');
    expect(ageBand('2000-02-29', '2017-02-28')).toBe('0-30');
    expect(ageBand('20170724', '2017-07-24')).toBe('unknown');
    expect(ageBand('2018-01-01', '2017-07-24')).toBe('unknown');
  });

  it('looseOrgKey: the prefix and the short endings do not matter', () => {
    expect(looseOrgKey('中国共产党某某村委员会')).toBe(looseOrgKey('某某村党委'));
    expect(looseOrgKey('中共某某村总支部委员会')).toBe(looseOrgKey('某某村党总支'));
    expect(looseOrgKey('中共某某村支部委员会')).toBe(looseOrgKey('某某村支部'));
  });

  it('returneeWord: 返乡 and 综合支部, not any 综合', () => {
    expect(returneeWord('中共某镇综合党支部')).toBe('综合党支部');
    expect(returneeWord('中共某镇两新组织综合委员会')).toBeUndefined();
  });

  it('sortIssues: input-level first, then orgs, then members; form order within a record; stable', () => {
    const issue = (rule: string, path: (string | number)[]) => ({ rule: rule as RuleId, severity: 'error' as const, path, message: '' });
    const sorted = sortIssues([
      issue('m2', ['members', 2]), issue('m1b', ['members', 1, 'idNumber']), issue('m1a', ['members', 1, 'name']),
      issue('o10', ['orgs', 10, 'units', 1, 'code']), issue('o10u', ['orgs', 10, 'units', 1, 'name']), issue('o9', ['orgs', 9, 'zzz']),
      issue('today', ['today']), issue('m1r', ['members', 1]), issue('m1a2', ['members', 1, 'name']),
    ]);
    expect(sorted.map((i) => i.rule)).toEqual(['today', 'o9', 'o10u', 'o10', 'm1r', 'm1a', 'm1a2', 'm1b', 'm2']);
    expect(compareDatasetPaths(['orgs', 0, 'unit', 'name'], ['orgs', 0, 'unit', 'code'])).toBeLessThan(0);
  });
});
