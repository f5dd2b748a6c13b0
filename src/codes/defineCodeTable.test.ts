// defineCodeTable: validates user data with the integrity checks of the bundled tables; never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeTables } from './codeTables.js';
import { defineCodeTable } from './defineCodeTable.js';
import type { CodeEntry } from './types.js';

const base = (entries: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'orgCategory',
  title: '中共组织类别代码',
  standard: '中组部代码集（附录）',
  complete: true,
  confidence: 'high',
  hierarchicalCodes: true,
  sources: [{ name: '正式附录', what: '全部代码' }],
  entries,
  ...extra,
});
const good: CodeEntry[] = [
  { code: '6', name: '党的基层组织' },
  { code: '63', name: '支部', parent: '6' },
  { code: '631', name: '党支部', parent: '63', aliases: ['支部委员会'] },
  { code: '632', name: '联合党支部', parent: '63' },
];
const issuesOf = (data: unknown) => {
  const r = defineCodeTable(data);
  expect(r.ok).toBe(false);
  return r.issues.map((i) => [i.rule, i.path.join('.')]);
};

describe('defineCodeTable', () => {
  it('builds a working table from valid data', () => {
    const r = defineCodeTable(base(good));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.issues).toEqual([]);
    expect(r.value.check('支部委员会').ok).toBe(true);
    expect(r.value.leaves()).toEqual(['631', '632']);
    expect(r.value.check('7').issues[0]?.rule).toBe('code.unknown'); // complete: true
  });

  it('accepts every bundled table’s data unchanged', () => {
    for (const table of Object.values(codeTables)) expect(defineCodeTable(table.data).ok, table.id).toBe(true);
  });

  it('reads a blank or null parent as the top level', () => {
    const r = defineCodeTable(base([{ code: '6', name: 'a', parent: '' }, { code: '61', name: 'b', parent: '6' }, { code: '9', name: 'c', parent: null }]));
    expect(r.ok && r.value.parent('6')).toBeUndefined();
    expect(r.ok && r.value.leaves()).toEqual(['61', '9']);
  });

  it('rejects a duplicate code', () => {
    expect(issuesOf(base([...good, { code: '631', name: '又一个' }]))).toEqual([['codeTable.duplicateCode', 'entries.4.code']]);
  });

  it('rejects a missing parent', () => {
    expect(issuesOf(base([...good, { code: '711', name: '党小组', parent: '71' }]))).toEqual([['codeTable.missingParent', 'entries.4.parent']]);
  });

  it('rejects a cycle, naming its codes, and the leafless table it makes', () => {
    const r = defineCodeTable(base([{ code: '1', name: 'a', parent: '2' }, { code: '2', name: 'b', parent: '1' }], { hierarchicalCodes: false }));
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.rule)).toEqual(['codeTable.cycle', 'codeTable.noLeaves']);
    expect(r.issues[0]!.message).toBe('上级代码形成循环：1 → 2 → 1');
    expect(issuesOf(base([{ code: '1', name: 'a', parent: '1' }, { code: '2', name: 'b' }], { hierarchicalCodes: false }))).toEqual([
      ['codeTable.cycle', 'entries.0.parent'],
    ]);
  });

  it('rejects a child code that does not extend its parent where hierarchicalCodes is set, and only there', () => {
    const entries = [...good, { code: '731', name: '错位', parent: '63' }];
    expect(issuesOf(base(entries))).toEqual([['codeTable.parentPrefix', 'entries.4.code']]);
    expect(defineCodeTable(base(entries, { hierarchicalCodes: false })).ok).toBe(true);
  });

  it('rejects shapes it cannot use, with the path of each field', () => {
    expect(issuesOf(null)).toEqual([['codeTable.shape', '']]);
    expect(issuesOf([good])).toEqual([['codeTable.shape', '']]);
    expect(issuesOf({ ...base(good), complete: 'yes' })).toEqual([['codeTable.shape', 'complete']]);
    expect(issuesOf({ ...base(good), confidence: 'sure' })).toEqual([['codeTable.shape', 'confidence']]);
    expect(issuesOf({ ...base(good), id: '' })).toEqual([['codeTable.shape', 'id']]);
    expect(issuesOf(base([]))).toEqual([['codeTable.shape', 'entries']]);
    expect(issuesOf(base([{ code: '6 3', name: 'x' }]))).toEqual([['codeTable.shape', 'entries.0.code']]);
    expect(issuesOf(base([{ code: '6', name: 6 }]))).toEqual([['codeTable.shape', 'entries.0.name']]);
    expect(issuesOf(base([{ code: '6', name: 'x', aliases: 'y' }]))).toEqual([['codeTable.shape', 'entries.0.aliases']]);
    expect(issuesOf(base([{ code: '6', name: 'x', confidence: 'maybe' }]))).toEqual([['codeTable.shape', 'entries.0.confidence']]);
    expect(issuesOf(base([{ code: '6', name: 'x', roman: { nested: true } }]))).toEqual([['codeTable.shape', 'entries.0.roman']]);
    expect(issuesOf(base([{ code: '6', name: 'x'.repeat(1_000_000) }]))).toEqual([['codeTable.shape', 'entries.0.name']]);
    expect(issuesOf({ ...base(good), sources: 'web' })).toEqual([['codeTable.shape', 'sources']]);
  });

  it('survives proxies, throwing getters and __proto__ keys', () => {
    const throwing = new Proxy({}, { get: () => { throw new Error('boom'); }, getOwnPropertyDescriptor: () => { throw new Error('boom'); } });
    expect(defineCodeTable(throwing).ok).toBe(false);
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(defineCodeTable(revoked.proxy).ok).toBe(false);
    const entry = JSON.parse('{"code":"6","name":"x","__proto__":{"polluted":true}}') as object;
    const r = defineCodeTable(base([entry]));
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const getter = { code: '6', get name(): string { throw new Error('boom'); } };
    expect(issuesOf(base([getter]))).toEqual([['codeTable.shape', 'entries.0.name']]);
  });

  it('copies its input: later changes to the data do not reach the table, and the input is untouched', () => {
    const data = base(structuredClone(good));
    const before = JSON.stringify(data);
    const r = defineCodeTable(data);
    expect(JSON.stringify(data)).toBe(before);
    (data.entries as CodeEntry[])[2]!.name = '改了';
    expect(r.ok && r.value.get('631')?.name).toBe('党支部');
  });

  it('names the table in messages by its label, or by its title without a final 代码', () => {
    const r = defineCodeTable(base(good));
    expect(r.ok && r.value.check('6').issues[0]?.message.startsWith('中共组织类别代码“6”')).toBe(true);
    const labelled = defineCodeTable(base(good, { label: '组织类别' }));
    expect(labelled.ok && labelled.value.check('6').issues[0]?.message.startsWith('组织类别代码“6”')).toBe(true);
  });

  it('reports in English on request', () => {
    const r = defineCodeTable(base([...good, { code: '631', name: 'x' }]), { locale: 'en' });
    expect(r.issues[0]!.message).toBe('Code 631 appears more than once');
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = defineCodeTable(input);
        expect(r.ok).toBe(false);
        expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.record({ code: fc.stringMatching(/^[0-9]{1,3}$/), name: fc.string(), parent: fc.option(fc.stringMatching(/^[0-9]{1,2}$/)) })), (entries) => {
        const r = defineCodeTable(base(entries, { hierarchicalCodes: false }));
        expect(r.ok).toBe(!r.issues.some((i) => i.severity === 'error'));
      }),
      { numRuns: 300 },
    );
  });
});
