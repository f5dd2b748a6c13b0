import { isRecordLike, ownKeys, readOwn, setOwn, UNREADABLE } from '../_lib/safeRead.js';

/** In a patch: remove the key from the copy. */
export const REMOVE: unique symbol = Symbol('remove');

/** Values to set (or {@link REMOVE}) on the copy, by key. */
export type Patch = ReadonlyMap<string, unknown>;

/**
 * A new plain object with the record's own enumerable fields and the patch applied; the record
 * itself is never changed. Keys like `__proto__` stay ordinary fields; unreadable fields are left out.
 * @example
 * copyRecord({ id: 'a', parentId: 'x' }, new Map([['parentId', 'y']])) // { id: 'a', parentId: 'y' }
 * copyRecord({ id: 'a', unit: {} }, new Map([['unit', REMOVE]])) // { id: 'a' }
 */
export function copyRecord(record: unknown, patch: Patch): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (isRecordLike(record)) {
    for (const key of ownKeys(record) ?? []) {
      if (patch.has(key)) continue;
      const value = readOwn(record, key);
      if (value !== UNREADABLE) setOwn(out, key, value);
    }
  }
  for (const [key, value] of patch) if (value !== REMOVE) setOwn(out, key, value);
  return out;
}
