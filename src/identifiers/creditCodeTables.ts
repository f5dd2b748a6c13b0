/**
 * Lookup tables of GB 32100 credit codes: the 31-symbol alphabet as char-code → value, and the
 * registration-authority / organisation-type pairs of `codes/identifiers/credit-code-registration.json`
 * (confirmed pairs, and the `unconfirmed` ones that only give a warning).
 * @module
 */
import data from '../../codes/identifiers/credit-code-registration.json' with { type: 'json' };

/**
 * The 31 symbols of GB 32100, valued 0–30 by position (no I, O, S, V, Z).
 * @example
 * CREDIT_CODE_ALPHABET.indexOf('Y') // 30
 * @category Identifiers
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Char code (0–127) → alphabet value, -1 outside the alphabet. */
export const CREDIT_CODE_VALUES: Int8Array = (() => {
  const values = new Int8Array(128).fill(-1);
  for (let i = 0; i < CREDIT_CODE_ALPHABET.length; i++) values[CREDIT_CODE_ALPHABET.charCodeAt(i)] = i;
  return values;
})();

/** {@link REGISTRATION_PAIRS} value of a pair the table confirms. */
export const PAIR_KNOWN = 1;
/** {@link REGISTRATION_PAIRS} value of a pair only reported, never confirmed officially (the table's `unconfirmed`). */
export const PAIR_UNCONFIRMED = 2;

interface AuthorityData {
  code: string;
  name: string;
  types: readonly { code: string; name: string }[];
}

/** Slot `authorityValue * 31 + typeValue`: {@link PAIR_KNOWN}, {@link PAIR_UNCONFIRMED}, or 0 for a pair nobody knows. */
export const REGISTRATION_PAIRS: Uint8Array = (() => {
  const pairs = new Uint8Array(31 * 31);
  const mark = (authorities: readonly AuthorityData[], value: number) => {
    for (const authority of authorities) {
      for (const type of authority.types) {
        pairs[CREDIT_CODE_VALUES[authority.code.charCodeAt(0)]! * 31 + CREDIT_CODE_VALUES[type.code.charCodeAt(0)]!] = value;
      }
    }
  };
  mark(data.unconfirmed.authorities, PAIR_UNCONFIRMED);
  mark(data.authorities, PAIR_KNOWN);
  return pairs;
})();

/**
 * A registration authority (登记管理部门) or organisation type (机构类别): code and name.
 * @category Identifiers
 */
export interface CodeName {
  code: string;
  name: string;
}

/** Names by authority and type, confirmed pairs first, then the unconfirmed ones the table names. */
const AUTHORITIES: ReadonlyMap<string, { name: string; types: Map<string, string> }> = (() => {
  const byCode = new Map<string, { name: string; types: Map<string, string> }>();
  for (const a of [...data.authorities, ...data.unconfirmed.authorities] as readonly AuthorityData[]) {
    let entry = byCode.get(a.code);
    if (entry === undefined) byCode.set(a.code, (entry = { name: a.name, types: new Map() }));
    for (const t of a.types) if (!entry.types.has(t.code)) entry.types.set(t.code, t.name);
  }
  return byCode;
})();

/**
 * Names of positions 1 and 2 of a credit code; names are `''` where the table has none.
 * @param authority - position 1 (登记管理部门代码)
 * @param type - position 2 (机构类别代码)
 * @example
 * describeRegistration('9', '1') // { authority: { code: '9', name: '工商（市场监管）' }, orgType: { code: '1', name: '企业' } }
 * @example
 * describeRegistration('5', '4').orgType.name // '村民委员会'
 * @example
 * describeRegistration('3', '7').orgType.name // ''
 * @category Identifiers
 */
export function describeRegistration(authority: string, type: string): { authority: CodeName; orgType: CodeName } {
  const entry = typeof authority === 'string' ? AUTHORITIES.get(authority) : undefined;
  const typeName = entry !== undefined && typeof type === 'string' ? entry.types.get(type) : undefined;
  return { authority: { code: authority, name: entry?.name ?? '' }, orgType: { code: type, name: typeName ?? '' } };
}

/** Version of the bundled registration table. */
export const REGISTRATION_TABLE_VERSION: string = data.version;
