// Runs only under test/tz.vitest.config.ts: proves the project's zone is in force in this worker.
import { expect, it } from 'vitest';
import { resolveOptions } from '../src/index.js';

/** Minutes east of UTC on 2017-07-24 (July: São Paulo and Apia, which kept summer time then, were on standard time). */
const OFFSET: Record<string, number> = { 'Asia/Shanghai': 480, UTC: 0, 'America/Sao_Paulo': -180, 'Pacific/Apia': 780 };

it(`runs in ${process.env.TZ}`, () => {
  const zone = process.env.TZ!;
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  expect(0 - new Date(2017, 6, 24).getTimezoneOffset() || 0).toBe(OFFSET[zone]);
  // A Date as `today` is read as that zone's calendar day.
  expect(resolveOptions({ today: new Date(2017, 6, 24, 23, 59) }).today).toBe('2017-07-24');
});
