/**
 * `--today`, read as a date cell is read: the same forms, the same parser.
 * @module
 */
import { parseDate } from '../identifiers/date.js';

/**
 * `--today` as `YYYY-MM-DD`, or why it is not a whole day.
 * @example
 * readToday('2017年7月24日', 'zh-CN') // '2017-07-24'
 * readToday('2017/7/24', 'en') // '2017-07-24'
 * readToday('2017-02-30', 'en') instanceof Error // true
 */
export function readToday(text: string, locale: 'zh-CN' | 'en'): string | Error {
  const en = locale === 'en';
  const parsed = parseDate(text.trim());
  if (!parsed.ok) return new Error(en ? `--today is not a date: ${text} (use 2017-07-24, 2017/7/24 or 2017年7月24日)` : `--today 不是有效日期：${text}（可写 2017-07-24、2017/7/24 或 2017年7月24日）`);
  if (parsed.value.dayAssumed) return new Error(en ? `--today needs a day, not only a month: ${text}` : `--today 需要写到日，不能只有年月：${text}`);
  return parsed.value.value;
}
