// Done-when of issue 7: the bundled sample district, written as xlsx and as csv and read back, gives
// the same dataset check as the records in memory.
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../dataset/index.js';
import { generateSampleDistrict, SAMPLE_TODAY } from '../sample.js';
import type { Issue } from '../result.js';
import { tempDir } from './__fixtures__/workbooks.js';
import { readDataset } from './readDataset.js';
import { readWithExcelJs } from './testing/exceljsRead.js';
import { writeDatasetFiles } from './write/outputs.js';

const FLAGS = new Set(['lostContact', 'floating']);
const NESTED = new Set(['unit', 'units', 'secretary', 'confirmation']);

/**
 * A record a spreadsheet row can hold: a plain object whose fields are text, numbers or dates, or
 * booleans where the form has 是/否. The sample plants a few records no spreadsheet can hold (a
 * record that is not an object, an address that is an object, `true` as a secretary's name); those
 * are checked by the record tests, not here.
 */
function representable(record: unknown): boolean {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return false;
  return Object.entries(record).every(([field, value]) => {
    if (NESTED.has(field)) return typeof value !== 'boolean';
    if (typeof value === 'boolean') return FLAGS.has(field);
    return value === undefined || typeof value === 'string' || typeof value === 'number';
  });
}

const key = (i: Issue) => `${i.rule}|${i.severity}|${JSON.stringify(i.path)}`;

describe('round trip of the sample district', () => {
  it('gives the same dataset check from xlsx and from csv as in memory, and the same records as the exceljs path', { timeout: 300_000 }, async () => {
    const sample = generateSampleDistrict();
    const data = { orgs: sample.orgs.filter(representable), members: sample.members.filter(representable) };
    expect(sample.orgs.length - data.orgs.length + sample.members.length - data.members.length).toBeLessThan(10);
    const expected = checkDataset(data, { today: SAMPLE_TODAY }).issues.map(key).sort();
    expect(expected.length).toBeGreaterThan(100);
    const [orgsXlsx, membersXlsx, orgsCsv, membersCsv] = await writeDatasetFiles(tempDir(), data, { date: SAMPLE_TODAY });
    for (const [orgs, members] of [[orgsXlsx!, membersXlsx!], [orgsCsv!, membersCsv!]] as [string, string][]) {
      const read = await readDataset({ orgs, members });
      expect(read.issues).toEqual([]);
      expect([read.orgs.length, read.members.length]).toEqual([data.orgs.length, data.members.length]);
      const actual = checkDataset({ orgs: read.orgs, members: read.members }, { today: SAMPLE_TODAY }).issues.map(key).sort();
      expect(actual).toEqual(expected);
      if (orgs === orgsXlsx) {
        // The direct reader reads the district exactly as the exceljs path did.
        const reference = await readWithExcelJs({ orgs, members });
        expect(read.orgs).toEqual(reference.orgs.records);
        expect(read.members).toEqual(reference.members.records);
        expect(read.sources).toEqual({ orgs: reference.orgs.sources, members: reference.members.sources });
      }
    }
  });
});
