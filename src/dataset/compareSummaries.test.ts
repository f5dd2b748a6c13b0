import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOT, TODAY, branch, members } from './__fixtures__/records.js';
import { checkDataset } from './checkDataset.js';
import { compareSummaries } from './compareSummaries.js';

const A = '中共某某公司支部委员会';

describe('compareSummaries (summary.drift)', () => {
  it('fires for a figure that moved more than the tolerance and quiet within it', () => {
    expect(compareSummaries({ members: { floating: 130 } }, { members: { floating: 100 } }).map((i) => [i.rule, i.severity, i.path])).toEqual([
      ['summary.drift', 'warning', ['members', 'floating']],
    ]);
    expect(compareSummaries({ members: { floating: 108 } }, { members: { floating: 100 } })).toEqual([]);
    expect(compareSummaries({ members: { floating: 130 } }, { members: { floating: 100 } }, { tolerance: 0.5 })).toEqual([]);
  });

  it('ignores small absolute changes (minChange) and compares groups of counts key by key', () => {
    expect(compareSummaries({ members: { floating: 4 } }, { members: { floating: 1 } })).toEqual([]);
    expect(compareSummaries({ members: { floating: 4 } }, { members: { floating: 1 } }, { minChange: 0 })).toHaveLength(1);
    const issues = compareSummaries({ members: { byWorkPost: { '0215': 200, 11: 100, 123: 40 } } }, { members: { byWorkPost: { '0215': 100, 11: 100 } } });
    expect(issues.map((i) => i.path)).toEqual([['members', 'byWorkPost', '0215'], ['members', 'byWorkPost', '123']]);
    expect(issues[0]!.message).toContain('工作岗位 0215');
  });

  it('compares real summaries, in English on request', () => {
    const orgs = [ROOT, branch('a', A)];
    const before = checkDataset({ orgs, members: members(40, A) }, { today: TODAY, policy: { maxMembersPerBranch: 100 } }).summary;
    const after = checkDataset({ orgs, members: members(60, A) }, { today: TODAY, policy: { maxMembersPerBranch: 100 } }).summary;
    const issues = compareSummaries(after, before, { locale: 'en' });
    expect(issues.map((i) => i.path.join('.'))).toEqual(['members.total', 'members.byType.正式党员', 'members.byWorkPost.0215']);
    expect(issues[0]!.message).toBe('Members went from 40 to 60 (+50.0%), more than 10% off the previous report');
    expect(compareSummaries(after, after)).toEqual([]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, o) => {
      expect(Array.isArray(compareSummaries(a, b, o as never))).toBe(true);
    }));
  });
});
