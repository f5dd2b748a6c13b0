/**
 * The options the sample district is checked with, and its code tables. The district's unit codes include entries
 * the bundled tables hold only with low confidence (建制村 15, 乡镇 13, 社会组织 5, 建立党总支部 12,
 * 建立联合党支部 14): with the bundled tables every village, town, social organisation and joint
 * branch would carry a `code.unverified` warning. The sample plays a district that has confirmed
 * those codes against its official appendix — the `tables` option's purpose — so its clean records
 * are clean; the tables stay incomplete, so an unlisted code is still `code.unverified`.
 * @module
 */
import { defineCodeTable, tableFor } from '../../codes/index.js';
import type { CodeEntry, CodeTable, CodeTableOverrides } from '../../codes/types.js';
import { SAMPLE_TODAY } from './constants.js';

/** The codes the sample's clean records use that the bundled tables hold with low confidence. */
export const SAMPLE_CONFIRMED_CODES: Readonly<Record<'unitCategory' | 'unitPartySetup', readonly string[]>> = {
  unitCategory: ['13', '15', '5'],
  unitPartySetup: ['12', '14'],
};

function confirmed(name: 'unitCategory' | 'unitPartySetup'): CodeTable {
  const bundled = tableFor(name);
  const codes = new Set(SAMPLE_CONFIRMED_CODES[name]);
  const entries = bundled.data.entries.map((entry): CodeEntry => {
    if (!codes.has(entry.code)) return entry;
    return { ...entry, confidence: 'high', note: 'confirmed by the (fictional) district official appendix of the sample' };
  });
  const table = defineCodeTable({ ...bundled.data, entries });
  return table.ok ? table.value : bundled;
}

/**
 * The `tables` option for checking the sample district (see the module note).
 * @example
 * sampleTables().unitCategory?.check('15').issues // []
 * @category Sample district
 */
export function sampleTables(): CodeTableOverrides {
  return { unitCategory: confirmed('unitCategory'), unitPartySetup: confirmed('unitPartySetup') };
}

/**
 * The options the sample district is checked with — its reference date, its confirmed unit-code
 * tables (see the module note) and the county-level check of ID address codes switched on (every
 * member's birthplace is a real county) — under which the check reports exactly its planted problems.
 * @example
 * sampleOptions().today // '2017-07-24'
 * checkDataset(generateSampleDistrict(), sampleOptions()).issues.length === generateSampleDistrict().planted.length // true
 * @category Sample district
 */
export function sampleOptions(): { today: string; tables: CodeTableOverrides; policy: { checkCountyRegion: true } } {
  return { today: SAMPLE_TODAY, tables: sampleTables(), policy: { checkCountyRegion: true } };
}
