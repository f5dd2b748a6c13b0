import { describe, expect, it } from 'vitest';
import { suggestFullDate } from './suggestFullDate.js';
import { validMember } from './testing/fixtures.js';

describe('suggestFullDate', () => {
  it('suggests join + 1 year for a full member without the date, marked as a suggestion', () => {
    const s = suggestFullDate({ ...validMember(), fullDate: '' });
    expect(s).toMatchObject({ path: ['fullDate'], value: '2006-07-01', suggested: true });
    expect(s!.message).toContain('2006-07-01');
  });
  it('reads the join date as spreadsheets give it; 29 February lands on 28 February', () => {
    expect(suggestFullDate({ memberType: '正式', joinDate: '2008年2月29日' })?.value).toBe('2009-02-28');
  });
  it('has nothing to suggest for a probationary member, a given date, or no join date', () => {
    expect(suggestFullDate({ memberType: '预备党员', joinDate: '2017-01-01' })).toBeUndefined();
    expect(suggestFullDate(validMember())).toBeUndefined();
    expect(suggestFullDate({ memberType: '正式党员', joinDate: '不详' })).toBeUndefined();
    expect(suggestFullDate(null)).toBeUndefined();
  });
  it('never changes the member', () => {
    const member = Object.freeze({ ...validMember(), fullDate: '' });
    suggestFullDate(member);
    expect(member.fullDate).toBe('');
  });
});
