// Date handling under several time zones: each zone runs test/tz-check.ts in its own Node process
// (TZ must be set before the process creates its first Date), and the results are compared here.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./tz-check.ts', import.meta.url));
const ZONES = ['Asia/Shanghai', 'UTC', 'America/Sao_Paulo', 'Pacific/Apia'] as const;

interface ZoneReport {
  zone: string;
  days: number;
  mismatches: string[];
  utcMidnight: string;
  lateEvening: string;
  fixed: string[];
  idTodayAsDate: boolean[];
}

function runIn(zone: string): ZoneReport {
  const out = execFileSync(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return JSON.parse(out) as ZoneReport;
}

describe.each(ZONES)('TZ=%s', (zone) => {
  const report = runIn(zone);

  it('really runs in that zone', () => {
    expect(report.zone).toBe(zone);
  });

  it('a Date made from local fields reads back as those fields, every day 1900–2100', () => {
    expect(report.days).toBe(73414);
    // Samoa skipped 30 December 2011 when it crossed the date line: that local day does not exist.
    expect(report.mismatches).toEqual(zone === 'Pacific/Apia' ? ['2011-12-30→2011-12-31'] : []);
  });

  it('Dates are read in local time', () => {
    expect(report.lateEvening).toBe('2017-07-24');
    // 2017-07-24T00:00Z is still the 23rd in São Paulo (UTC−3) and already the 24th east of Greenwich.
    expect(report.utcMidnight).toBe(zone === 'America/Sao_Paulo' ? '2017-07-23' : '2017-07-24');
  });

  it('text and serial forms do not depend on the zone', () => {
    expect(report.fixed).toEqual([
      '2017-07-24', '2017-07-24', '2017-07-24', '2017-07-24', '2017-07-24', '2017-07-01', '2017-07-01',
      '2017-07-24', '2017-07-24', '1900-03-01', '2016-02-29',
    ]);
  });

  it('a Date given as `today` is a local day', () => {
    expect(report.idTodayAsDate).toEqual([true, false]);
  });
});
