/**
 * Input bounds, checked before any regular expression or loop touches a value: longer input is
 * rejected with the field's format rule, so time stays proportionate to what a real field holds.
 * @category Text
 */
export const MAX_LENGTH = {
  /** ID numbers, credit codes, org codes, phones, dates and codes (with spaces and prefixes). */
  identifier: 64,
  /** Person names, org names, unit names, destinations. */
  name: 200,
  /** Home address and free-text notes. */
  text: 1000,
} as const;
