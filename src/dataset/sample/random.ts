/**
 * A small seeded pseudo-random generator for the sample district: the same seed gives the same
 * district on every machine and every run (no `Math.random`, no clock).
 * @module
 */

/** A deterministic source of random numbers and the picks the generator needs. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both included). */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One element of a non-empty list of `[item, weight]` pairs, in proportion to the weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
}

/**
 * A {@link Random} from a 32-bit seed (mulberry32: fast, small state, good enough for test data —
 * not for anything secret).
 * @param seed - any integer; the same seed gives the same sequence
 * @example
 * createRandom(1).next() === createRandom(1).next() // true
 * createRandom(7).int(1, 6) >= 1 // true
 */
export function createRandom(seed: number): Random {
  const cumulative = new WeakMap<readonly (readonly [unknown, number])[], Float64Array>();
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted: (items) => {
      // Cumulative weights, computed once per (constant) list.
      let sums = cumulative.get(items);
      if (sums === undefined) {
        sums = new Float64Array(items.length);
        let total = 0;
        for (let i = 0; i < items.length; i++) sums[i] = total += items[i]![1];
        cumulative.set(items, sums);
      }
      const r = next() * sums[sums.length - 1]!;
      let lo = 0;
      let hi = sums.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sums[mid]! > r) hi = mid;
        else lo = mid + 1;
      }
      return items[lo]![0];
    },
  };
}
