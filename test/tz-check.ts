/**
 * Run by test/tz.test.ts in a child process per time zone (`TZ=… node --import tsx test/tz-check.ts`):
 * prints, as JSON, what the date handling of src/identifiers gives in that zone.
 */
import { parseDate } from '../src/identifiers/date.js';
import { isValidIdNumber } from '../src/identifiers/idNumber.js';

const ymd = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const valueOf = (input: unknown) => {
  const r = parseDate(input);
  return r.ok ? r.value.value : r.issues.map((i) => i.rule).join();
};

// Every local midnight from 1900 to 2100: a Date made from local fields must read back as those fields,
// except where the zone skipped that day (then the Date itself lands on the next day).
const mismatches: string[] = [];
let days = 0;
for (let y = 1900; y <= 2100; y++) {
  for (let m = 1; m <= 12; m++) {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    for (let d = 1; d <= last; d++) {
      days++;
      const got = valueOf(new Date(y, m - 1, d));
      if (got !== ymd(y, m, d)) mismatches.push(`${ymd(y, m, d)}→${got}`);
    }
  }
}

const fixed = ['2017-07-24', '2017/7/24', '2017.7.24', '20170724', '2017年7月24日', '2017-07', '201707', 42940, '42940', 61, '2016-02-29'];

console.log(
  JSON.stringify({
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    days,
    mismatches,
    utcMidnight: valueOf(new Date(Date.UTC(2017, 6, 24))),
    lateEvening: valueOf(new Date(2017, 6, 24, 23, 59, 59, 999)),
    fixed: fixed.map(valueOf),
    idTodayAsDate: [
      isValidIdNumber('110105201707240010', { today: new Date(2017, 6, 24) }),
      isValidIdNumber('110105201707240010', { today: new Date(2017, 6, 23, 23, 59) }),
    ],
  }),
);
