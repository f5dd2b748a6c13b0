/**
 * A compact index of citizen ID numbers → the first record that had each, for duplicate detection
 * while streaming millions of members in bounded memory: about 7 bytes per record (6, plus ~1 for
 * the buckets) instead of the ~80 a `Map<string, number>` costs.
 *
 * Numbers are 40-bit keys (`idNumberKey`). Chained hashing over typed arrays, the chain slot of a
 * record being the record's own index, an 8-bit signature per bucket so that most new numbers need
 * no chain walk; anything that does not pack (an odd date, an 8,193rd address code, a record index
 * past 16.7 million) goes to an ordinary `Map`.
 *
 * The bucket is a hash of the whole key, not its low bits: those are the sequence code and a few bits
 * of the birth date, and where sequence codes hardly vary (test data, a hostile file) a few dozen
 * buckets would take every number and each look-up would walk a chain of thousands.
 * @module
 */
import { idNumberKey, KEY_REGION_UNIT, RegionDictionary } from './idNumberKey.js';

const PAGE_BITS = 16;
const PAGE_SIZE = 1 << PAGE_BITS;
/** Bytes per record: the key's 24 high bits and the next record of the chain + 1 (0: none), 3 bytes each. */
const RECORD_BYTES = 6;
/** The low 16 bits of a key, mixed with a hash of its high bits, pick its bucket (there are always at least 2^16 buckets). */
const LOW_BITS = 16;
const LOW_MASK = (1 << LOW_BITS) - 1;
/** Record indices that fit the 3-byte chain links; later records go to the map. */
const MAX_PACKED_INDEX = (1 << 24) - 2;
const EMPTY = -1;
/** A bucket word: the chain's first record + 1 in the low 24 bits, a signature of its keys in the top 8. */
const LINK_MASK = 0xffffff;
const SIGNATURE_MASK = 0xff000000;

/** Starting buckets: a district's members fit without growing. */
const INITIAL_BITS = 16;
/** Records per bucket before the buckets double: chains stay short, buckets stay ~1 byte a record. */
const MAX_LOAD = 4;

/**
 * Maps ID numbers to the index of the first record that had each.
 * @example
 * new IdNumberIndex().size // 0
 */
export class IdNumberIndex {
  private readonly regions = new RegionDictionary();
  /**
   * Buckets: the first record of the chain + 1 (0: empty) and an 8-bit signature — one bit per
   * key hashed to 0–7 — so most new numbers are known to be new without walking the chain.
   */
  private heads: Uint32Array;
  private bucketBits: number;
  /** Per record index, paged: 6 bytes (see RECORD_BYTES). */
  private readonly pages: Uint8Array[] = [];
  private count = 0;
  private readonly fallback = new Map<string, number>();

  /**
   * @param expected - how many numbers are coming, when known (the batch check knows): the buckets
   *   are sized for them at once, one per number, so chains stay near one link and never regrow.
   */
  constructor(expected = 0) {
    let bits = INITIAL_BITS;
    const wanted = Number.isFinite(expected) ? Math.min(expected, MAX_PACKED_INDEX) : 0;
    while (bits < 24 && 1 << bits < wanted) bits++;
    this.bucketBits = bits;
    this.heads = new Uint32Array(1 << bits);
  }

  /** Number of distinct ID numbers seen. */
  get size(): number {
    return this.count + this.fallback.size;
  }

  /**
   * Records that record `index` (a non-negative integer, each used once, ascending or not) has `id`.
   * Returns the index of an earlier record with the same number, or -1 when it is the first.
   * @example
   * const ids = new IdNumberIndex();
   * ids.add('11010519491231002X', 0) // -1
   * ids.add('11010519491231002X', 5) // 0
   */
  add(id: string, index: number): number {
    // Untyped callers: only a string and an index are recorded.
    if (typeof id !== 'string' || typeof index !== 'number') return -1;
    const key = idNumberKey(id, this.regions);
    if (key < 0) {
      const first = this.fallback.get(id);
      if (first !== undefined) return first;
      this.fallback.set(id, index);
      return -1;
    }
    // Of the 40-bit key, the 24 high bits (`high`) are stored and the low 16, mixed with a hash of the
    // high ones (so they can be told apart again), pick the bucket; the arithmetic stays in 32-bit integers.
    const slot = Math.floor(key / KEY_REGION_UNIT);
    const low = key - slot * KEY_REGION_UNIT;
    const high = (slot << 11) | (low >>> LOW_BITS);
    const mix = mixHigh(high);
    const bucket = ((low ^ mix) & LOW_MASK) | (((mix >>> LOW_BITS) << LOW_BITS) & ((1 << this.bucketBits) - 1));
    const pages = this.pages;
    const word = this.heads[bucket]!;
    const signature = signatureOf(high);
    if ((word & signature) !== 0) {
      for (let r = (word & LINK_MASK) - 1; r !== EMPTY; ) {
        const page = pages[r >>> PAGE_BITS]!;
        const at = (r & (PAGE_SIZE - 1)) * RECORD_BYTES;
        // Records in a bucket with the same high bits share the mixed low bits too: the high bits decide.
        if ((page[at]! | (page[at + 1]! << 8) | (page[at + 2]! << 16)) === high) return r;
        r = (page[at + 3]! | (page[at + 4]! << 8) | (page[at + 5]! << 16)) - 1;
      }
    }
    // Not in the chains; a record past the packed range may hold it in the map.
    if (this.fallback.size > 0) {
      const first = this.fallback.get(id);
      if (first !== undefined) return first;
    }
    if (!(index >= 0 && index <= MAX_PACKED_INDEX)) {
      this.fallback.set(id, index);
      return -1;
    }
    const pageIndex = index >>> PAGE_BITS;
    if (pageIndex >= pages.length) this.ensurePage(pageIndex);
    this.write(pages[pageIndex]!, (index & (PAGE_SIZE - 1)) * RECORD_BYTES, high, (word & LINK_MASK) - 1);
    this.heads[bucket] = (word & SIGNATURE_MASK) | signature | (index + 1);
    if (++this.count > this.heads.length * MAX_LOAD) this.grow();
    return -1;
  }

  /** Writes a record's high bits and chain link (`next`: a record index or -1). */
  private write(page: Uint8Array, at: number, high: number, next: number): void {
    page[at] = high;
    page[at + 1] = high >>> 8;
    page[at + 2] = high >>> 16;
    const link = next + 1;
    page[at + 3] = link;
    page[at + 4] = link >>> 8;
    page[at + 5] = link >>> 16;
  }

  private ensurePage(page: number): void {
    while (this.pages.length <= page) this.pages.push(new Uint8Array(PAGE_SIZE * RECORD_BYTES));
  }

  /**
   * The longest chain of records in one bucket (a look-up walks at most this far): a measure of the
   * spread, for tests.
   * @example
   * new IdNumberIndex().longestChain() // 0
   */
  longestChain(): number {
    let longest = 0;
    for (let bucket = 0; bucket < this.heads.length; bucket++) {
      let length = 0;
      for (let r = (this.heads[bucket]! & LINK_MASK) - 1; r !== EMPTY; length++) {
        const page = this.pages[r >>> PAGE_BITS]!;
        const at = (r & (PAGE_SIZE - 1)) * RECORD_BYTES + 3;
        r = (page[at]! | (page[at + 1]! << 8) | (page[at + 2]! << 16)) - 1;
      }
      if (length > longest) longest = length;
    }
    return longest;
  }

  /** Doubles the buckets; a record's new bucket takes one more bit of the hash of its stored high bits. */
  private grow(): void {
    const oldHeads = this.heads;
    const bits = this.bucketBits + 1;
    const heads = new Uint32Array(1 << bits);
    const extra = (1 << (bits - LOW_BITS)) - 1;
    for (let bucket = 0; bucket < oldHeads.length; bucket++) {
      let r = (oldHeads[bucket]! & LINK_MASK) - 1;
      while (r !== EMPTY) {
        const page = this.pages[r >>> PAGE_BITS]!;
        const at = (r & (PAGE_SIZE - 1)) * RECORD_BYTES;
        const high = page[at]! | (page[at + 1]! << 8) | (page[at + 2]! << 16);
        const next = (page[at + 3]! | (page[at + 4]! << 8) | (page[at + 5]! << 16)) - 1;
        const target = (bucket & LOW_MASK) | (((mixHigh(high) >>> LOW_BITS) & extra) << LOW_BITS);
        const word = heads[target]!;
        this.write(page, at, high, (word & LINK_MASK) - 1);
        heads[target] = (word & SIGNATURE_MASK) | signatureOf(high) | (r + 1);
        r = next;
      }
    }
    this.heads = heads;
    this.bucketBits = bits;
  }
}

/**
 * A 32-bit hash of a key's 24 high bits (multiply, xor-shift): its low 16 bits are xor-ed into the
 * bucket, its high 16 pick among the doubled buckets.
 */
function mixHigh(high: number): number {
  const h = Math.imul(high ^ (high >>> 13), 0x85ebca6b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** One of the top 8 bits of a bucket word, chosen by a hash of a key's stored bits. */
function signatureOf(high: number): number {
  return 1 << (24 + (Math.imul(high, 0x9e3779b1) >>> 29));
}
