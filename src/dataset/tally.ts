/**
 * Counting by key for the summary.
 * @module
 */
/**
 * Counts by a key (a code, a name or a band); keys with no record are absent.
 * @category Dataset
 */
export type Counts = Record<string, number>;

/**
 * Counts by key in a map (keys come from input: `__proto__` must stay an ordinary key), with the
 * last key's counter at hand — consecutive records mostly repeat a value, often the very same
 * string (a code table's code), so most bumps are one comparison and one increment.
 * @example
 * new Tally().add('男', 2).add('女', 1).toCounts(['男', '女']) // { 男: 2, 女: 1 }
 */
export class Tally {
  private readonly counters = new Map<string, { n: number }>();
  private lastKey: string | undefined;
  private last: { n: number } = { n: 0 };

  bump(key: string): void {
    if (key === this.lastKey) {
      this.last.n++;
      return;
    }
    let counter = this.counters.get(key);
    if (counter === undefined) {
      counter = { n: 0 };
      this.counters.set(key, counter);
    }
    counter.n++;
    this.lastKey = key;
    this.last = counter;
  }

  /** Adds `n` to a key's count (nothing for 0: keys with no record stay absent). */
  add(key: string, n: number): this {
    if (n > 0) {
      this.bump(key);
      this.last.n += n - 1;
    }
    return this;
  }

  /** A plain object of the counts, keys in the given order (the rest sorted after them). */
  toCounts(first: readonly string[] = []): Counts {
    const keys = [...first.filter((k) => this.counters.has(k)), ...[...this.counters.keys()].filter((k) => !first.includes(k)).sort()];
    return Object.fromEntries(keys.map((k) => [k, this.counters.get(k)!.n]));
  }
}
