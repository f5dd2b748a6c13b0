/**
 * A compact index of citizen ID numbers → the first record that had each, for duplicate detection
 * over millions of members in bounded memory: about 8 bytes per record instead of the ~80 a
 * `Map<string, number>` costs.
 *
 * An 18-character number is packed into 40 bits: the address code's slot in a small dictionary
 * (13 bits), the birth date as `(year − 1800) × 372 + (month − 1) × 31 + day − 1` (17 bits: one
 * value per calendar slot, not a day count, but injective) and the 3-digit sequence code (10 bits).
 * The check character is not stored: the numbers given are the parsed, valid ones, whose check
 * character follows from the first 17. Chained hashing over typed arrays, the chain slot of a record
 * being the record's own index; anything that does not pack (an odd date, a 8,193rd address code)
 * goes to an ordinary `Map`.
 * @module
 */

const PAGE_BITS = 16;
const PAGE_SIZE = 1 << PAGE_BITS;
const LOW_BITS = 12;
const LOW_MASK = (1 << LOW_BITS) - 1;
const MAX_REGIONS = 1 << 13;
const EMPTY = -1;

/** Starting buckets: a district's members fit without growing. */
const INITIAL_BITS = 16;

/** Maps ID numbers to the index of the first record that had each. */
export class IdNumberIndex {
  /** Address code (0–999999) → dictionary slot + 1; few distinct codes, so a map with the last one at hand. */
  private readonly regionSlots = new Map<number, number>();
  private lastRegion = -1;
  private lastSlot = 0;
  /** Bucket heads: the record index starting each chain, or -1. */
  private heads = new Int32Array(1 << INITIAL_BITS).fill(EMPTY);
  private bucketBits = INITIAL_BITS;
  /** Per record index (paged): the key's bits above the low 12, and the next record in the chain. */
  private readonly highPages: Uint32Array[] = [];
  private readonly nextPages: Int32Array[] = [];
  private count = 0;
  private readonly fallback = new Map<string, number>();

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
    // One pass over the 17 digits: address code, birth date, sequence code.
    let region = 0;
    let date = 0;
    let sequence = 0;
    let bad = id.length === 18 && index >= 0 && index <= 0x7fffffff ? 0 : 1;
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
    const packs = bad === 0;
    const year = (date / 10000) | 0;
    const month = ((date / 100) | 0) % 100;
    const day = date % 100;
    const slot = packs && year >= 1800 && year < 2152 && month >= 1 && month <= 12 && day >= 1 && day <= 31 ? this.regionSlot(region) : 0;
    if (slot === 0) {
      const first = this.fallback.get(id);
      if (first !== undefined) return first;
      this.fallback.set(id, index);
      return -1;
    }
    // The 40-bit key is (slot − 1) · 2^27 + low; it is kept as its low 12 bits (in the bucket) and
    // the 28 bits above them (`high`), so all arithmetic stays in 32-bit integers.
    const low = ((year - 1800) * 372 + (month - 1) * 31 + day - 1) * 1024 + sequence;
    const high = ((slot - 1) << 15) | (low >>> LOW_BITS);
    const bucket = (low & LOW_MASK) | ((high << LOW_BITS) & ((1 << this.bucketBits) - 1));
    const highPages = this.highPages;
    const nextPages = this.nextPages;
    for (let r = this.heads[bucket]!; r !== EMPTY; r = nextPages[r >>> PAGE_BITS]![r & (PAGE_SIZE - 1)]!) {
      // Every record in a bucket shares the key's low 12 bits, so the high bits decide.
      if (highPages[r >>> PAGE_BITS]![r & (PAGE_SIZE - 1)] === high) return r;
    }
    const page = index >>> PAGE_BITS;
    if (page >= highPages.length) this.ensurePage(page);
    const at = index & (PAGE_SIZE - 1);
    highPages[page]![at] = high;
    nextPages[page]![at] = this.heads[bucket]!;
    this.heads[bucket] = index;
    if (++this.count > this.heads.length * 2) this.grow();
    return -1;
  }

  /** The dictionary slot (1-based) of an address code; 0 once the dictionary is full. */
  private regionSlot(region: number): number {
    if (region === this.lastRegion) return this.lastSlot;
    let slot = this.regionSlots.get(region);
    if (slot === undefined) {
      if (this.regionSlots.size >= MAX_REGIONS) return 0;
      slot = this.regionSlots.size + 1;
      this.regionSlots.set(region, slot);
    }
    this.lastRegion = region;
    this.lastSlot = slot;
    return slot;
  }

  private ensurePage(page: number): void {
    while (this.highPages.length <= page) {
      this.highPages.push(new Uint32Array(PAGE_SIZE));
      this.nextPages.push(new Int32Array(PAGE_SIZE));
    }
  }

  /** Doubles the buckets; a record's new bucket takes one more bit from its stored high bits. */
  private grow(): void {
    const oldHeads = this.heads;
    const bits = this.bucketBits + 1;
    const heads = new Int32Array(1 << bits).fill(EMPTY);
    const extra = (1 << (bits - LOW_BITS)) - 1;
    for (let bucket = 0; bucket < oldHeads.length; bucket++) {
      let r = oldHeads[bucket]!;
      while (r !== EMPTY) {
        const page = r >>> PAGE_BITS;
        const slot = r & (PAGE_SIZE - 1);
        const next = this.nextPages[page]![slot]!;
        const target = (bucket & LOW_MASK) | ((this.highPages[page]![slot]! & extra) << LOW_BITS);
        this.nextPages[page]![slot] = heads[target]!;
        heads[target] = r;
        r = next;
      }
    }
    this.heads = heads;
    this.bucketBits = bits;
  }
}
