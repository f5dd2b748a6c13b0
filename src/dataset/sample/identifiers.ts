/**
 * Valid identifiers for the sample district: credit codes and organisation codes with correct check
 * characters, mobiles from allocated segments, landlines with the district's area code. Uniqueness is
 * kept by the caller's `used` set.
 * @module
 */
import { creditCodeCheckChar } from '../../identifiers/creditCodeScan.js';
import { orgCodeCheckChar } from '../../identifiers/orgCode.js';
import type { Random } from './random.js';
import { AREA_CODE, DISTRICT_REGION, MOBILE_SEGMENTS } from './vocabulary.js';

/** Letters allowed in credit codes (and so in the organisation codes embedded in them). */
const CODE_LETTERS = 'ABCDEFGHJKLMNPQRTUWXY';

/**
 * Who registered a unit, as positions 1–2 of its credit code: `11` 机构编制·机关, `12` 事业单位,
 * `51` 社会团体, `52` 民办非企业单位, `91` 企业, `N2` 村级集体经济组织.
 */
export type Registration = '11' | '12' | '51' | '52' | '91' | 'N2';

/**
 * A new 8-character organisation-code body: older units have numeric ones, enterprises registered
 * since 2015 start with `MA`.
 */
function orgCodeBody(rnd: Random, modern: boolean): string {
  let body = modern ? 'MA2' : String(rnd.int(0, 7));
  while (body.length < 8) {
    body += modern && rnd.chance(0.4) ? CODE_LETTERS[rnd.int(0, CODE_LETTERS.length - 1)] : String(rnd.int(0, 9));
  }
  return body;
}

/**
 * A unique, valid 18-character unified social credit code (GB 32100) of the district.
 * @example
 * makeCreditCode(createRandom(1), '91', new Set()).length // 18
 */
export function makeCreditCode(rnd: Random, registration: Registration, used: Set<string>): string {
  for (;;) {
    const body = orgCodeBody(rnd, registration === '91' && rnd.chance(0.6));
    const orgCode = body + orgCodeCheckChar(body)!;
    const first17 = registration + DISTRICT_REGION + orgCode;
    const code = first17 + creditCodeCheckChar(first17)!;
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

/**
 * A valid 9-character organisation code (GB 11714), for units not yet re-issued a credit code.
 * @example
 * makeOrgCode(createRandom(1), new Set()).length // 9
 */
export function makeOrgCode(rnd: Random, used: Set<string>): string {
  for (;;) {
    const body = orgCodeBody(rnd, false);
    const code = body + orgCodeCheckChar(body)!;
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

/**
 * A mobile number from an allocated segment.
 * @example
 * makeMobile(createRandom(1)).length // 11
 */
export function makeMobile(rnd: Random): string {
  return rnd.pick(MOBILE_SEGMENTS) + String(rnd.int(0, 99_999_999)).padStart(8, '0');
}

/**
 * A landline of the district: area code, dash, 8 digits starting 8.
 * @example
 * makeLandline(createRandom(1)).startsWith('0574-8') // true
 */
export function makeLandline(rnd: Random): string {
  return `${AREA_CODE}-8${String(rnd.int(0, 9_999_999)).padStart(7, '0')}`;
}
