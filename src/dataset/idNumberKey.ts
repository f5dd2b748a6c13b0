/**
 * ID numbers as 40-bit integer keys, for duplicate detection in compact typed arrays: the address
 * code's slot in a small dictionary (13 bits), the birth date as `(year − 1800) × 372 + (month − 1)
 * × 31 + day − 1` (17 bits: one value per calendar slot, injective), the 3-digit sequence code
 * (10 bits). The check character is not kept: the numbers given are parsed, valid ones, whose check
 * character follows from the first 17 — so a key turns back into the number.
 * @module
 */
import { idNumberCheckChar } from '../identifiers/idNumberScan.js';

const MAX_REGIONS = 1 << 13;
/** Six-digit address codes: 000000–999999. */
const REGION_CODES = 1_000_000;
/**
 * 2^27: the key's part below the address-code slot.
 * @example
 * KEY_REGION_UNIT // 134217728
 */
export const KEY_REGION_UNIT = 134_217_728;

/**
 * Address codes (0–999999) ↔ dictionary slots (1–8192), in order of first sight.
 * @example
 * new RegionDictionary().region(1) // 0
 */
export class RegionDictionary {
  private readonly slots = new Uint16Array(REGION_CODES);
  private readonly regions: number[] = [0];

  /**
   * The slot of an address code (1-based); 0 once the dictionary is full.
   * @example
   * new RegionDictionary().slot(330212) // 1
   */
  slot(region: number): number {
    const known = this.slots[region]!;
    if (known !== 0) return known;
    if (this.regions.length > MAX_REGIONS) return 0;
    this.slots[region] = this.regions.length;
    this.regions.push(region);
    return this.regions.length - 1;
  }

  /**
   * The address code of a slot.
   * @example
   * const d = new RegionDictionary(); d.slot(330212); d.region(1) // 330212
   */
  region(slot: number): number {
    return this.regions[slot] ?? 0;
  }
}

/**
 * The key of an 18-character ID number, or -1 when it does not pack (not 17 digits first, a date
 * outside 1800–2151, a full dictionary).
 * @example
 * idNumberKey('11010519491231002X', new RegionDictionary()) >= 0 // true
 * idNumberKey('abc', new RegionDictionary()) // -1
 */
export function idNumberKey(id: string, regions: RegionDictionary): number {
  if (id.length !== 18) return -1;
  let region = 0;
  let date = 0;
  let sequence = 0;
  let bad = 0;
  for (let i = 0; i < 6; i++) {
    const d = id.charCodeAt(i) - 48;
    bad |= d >>> 0 > 9 ? 1 : 0;
    region = region * 10 + d;
  }
  for (let i = 6; i < 14; i++) {
    const d = id.charCodeAt(i) - 48;
    bad |= d >>> 0 > 9 ? 1 : 0;
    date = date * 10 + d;
  }
  for (let i = 14; i < 17; i++) {
    const d = id.charCodeAt(i) - 48;
    bad |= d >>> 0 > 9 ? 1 : 0;
    sequence = sequence * 10 + d;
  }
  if (bad !== 0) return -1;
  const year = (date / 10000) | 0;
  const month = ((date / 100) | 0) % 100;
  const day = date % 100;
  if (year < 1800 || year >= 2152 || month < 1 || month > 12 || day < 1 || day > 31) return -1;
  const slot = regions.slot(region);
  if (slot === 0) return -1;
  return (slot - 1) * KEY_REGION_UNIT + ((year - 1800) * 372 + (month - 1) * 31 + day - 1) * 1024 + sequence;
}

/**
 * The ID number a key was made from.
 * @example
 * const d = new RegionDictionary(); idNumberOfKey(idNumberKey('11010519491231002X', d), d) // '11010519491231002X'
 */
export function idNumberOfKey(key: number, regions: RegionDictionary): string {
  const slot = Math.floor(key / KEY_REGION_UNIT);
  const low = key - slot * KEY_REGION_UNIT;
  const sequence = low % 1024;
  const date = (low - sequence) / 1024;
  const year = 1800 + Math.floor(date / 372);
  const month = Math.floor((date % 372) / 31) + 1;
  const day = (date % 31) + 1;
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  const first17 = pad(regions.region(slot + 1), 6) + pad(year, 4) + pad(month, 2) + pad(day, 2) + pad(sequence, 3);
  return first17 + (idNumberCheckChar(first17) ?? '');
}
