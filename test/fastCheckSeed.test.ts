import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('property-test seed (test/setup/fastCheckSeed.ts)', () => {
  it('replays FC_SEED when it is set (CI sets it), and draws anew otherwise', () => {
    const seed = Number(process.env.FC_SEED);
    expect(fc.readConfigureGlobal().seed).toBe(Number.isInteger(seed) ? seed : undefined);
  });
});
