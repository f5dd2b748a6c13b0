/**
 * Duplicate ID numbers of a batch whose size is known: each record's key is written in order
 * (sequential writes, no look-ups while the records are checked), then radix-sorted (a quarter at a time when large) to find the
 * repeated keys. Finds the same duplicates as {@link IdNumberIndex}, which the streaming check uses,
 * in about a third of the time: nothing random touches memory per record.
 * @module
 */
import { idNumberKey, idNumberOfKey, RegionDictionary } from './idNumberKey.js';

/** All records of one ID number, in record order (two or more). */
export interface DuplicateGroup {
  id: string;
  records: number[];
}

const DIGIT_BITS = 14;
const DIGITS = 1 << DIGIT_BITS;
/** Past this many records the keys are sorted in four parts (by their two low bits), to save memory. */
const LARGE = 1 << 18;

function partOf(k: number, parts: number): number {
  return parts === 1 ? 0 : k - Math.floor(k / parts) * parts;
}

/** What a key is divided by before each pass takes its low 14 bits. */
const PASS_SCALES = [1, DIGITS, DIGITS * DIGITS] as const;

/** Bits `14 × pass` … `14 × pass + 13` of a key (float division and floor: `%` on doubles is a slow library call). */
function digitOf(k: number, scale: number): number {
  const q = Math.floor(k / scale);
  return q - Math.floor(q / DIGITS) * DIGITS;
}

/** Sorts keys of up to 42 bits (held in doubles) with three passes of 14 bits, between `keys` and `spare` (same length); returns the one holding the result. */
function radixSort(keys: Float64Array, spare: Float64Array): Float64Array {
  let from: Float64Array = keys;
  let to: Float64Array = spare;
  const counts = new Uint32Array(DIGITS);
  for (const scale of PASS_SCALES) {
    counts.fill(0);
    for (let i = 0; i < from.length; i++) counts[digitOf(from[i]!, scale)]!++;
    let sum = 0;
    for (let d = 0; d < DIGITS; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < from.length; i++) {
      const k = from[i]!;
      to[counts[digitOf(k, scale)]!++] = k;
    }
    [from, to] = [to, from];
  }
  return from;
}

/**
 * Collects the ID numbers of `size` records, then finds the ones that repeat.
 * @example
 * new IdNumberKeys(0).duplicates() // []
 */
export class IdNumberKeys {
  private readonly regions = new RegionDictionary();
  /** Key + 1 per record (0: no packed number). */
  private keys: Float64Array;
  private readonly others = new Map<string, number[]>();

  /**
   * @param size - the number of records (indices 0 … size − 1)
   * @example
   * new IdNumberKeys(3).duplicates() // []
   */
  constructor(size: number) {
    this.keys = new Float64Array(Math.max(0, size));
  }

  /**
   * Notes that record `index` has `id`.
   * @example
   * const keys = new IdNumberKeys(2); keys.add('11010519491231002X', 0); keys.add('11010519491231002X', 1); keys.duplicates()[0].records // [0, 1]
   */
  add(id: string, index: number): void {
    const key = index < this.keys.length ? idNumberKey(id, this.regions) : -1;
    if (key >= 0) {
      this.keys[index] = key + 1;
      return;
    }
    const records = this.others.get(id);
    if (records) records.push(index);
    else this.others.set(id, [index]);
  }

  /**
   * Forgets every record and frees the memory (the object stays usable, sized for no record).
   * @example
   * const keys = new IdNumberKeys(2); keys.add('11010519491231002X', 0); keys.clear(); keys.duplicates() // []
   */
  clear(): void {
    this.keys = new Float64Array(0);
    this.others.clear();
    this.regions.clear();
  }

  /** Every ID number held by two or more records, with its records in order. */
  duplicates(): DuplicateGroup[] {
    const groups: DuplicateGroup[] = [];
    const repeated = this.repeatedKeys();
    if (repeated.size > 0) {
      const byKey = new Map<number, number[]>();
      for (let i = 0; i < this.keys.length; i++) {
        const k = this.keys[i]!;
        if (k !== 0 && repeated.has(k)) byKey.set(k, [...(byKey.get(k) ?? []), i]);
      }
      for (const [k, records] of byKey) groups.push({ id: idNumberOfKey(k - 1, this.regions), records });
    }
    for (const [id, records] of this.others) if (records.length > 1) groups.push({ id, records: [...records].sort((a, b) => a - b) });
    return groups;
  }

  /**
   * The keys held by two or more records. A large batch is sorted a quarter at a time (keys split by their
   * low bits), so the sort's two buffers together take half the memory of the keys, not twice.
   */
  private repeatedKeys(): Set<number> {
    const keys = this.keys;
    const parts = keys.length > LARGE ? 4 : 1;
    const sizes = new Int32Array(parts);
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) sizes[partOf(keys[i]!, parts)]!++;
    let largest = 0;
    for (let p = 0; p < parts; p++) largest = Math.max(largest, sizes[p]!);
    const part = new Float64Array(largest);
    const spare = new Float64Array(largest);
    const repeated = new Set<number>();
    for (let p = 0; p < parts; p++) {
      const n = sizes[p]!;
      if (n < 2) continue;
      let j = 0;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        if (k !== 0 && partOf(k, parts) === p) part[j++] = k;
      }
      const sorted = radixSort(part.subarray(0, n), spare.subarray(0, n));
      for (let i = 1; i < n; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]!);
    }
    return repeated;
  }
}
