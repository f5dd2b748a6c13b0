import { UNREADABLE } from '../_lib/safeRead.js';
import type { Issue, Path } from '../result.js';
import { createIssue, type Locale } from '../rules/define.js';
import { toText } from '../text/toText.js';
import { describeKind } from './describeKind.js';
import { orgFieldInvalid, orgFieldTooLong } from './rules.js';

/** A text field as read: `text` is trimmed, `undefined` when blank; `issue` when unusable. */
export type TextRead = { text: string | undefined; issue?: undefined } | { text?: undefined; issue: Issue };

/**
 * Reads a text cell: strings (length-bounded before anything else), numbers and bigints as plain
 * decimals; blank cells are `undefined`; any other value is an `org.field.invalid` issue.
 * @param value - the raw value (possibly {@link UNREADABLE})
 * @param field - the field name for messages (`unit.name`)
 * @param path - where the issue is filed
 * @param max - the longest value accepted
 * @example
 * readText(' 张三 ', 'contact', ['contact'], 200, 'zh-CN').text // '张三'
 * readText({}, 'contact', ['contact'], 200, 'en').issue?.rule // 'org.field.invalid'
 */
export function readText(value: unknown, field: string, path: Path, max: number, locale: Locale): TextRead {
  if (value === undefined || value === null) return { text: undefined };
  if (typeof value === 'string') {
    if (value.length > max) return { issue: createIssue(orgFieldTooLong, path, { field, max }, { locale }) };
    const text = value.trim();
    return { text: text === '' ? undefined : text };
  }
  const text = value === UNREADABLE ? undefined : toText(value);
  if (text === undefined) return { issue: createIssue(orgFieldInvalid, path, { field, got: describeKind(value) }, { locale }) };
  return { text: text.length > max ? undefined : text };
}
