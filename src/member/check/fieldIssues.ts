/**
 * The issues every field step raises the same way: a blank required field (an error, or a warning for a
 * 失联 member), a value that is not one of the form's choices, and a normalised change.
 * @module
 */
import { memberFieldSpec } from '../fields.js';
import { memberInvalidRules, memberRequiredRules } from '../rules/fieldRules.js';
import { cellText } from './cells.js';
import { displayValue, shortText } from './display.js';
import type { RecordSink } from './sink.js';

type RequiredField = keyof typeof memberRequiredRules;
type InvalidField = keyof typeof memberInvalidRules;

/**
 * Reports a blank required field: `member.<field>.required`, a warning instead of an error when the member
 * lost contact and the field table allows it (`blank: 'errorUnlessLost'`; never for `name`).
 * @example
 * reportRequired(new RecordSink('zh-CN'), 'joinDate')
 */
export function reportRequired(sink: RecordSink, field: RequiredField): void {
  if (sink.lost && memberFieldSpec(field).blank === 'errorUnlessLost') sink.add(memberRequiredRules[field], [field], { lost: true }, 'warning');
  else sink.add(memberRequiredRules[field], [field], {});
}

/**
 * Reports a value the form does not allow: `member.<field>.invalid` with a safe display of it.
 * @example
 * reportInvalid(new RecordSink('zh-CN'), 'gender', '未知')
 */
export function reportInvalid(sink: RecordSink, field: InvalidField, input: unknown): void {
  sink.add(memberInvalidRules[field], [field], { value: displayValue(input) });
}

/**
 * Records a change when the cell's text (a string or number; other types are conversions, not changes)
 * differs from the normalised text `after`. `mask` hides ID and phone numbers on both sides.
 * @example
 * reportChange(new RecordSink('zh-CN'), 'gender', 1, '男')
 */
export function reportChange(
  sink: RecordSink,
  field: string,
  input: unknown,
  after: string,
  mask: (text: string) => string = shortText,
): void {
  if (typeof input === 'string') {
    // Trimming is a change too (the cell is rewritten): the untrimmed text is the "before".
    if (input !== after) sink.change([field], mask(input.length > 4096 ? input.slice(0, 4096) : input), mask(after));
    return;
  }
  if (typeof input !== 'number') return;
  const before = cellText(input);
  if (before !== after) sink.change([field], mask(before), mask(after));
}
