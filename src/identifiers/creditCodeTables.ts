/**
 * Lookup tables of GB 32100 credit codes: the 31-symbol alphabet as char-code → value, and the
 * registration-authority / organisation-type pairs of `codes/identifiers/credit-code-registration.json`.
 * @module
 */
import data from '../../codes/identifiers/credit-code-registration.json' with { type: 'json' };

/**
 * The 31 symbols of GB 32100, valued 0–30 by position (no I, O, S, V, Z).
 * @example
 * CREDIT_CODE_ALPHABET.indexOf('Y') // 30
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Char code (0–127) → alphabet value, -1 outside the alphabet. */
export const CREDIT_CODE_VALUES: Int8Array = (() => {
  const values = new Int8Array(128).fill(-1);
  for (let i = 0; i < CREDIT_CODE_ALPHABET.length; i++) values[CREDIT_CODE_ALPHABET.charCodeAt(i)] = i;
  return values;
})();

/** Slot `authorityValue * 31 + typeValue` is 1 for a known pair. */
export const REGISTRATION_PAIRS: Uint8Array = (() => {
  const pairs = new Uint8Array(31 * 31);
  for (const authority of data.authorities) {
    for (const type of authority.types) {
      pairs[CREDIT_CODE_VALUES[authority.code.charCodeAt(0)]! * 31 + CREDIT_CODE_VALUES[type.code.charCodeAt(0)]!] = 1;
    }
  }
  return pairs;
})();

/** A registration authority (登记管理部门) or organisation type (机构类别): code and name. */
export interface CodeName {
  code: string;
  name: string;
}

const AUTHORITIES = new Map(
  data.authorities.map((a) => [a.code, { name: a.name, types: new Map(a.types.map((t) => [t.code, t.name])) }] as const),
);

/**
 * Names of positions 1 and 2 of a credit code; names are `''` where the table has none.
 * @param authority - position 1 (登记管理部门代码)
 * @param type - position 2 (机构类别代码)
 * @example
 * describeRegistration('9', '1') // { authority: { code: '9', name: '工商（市场监管）' }, orgType: { code: '1', name: '企业' } }
 * @example
 * describeRegistration('3', '6').orgType.name // ''
 */
export function describeRegistration(authority: string, type: string): { authority: CodeName; orgType: CodeName } {
  const entry = typeof authority === 'string' ? AUTHORITIES.get(authority) : undefined;
  const typeName = entry !== undefined && typeof type === 'string' ? entry.types.get(type) : undefined;
  return { authority: { code: authority, name: entry?.name ?? '' }, orgType: { code: type, name: typeName ?? '' } };
}

/** Version of the bundled registration table. */
export const REGISTRATION_TABLE_VERSION: string = data.version;
