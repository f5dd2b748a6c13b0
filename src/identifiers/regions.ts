/**
 * Province-level address-code prefixes of ID numbers, from `codes/identifiers/gbt2260-provinces.json`
 * (GB/T 2260 provinces plus the residence-permit prefixes 81/82/83).
 * @module
 */
import data from '../../codes/identifiers/gbt2260-provinces.json' with { type: 'json' };

/** 100 slots, one per two-digit prefix: 1 where the prefix is accepted (no hashing on the hot path). */
export const PROVINCE_SLOTS: Uint8Array = (() => {
  const slots = new Uint8Array(100);
  for (const entry of [...data.provinces, ...data.residencePermit]) slots[Number(entry.code)] = 1;
  return slots;
})();

const NAMES: ReadonlyMap<string, string> = new Map<string, string>([
  ...data.residencePermit.map((e) => [e.code, e.name] as const),
  ...data.provinces.map((e) => [e.code, e.name] as const),
]);

/**
 * True when a two-digit prefix (as a number 0–99 or a string) starts a valid ID address code.
 * @example
 * isProvincePrefix('33') // true
 * @example
 * isProvincePrefix(83) // true
 * @example
 * isProvincePrefix('91') // false
 * @category Identifiers
 */
export function isProvincePrefix(prefix: number | string): boolean {
  let n = -1;
  if (typeof prefix === 'number') n = prefix;
  else if (typeof prefix === 'string' && prefix.length === 2) {
    const a = prefix.charCodeAt(0) - 48;
    const b = prefix.charCodeAt(1) - 48;
    if (a >= 0 && a <= 9 && b >= 0 && b <= 9) n = a * 10 + b;
  }
  return Number.isInteger(n) && n >= 0 && n < 100 && PROVINCE_SLOTS[n] === 1;
}

/**
 * The name of a province-level prefix (GB/T 2260 name; 83 → 台湾居民居住证), or `undefined`.
 * @example
 * provinceName('33') // '浙江省'
 * @example
 * provinceName('constructor') // undefined
 * @category Identifiers
 */
export function provinceName(prefix: string): string | undefined {
  return typeof prefix === 'string' ? NAMES.get(prefix) : undefined;
}

/** Source and version of the bundled province table. */
export const PROVINCE_TABLE_VERSION: string = data.version;
