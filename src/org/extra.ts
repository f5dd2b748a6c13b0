/**
 * The `extra` bag of an org or unit draft: fields the record has beyond the known ones, kept as given.
 * @module
 */
import { isPlainObject, ownKeys, readOwn, setOwn } from '../_lib/safeRead.js';

/**
 * Keeps field `key` of a record in `extra`. A plain-object `extra` field is the bag of a validated
 * org (or unit) read back: its fields are unpacked rather than nested, so validating a validated
 * org gives the same org.
 * @example
 * const extra: Record<string, unknown> = {};
 * keepExtra(extra, '备注', '新成立');
 * keepExtra(extra, 'extra', { 来源: '旧系统' });
 * extra // { 备注: '新成立', 来源: '旧系统' }
 */
export function keepExtra(extra: Record<string, unknown>, key: string, value: unknown): void {
  const keys = key === 'extra' && isPlainObject(value) ? ownKeys(value) : undefined;
  if (keys === undefined) return setOwn(extra, key, value);
  for (const k of keys) setOwn(extra, k, readOwn(value as object, k));
}
