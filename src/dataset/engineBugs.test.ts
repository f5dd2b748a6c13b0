/**
 * Engine bugs of the dataset check (issue 16, "Rules that misbehave"): each test failed before its fix.
 * The hash-flooding case is in `idNumberIndex.test.ts`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, TODAY, branch, member } from './__fixtures__/records.js';
import { checkMemberRecord } from '../member/checkMemberRecord.js';
import { prototypeLendsFields } from '../member/check/readInput.js';
import { CONFIRMATION_COLUMNS, MEMBER_FIELDS } from '../member/fields.js';
import { resolveOptions } from '../options.js';
import { checkDataset } from './checkDataset.js';
import { checkDatasetStream } from './checkDatasetStream.js';
import { DatasetRun } from './run.js';
import { sortIssues } from './sortIssues.js';
import type { Issue } from '../result.js';

const A = '中共某某公司支部委员会';
const orgs = [ROOT, branch('a', A)];
const duplicatesOf = (issues: readonly Issue[]) => issues.filter((i) => i.rule === 'member.idNumber.duplicate').map((i) => i.path);

describe('one duplicate detector for batch and stream, the member list read once', () => {
  it('finds a duplicate in a record past the number of members the run was sized for', () => {
    const run = new DatasetRun(resolveOptions({ today: TODAY }), 2);
    run.addOrgs(orgs);
    run.addMembers([member(1, A), member(2, A)]);
    run.addMembers([member(1, A)]);
    expect(duplicatesOf(run.finish().issues)).toEqual([
      ['members', 0, 'idNumber'],
      ['members', 2, 'idNumber'],
    ]);
  });

  it('reads `members.length` once, and checks exactly that many records', () => {
    let reads = 0;
    const list = [member(1, A), member(2, A), member(1, A)];
    const members = new Proxy(list, {
      get(target, key, receiver) {
        // A list whose length grows between reads: 2 the first time, 3 after.
        if (key === 'length') return ++reads === 1 ? 2 : 3;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const report = checkDataset({ orgs, members }, { today: TODAY });
    expect(reads).toBe(1);
    expect(report.summary.members.total).toBe(2);
    expect(duplicatesOf(report.issues)).toEqual([]);
  });

  it('reports the same duplicates in batch and stream', async () => {
    const list = [member(1, A), member(2, A), member(1, A), member(2, A), member(1, A)];
    const batch = checkDataset({ orgs, members: list }, { today: TODAY });
    const stream = await checkDatasetStream({ orgs, members: [list.slice(0, 2), list.slice(2)] }, { today: TODAY });
    expect(duplicatesOf(batch.issues)).toHaveLength(5);
    expect(stream.issues).toEqual(batch.issues);
  });
});

describe('sortIssues: each record kind in its own form order', () => {
  const issue = (path: (string | number)[]): Issue => ({ rule: 'org.name.required', severity: 'error', path, message: '' });

  it('puts an org’s issues in the order of the org form (id, parentId, name …), though members also have a `name`', () => {
    const sorted = sortIssues([issue(['orgs', 0, 'name']), issue(['orgs', 0, 'parentId']), issue(['orgs', 0, 'id']), issue(['orgs', 0, 'category'])]);
    expect(sorted.map((i) => i.path[2])).toEqual(['id', 'parentId', 'name', 'category']);
  });

  it('puts a member’s issues in the order of the member form', () => {
    const sorted = sortIssues([issue(['members', 0, 'branch']), issue(['members', 0, 'idNumber']), issue(['members', 0, 'name'])]);
    expect(sorted.map((i) => i.path[2])).toEqual(['name', 'idNumber', 'branch']);
  });
});

describe('a polluted Object.prototype is noticed at every record', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).mobile;
  });

  it('the fast read never takes an inherited field, though the prototype was clean at the first record', () => {
    const ctx = resolveOptions({ today: TODAY });
    const { mobile: _, ...withoutMobile } = member(1, A);
    expect(checkMemberRecord(withoutMobile, ctx).member.mobile).toBeUndefined();
    (Object.prototype as Record<string, unknown>).mobile = '13800138000';
    expect(checkMemberRecord(withoutMobile, ctx).member.mobile).toBeUndefined();
  });

  it('in a dataset polluted between two chunks of the same run', async () => {
    const { mobile: _, ...withoutMobile } = member(1, A);
    async function* chunks(): AsyncGenerator<unknown[]> {
      yield [member(2, A)];
      (Object.prototype as Record<string, unknown>).mobile = '13800138000';
      yield [withoutMobile];
    }
    const report = await checkDatasetStream({ orgs, members: chunks() }, { today: TODAY });
    delete (Object.prototype as Record<string, unknown>).mobile;
    const clean = checkDataset({ orgs, members: [member(2, A), withoutMobile] }, { today: TODAY });
    expect(report.issues).toEqual(clean.issues);
  });

  it('prototypeLendsFields asks for every key a record is read for', () => {
    for (const key of [...MEMBER_FIELDS, ...CONFIRMATION_COLUMNS, 'extra']) {
      expect(prototypeLendsFields()).toBe(false);
      (Object.prototype as Record<string, unknown>)[key] = 'x';
      try {
        expect([key, prototypeLendsFields()]).toEqual([key, true]);
      } finally {
        delete (Object.prototype as Record<string, unknown>)[key];
      }
    }
  });
});
