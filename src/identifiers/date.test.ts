import { describe, expect, it } from 'vitest';
import { parseDate } from './date.js';

const value = (input: unknown) => {
  const r = parseDate(input);
  return r.ok ? r.value : r.issues.map((i) => i.rule).join();
};

describe('parseDate: every form docs/spreadsheets.md lists', () => {
  it.each([
    ['2017-07-24', '2017-07-24'],
    ['2017/7/24', '2017-07-24'],
    ['2017.7.24', '2017-07-24'],
    ['20170724', '2017-07-24'],
    ['2017年7月24日', '2017-07-24'],
    ['2017 年 7 月 24 日', '2017-07-24'],
    ['2017年07月24号', '2017-07-24'],
    ['2017-7-4', '2017-07-04'],
    ['２０１７－０７－２４', '2017-07-24'],
    [' 2017-07-24 ', '2017-07-24'],
    ['2017-07-24 00:00:00', '2017-07-24'],
    ['2017-07-24T08:30', '2017-07-24'],
    [20170724, '2017-07-24'],
    ['2016-02-29', '2016-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['1921-07-01', '1921-07-01'],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toEqual({ ok: true, value: { value: expected, dayAssumed: false }, issues: [] });
  });

  it.each([
    ['2017-07', '2017-07-01'],
    ['2017/7', '2017-07-01'],
    ['2017.7', '2017-07-01'],
    ['2017.07', '2017-07-01'],
    ['201707', '2017-07-01'],
    [201707, '2017-07-01'],
    ['2017年7月', '2017-07-01'],
    ['2017 年 12 月', '2017-12-01'],
  ])('month only %s → the 1st with date.dayAssumed', (input, expected) => {
    const r = parseDate(input);
    expect(r).toMatchObject({ ok: true, value: { value: expected, dayAssumed: true } });
    expect(r.issues.map((i) => [i.rule, i.severity])).toEqual([['date.dayAssumed', 'warning']]);
  });

  it('date.dayAssumed is quiet for full dates', () => {
    expect(parseDate('2017-07-24').issues).toEqual([]);
  });
});

describe('parseDate: Excel serial numbers (1900 system)', () => {
  it.each([
    [42940, '2017-07-24'],
    ['42940', '2017-07-24'],
    [42940.99, '2017-07-24'], // the time of day is dropped
    ['42940.5', '2017-07-24'],
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [7306, '1920-01-01'],
    [9192, '1925-03-01'],
    [99999, '2173-10-13'],
  ])('%s → %s', (input, expected) => {
    expect(value(input)).toEqual({ value: expected, dayAssumed: false });
  });

  it('serial 60, the fictitious 1900-02-29, is an error that says so', () => {
    const r = parseDate(60, { locale: 'en' });
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ rule: 'date.format', message: expect.stringContaining('1900-02-29') });
  });

  it('bare years 1900–2100 are years, not serials', () => {
    expect(value(2017)).toBe('date.format');
    expect(value('2017')).toBe('date.format');
    expect(parseDate(1949).issues[0]!.message).toContain('年份');
  });
});

describe('parseDate: Date objects', () => {
  it('are read in local time', () => {
    expect(value(new Date(2017, 6, 24))).toEqual({ value: '2017-07-24', dayAssumed: false });
    expect(value(new Date(2017, 6, 24, 23, 59, 59))).toEqual({ value: '2017-07-24', dayAssumed: false });
  });
  it('invalid Dates and forged Dates are errors, never throws', () => {
    expect(value(new Date(Number.NaN))).toBe('date.format');
    expect(value(Object.create(Date.prototype))).toBe('date.format');
    expect(value(new Proxy(new Date(), { getPrototypeOf() { throw new Error('boom'); } }))).toBe('date.format');
    expect(value(new Date(8.64e15))).toBe('date.format'); // year 275760
  });
});

describe('parseDate: invalid input', () => {
  it.each([
    '2017-02-29', '1900-02-29', '2017-13-01', '2017-00-10', '2017-04-31', '2017-07-00', '2017年13月', '201713', '20170732',
  ])('%s is no real day', (input) => {
    expect(parseDate(input).issues.map((i) => i.rule)).toEqual(['date.format']);
    expect(parseDate(input).issues[0]!.message).toContain('不是真实存在的日期');
  });

  it.each([
    'abc', '17-7-24', '2017-7-24-1', '2017/07-24', '2017-007-24', '2017年', '年7月24日', '2017-07-24Z', '2017-07-24T00:00:00.000Z',
    '2017-07-24 abc', '7/24/2017', '24.7.2017', '-42940', '0', '1e5', '100000', '', '   ',
  ])('%s has no known form', (input) => {
    expect(value(input)).toBe('date.format');
  });

  it.each([null, undefined, true, {}, [], Symbol('d'), 10n, () => 0, Number.NaN, Infinity, -5])('non-date %s', (input) => {
    expect(value(input)).toBe('date.format');
  });

  it('caps length before scanning', () => {
    expect(value('2'.repeat(1_000_000))).toBe('date.format');
    expect(parseDate('2'.repeat(100)).issues[0]!.message).toContain('过长');
  });

  it('messages in English on request, never echoing the input', () => {
    const r = parseDate('13800138000', { locale: 'en' });
    expect(r.issues[0]!.message).toMatch(/^Date /);
    expect(r.issues[0]!.message).not.toContain('13800138000');
  });
});
