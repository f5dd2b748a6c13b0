/**
 * Defensive reading of records of unknown shape: own properties only, getters that throw and
 * proxies that refuse are caught, nothing is mutated. Shared by `src/org` and `src/tree`.
 * @module
 */

/** What {@link readOwn} returns when reading the property threw. */
export const UNREADABLE: unique symbol = Symbol('unreadable');

/**
 * True for objects a record can be read from: not `null`, not an array, not a function.
 * @example
 * isRecordLike({ name: '中共某某支部委员会' }) // true
 * isRecordLike([1, 2]) // false
 */
export function isRecordLike(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  try {
    return !Array.isArray(value);
  } catch {
    // A revoked proxy throws on Array.isArray.
    return false;
  }
}

/**
 * The own property `key` of `obj`, `undefined` when absent, {@link UNREADABLE} when reading threw.
 * Inherited properties (`toString`, a polluted prototype) are never read.
 * @example
 * readOwn({ name: 'x' }, 'name') // 'x'
 * readOwn({}, 'toString') // undefined
 */
export function readOwn(obj: object, key: string): unknown {
  try {
    return Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
  } catch {
    return UNREADABLE;
  }
}

/**
 * The own enumerable string keys of `obj`, or `undefined` when listing them threw.
 * @example
 * ownKeys({ a: 1, b: 2 }) // ['a', 'b']
 */
export function ownKeys(obj: object): string[] | undefined {
  try {
    return Object.keys(obj);
  } catch {
    return undefined;
  }
}

/**
 * Sets an own, enumerable property even for keys like `__proto__` that a plain assignment would
 * turn into a prototype change.
 * @example
 * const extra: Record<string, unknown> = {};
 * setOwn(extra, '__proto__', 1);
 * Object.keys(extra) // ['__proto__']
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A short, safe description of a value's kind for messages (never the value itself).
 * @example
 * describeKind(null) // 'null'
 * describeKind([1]) // 'array'
 */
export function describeKind(value: unknown): string {
  if (value === UNREADABLE) return 'unreadable';
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  try {
    if (Array.isArray(value)) return 'array';
    if (value instanceof Date) return 'Date';
  } catch {
    return 'unreadable';
  }
  return 'object';
}

/**
 * The length of a value when it is an array, read defensively (a proxy may throw); `undefined`
 * otherwise.
 * @example
 * arrayLength([1, 2]) // 2
 * arrayLength('ab') // undefined
 */
export function arrayLength(value: unknown): number | undefined {
  try {
    if (!Array.isArray(value)) return undefined;
    const n = value.length;
    return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Element `i` of an array, {@link UNREADABLE} when reading it threw.
 * @example
 * readIndex(['a', 'b'], 1) // 'b'
 */
export function readIndex(array: unknown, i: number): unknown {
  try {
    return (array as unknown[])[i];
  } catch {
    return UNREADABLE;
  }
}
