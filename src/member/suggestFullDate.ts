/**
 * The guide's fallback for a lost full-membership date (注意事项（一）3): "党员转正日期一般情况按入党日期顺延一年".
 * @module
 */
import { addYears } from 'date-fns/addYears';
import { utcDay, ymdOf } from '../dates/utcDay.js';
import { parseDate } from '../identifiers/date.js';
import { resolveOptions } from '../options.js';
import type { Locale } from '../rules/define.js';
import { isBlankCell } from './check/cells.js';
import { normalizeMemberType } from './normalize/choices.js';

/**
 * A proposed value, never applied by the library itself: someone must accept it.
 * @category Members
 */
export interface FullDateSuggestion {
  path: ['fullDate'];
  /** Join date + 1 year (`YYYY-MM-DD`; a 29 February join date gives 28 February). */
  value: string;
  suggested: true;
  /** Why, in the message language. */
  message: string;
}

function readField(member: unknown, key: string): unknown {
  try {
    return (member as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/**
 * When a 正式党员's 转为正式党员日期 is blank because the papers are lost, the guide takes the join date + 1
 * year: this returns that as a suggestion to show, never applied silently. `undefined` when there is nothing
 * to suggest (no readable join date, a 预备党员, or a full date already given).
 * @param member - a member record (raw or normalised)
 * @param options - `locale` of the message
 * @returns the suggestion, or `undefined`
 * @example
 * suggestFullDate({ memberType: '正式党员', joinDate: '2010-09-01' })?.value // '2011-09-01'
 * @example
 * suggestFullDate({ memberType: '正式党员', joinDate: '2016-02-29' })?.value // '2017-02-28'
 * @example
 * suggestFullDate({ memberType: '预备党员', joinDate: '2016-07-01' }) // undefined
 * @category Members
 */
export function suggestFullDate(member: unknown, options?: { locale?: Locale }): FullDateSuggestion | undefined {
  if (member === null || typeof member !== 'object') return undefined;
  if (normalizeMemberType(readField(member, 'memberType')) === '预备党员') return undefined;
  if (!isBlankCell(readField(member, 'fullDate'))) return undefined;
  const join = parseDate(readField(member, 'joinDate'));
  if (!join.ok) return undefined;
  const joined = utcDay(join.value.value);
  if (!joined) return undefined;
  const value = ymdOf(addYears(joined, 1)); // 29 February + 1 year: 28 February, as date-fns does
  const en = resolveOptions(options).locale === 'en';
  return {
    path: ['fullDate'],
    value,
    suggested: true,
    message: en
      ? `Suggested date of full membership ${value} (date of joining + 1 year, guide note 1.3): only if the papers are lost — confirm before use`
      : `建议转为正式党员日期 ${value}（按入党日期顺延一年，辅导稿注意事项（一）3）：仅限材料丢失无法查找时使用，须确认后填写`,
  };
}
