/**
 * One date field of a member record, through the shared date parser.
 * @module
 */
import { parseDate } from '../../identifiers/date.js';
import type { MemberEnv } from './env.js';
import { canonicalDate } from '../../identifiers/canonical.js';
import { reportChange } from './fieldIssues.js';
import type { RecordSink } from './sink.js';

/**
 * Parses a non-blank date cell: issues filed under `field` (except the rule `skip`), the change reported,
 * the `YYYY-MM-DD` value returned, or `undefined` when it did not parse.
 * @example
 * readDateField('2017/7/24', 'joinDate', memberEnv(resolveOptions({ today: '2017-07-24' })), new RecordSink('zh-CN')) // '2017-07-24'
 */
export function readDateField(input: unknown, field: string, env: MemberEnv, sink: RecordSink, skip?: string): string | undefined {
  const canonical = canonicalDate(input);
  if (canonical !== undefined) return canonical;
  const result = parseDate(input, env.messageOptions);
  if (result.issues.length > 0) sink.addUnder(result.issues, field, skip);
  if (!result.ok) return undefined;
  const value = result.value.value;
  reportChange(sink, field, input, value);
  return value;
}
