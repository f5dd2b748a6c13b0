import { describe, expect, it } from 'vitest';
import { addYears, ageOn, daysInMonth, formatYmd, isLeapYear, isRealDay, readYmd } from './calendar.js';
import { ymdOf } from './utcDay.js';

describe('calendar', () => {
  it('knows leap years', () => {
    expect([1900, 2000, 2016, 2017].map(isLeapYear)).toEqual([false, true, true, false]);
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(daysInMonth(2017, 2)).toBe(28);
    expect(daysInMonth(2017, 13)).toBe(0);
  });
  it('checks real days by arithmetic', () => {
    expect(isRealDay(2017, 2, 29)).toBe(false);
    expect(isRealDay(2016, 2, 29)).toBe(true);
    expect(isRealDay(2017, 4, 31)).toBe(false);
    expect(isRealDay(0, 1, 1)).toBe(false);
  });
  it('reads and formats YYYY-MM-DD strictly', () => {
    expect(readYmd('2016-02-29')).toEqual({ year: 2016, month: 2, day: 29 });
    expect(readYmd('2017-02-29')).toBeUndefined();
    expect(readYmd('2017-2-9')).toBeUndefined();
    expect(readYmd('2017-0a-01')).toBeUndefined();
    expect(formatYmd({ year: 921, month: 7, day: 1 })).toBe('0921-07-01');
  });
  it('adds years with 29 February landing on 28 February', () => {
    expect(addYears('2016-02-29', 1)).toBe('2017-02-28');
    expect(addYears('2016-02-29', 4)).toBe('2020-02-29');
    expect(addYears('2017-07-24', 2)).toBe('2019-07-24');
  });
  it('counts age by birthdays passed', () => {
    expect(ageOn('1999-07-01', '2017-07-01')).toBe(18);
    expect(ageOn('1999-07-02', '2017-07-01')).toBe(17);
    expect(ageOn('2000-02-29', '2018-02-28')).toBe(18);
    expect(ageOn('2000-02-29', '2018-02-27')).toBe(17);
    expect(ageOn('bad', '2018-02-27')).toBeNaN();
  });
  it('reads today in local time', () => {
    expect(ymdOf(new Date(2017, 6, 24, 23, 59))).toBe('2017-07-24');
  });
});
