import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSampleDistrict } from '../dataset/sample/generate.js';
import { sampleOptions } from '../dataset/sample/tables.js';
import { resolveOptions } from '../options.js';
import { checkOrgRecord } from '../org/checkOrgRecord.js';
import { viewOfDraft, viewOrg } from './view.js';

const ctx = resolveOptions(sampleOptions());

describe('viewOfDraft', () => {
  it('gives what viewOrg reads from the same draft, for every org of the sample district (planted problems included)', () => {
    const { orgs } = generateSampleDistrict();
    for (const record of orgs) {
      const draft = checkOrgRecord(record, ctx).org;
      expect(viewOfDraft(draft)).toStrictEqual(viewOrg(draft));
    }
  });

  it('gives what viewOrg reads from drafts of untidy records', () => {
    const cell = fc.oneof(
      fc.constantFrom(undefined, null, '', ' ', '　', 631, '631', ' 631 ', '６３１', 'legal-entity', '联合支部', ' joint', '中共 某某（联合）支部委员会 ', '中共某某(联合)支部委员会'),
      fc.string({ maxLength: 8 }),
    );
    const code = fc.constantFrom(undefined, '91440300708461136T', '91440300708461136t', ' 9144 0300 7084 6113 6T', '000000000000000000', '70846113-6', 708461136);
    const unit = fc.record({ name: cell, category: cell, partySetup: cell, code, id: fc.constantFrom(undefined, 'u1', ' u2 ') }, { requiredKeys: [] });
    const record = fc.record(
      { id: cell, parentId: cell, name: cell, category: cell, unitSituation: cell, secretary: cell, unit, units: fc.array(unit, { maxLength: 3 }), unitName: cell, unitCode: code },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(record, (input) => {
        const draft = checkOrgRecord(input, ctx).org;
        expect(viewOfDraft(draft)).toStrictEqual(viewOrg(draft));
      }),
      { numRuns: 1500 },
    );
  });
});
