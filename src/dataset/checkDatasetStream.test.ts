import { describe, expect, it } from 'vitest';
import { ROOT, TODAY, branch, members } from './__fixtures__/records.js';
import { checkDataset } from './checkDataset.js';
import { checkDatasetStream } from './checkDatasetStream.js';
import { generateSampleDistrict } from './sample/generate.js';
import { sampleOptions } from './sample/tables.js';

const A = '中共某某公司支部委员会';
const orgs = [ROOT, branch('a', A)];

function chunked<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

async function* slowly<T>(chunks: readonly T[]): AsyncGenerator<T> {
  for (const chunk of chunks) {
    await Promise.resolve();
    yield chunk;
  }
}

describe('checkDatasetStream', { timeout: 120_000 }, () => {
  it('reports exactly what checkDataset reports on the sample district, whatever the chunking', async () => {
    const sample = generateSampleDistrict();
    const options = sampleOptions();
    const batch = checkDataset(sample, options);
    for (const size of [10_000, 7_777, 61_451]) {
      const stream = await checkDatasetStream({ orgs: sample.orgs, members: slowly(chunked(sample.members, size)) }, options);
      expect(stream).toEqual(batch);
    }
    const io = await checkDatasetStream({ orgs: sample.orgs, members: chunked(sample.members, 20_000).map((records) => ({ records })) }, options);
    expect(io).toEqual(batch);
  });

  it('counts members across chunks for paths and duplicates', async () => {
    const ms = [...members(3, A), members(1, A)[0]!];
    const report = await checkDatasetStream({ orgs, members: [[ms[0], ms[1]], [], [ms[2]], [ms[3]]] }, { today: TODAY });
    expect(report.issues.map((i) => [i.rule, i.path])).toEqual([
      ['member.idNumber.duplicate', ['members', 0, 'idNumber']],
      ['member.idNumber.duplicate', ['members', 3, 'idNumber']],
    ]);
  });

  it('tells progress after each chunk, and survives a progress callback that throws', async () => {
    const seen: number[] = [];
    await checkDatasetStream({ orgs, members: [members(2, A), members(3, A, 10)] }, { today: TODAY, onProgress: (n) => seen.push(n) });
    expect(seen).toEqual([2, 5]);
    const report = await checkDatasetStream({ orgs, members: [members(3, A)] }, { today: TODAY, onProgress: () => { throw new Error('x'); } });
    expect(report.ok).toBe(true);
  });

  it('never rejects: odd chunks, odd sources and failing streams become dataset.input.invalid', async () => {
    const odd = await checkDatasetStream({ orgs, members: [members(3, A), 42, null, { records: 'x' }] }, { today: TODAY });
    expect(odd.issues.map((i) => [i.rule, i.path])).toEqual([
      ['dataset.input.invalid', ['members']], ['dataset.input.invalid', ['members']], ['dataset.input.invalid', ['members']],
    ]);
    async function* failing(): AsyncGenerator<unknown[]> {
      yield members(3, A);
      throw new Error('disk gone 330212198001011234');
    }
    const failed = await checkDatasetStream({ orgs, members: failing() }, { today: TODAY });
    expect(failed.issues.map((i) => i.rule)).toEqual(['dataset.input.invalid']);
    expect(failed.issues[0]!.message).not.toContain('330212198001011234');
    expect(failed.summary.members.total).toBe(3);
    for (const data of [null, 5, { orgs, members: 5 }, { orgs: 'x', members: [] }, { orgs, members: new Proxy({}, { get: () => { throw new Error('no'); } }) }]) {
      const report = await checkDatasetStream(data);
      expect(report.ok).toBe(false);
    }
  });
});
