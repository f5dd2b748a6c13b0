/**
 * How `src/org` names a value it cannot use, for messages. The defensive reading itself lives in
 * `src/_lib/safeRead.ts`.
 * @module
 */
import { isDate, UNREADABLE } from '../_lib/safeRead.js';

/**
 * A short, safe description of a value's kind for messages (never the value itself).
 * @example
 * describeKind(null) // 'null'
 * describeKind([1]) // 'array'
 * describeKind(new Date(2017, 6, 24)) // 'Date'
 */
export function describeKind(value: unknown): string {
  if (value === UNREADABLE) return 'unreadable';
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  try {
    if (Array.isArray(value)) return 'array';
  } catch {
    return 'unreadable'; // a revoked proxy
  }
  return isDate(value) ? 'Date' : 'object';
}
