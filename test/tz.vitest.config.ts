// Run by test/tz-suites.test.ts (not by `npm test` directly): the date and member suites once per
// time zone, as vitest projects in one process. `env.TZ` is set in each worker before a test file
// runs; Node re-reads TZ when it changes, and test/tz-zone.check.ts proves each project's zone.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Tests assert results, never speed: a budget a loaded 2-core machine meets (vitest's default is 5 s). */
const LOADED_MACHINE_BUDGET = 300_000;

export const ZONES = ['Asia/Shanghai', 'UTC', 'America/Sao_Paulo', 'Pacific/Apia'] as const;

/** The suites whose results may depend on the local zone: calendar, dates in identifiers, members. */
export const ZONED_SUITES = [
  'test/tz-zone.check.ts',
  'src/dates/**/*.test.ts',
  'src/identifiers/date.test.ts',
  'src/identifiers/excelSerial.test.ts',
  'src/member/**/*.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    projects: ZONES.map((zone) => ({
      test: { name: `TZ=${zone}`, root: fileURLToPath(new URL('..', import.meta.url)), include: ZONED_SUITES, environment: 'node', env: { TZ: zone }, isolate: false, testTimeout: LOADED_MACHINE_BUDGET, hookTimeout: LOADED_MACHINE_BUDGET },
    })),
  },
});
