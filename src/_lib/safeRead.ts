/**
 * Reading values of unknown shape without throwing: own properties only, and every step that can
 * run someone else's code (a getter, a proxy trap, a revoked proxy) is guarded. Nothing here
 * mutates its input. Shared by the record readers (`src/org`, `src/tree`), the option readers
 * (`src/identifiers/readOption.ts`, the sample generator) and the member reader.
 * @module
 */

/** What {@link readOwn} and {@link readIndex} return when reading threw. */
export const UNREADABLE: unique symbol = Symbol('unreadable');

const hasOwn = Object.prototype.hasOwnProperty;
const dateTime = Date.prototype.getTime;
const objectTag = Object.prototype.toString;

/**
 * `Array.isArray` that says `false` where it would throw (a revoked proxy).
 * @example
 * isArray([1, 2]) // true
 * isArray({ length: 0 }) // false
 */
export function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * A value's type for messages: `null`, `array`, or its `typeof` (never throws: a revoked proxy is an
 * `object`).
 * @example
 * typeName(null) // 'null'
 * typeName([]) // 'array'
 */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  return isArray(value) ? 'array' : typeof value;
}

/**
 * True for a real `Date`: its `[object Date]` tag, then its internal date slot (a getter or proxy trap
 * that throws makes it "not a Date"; a proxy of a Date is not a Date here — its time cannot be read
 * without its traps). Never throws, and costs no exception for ordinary objects.
 * @example
 * isDate(new Date(2017, 6, 24)) // true
 * isDate(new Date(Number.NaN)) // true
 * isDate('2017-07-24') // false
 * isDate(new Proxy(new Date(), {})) // false
 */
export function isDate(value: unknown): value is Date {
  if (value === null || typeof value !== 'object') return false;
  try {
    // The tag filters first: a thrown brand check costs microseconds, and records are ordinary objects.
    if (objectTag.call(value) !== '[object Date]') return false;
    dateTime.call(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * True for objects a record can be read from: not `null`, not an array, not a function, not a
 * revoked proxy.
 * @example
 * isRecordLike({ name: '中共某某支部委员会' }) // true
 * isRecordLike([1, 2]) // false
 */
export function isRecordLike(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  try {
    return !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * True for a plain object (prototype `Object.prototype` or `null`), read without throwing — what a
 * record or an `extra` bag read back from JSON or from this library looks like.
 * @example
 * isPlainObject({ a: 1 }) // true
 * isPlainObject(Object.create(null)) // true
 * isPlainObject(new Map()) // false
 * isPlainObject([]) // false
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  try {
    const proto: unknown = Object.getPrototypeOf(value);
    return (proto === Object.prototype || proto === null) && !Array.isArray(value);
  } catch {
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
    return hasOwn.call(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
  } catch {
    return UNREADABLE;
  }
}

/**
 * The own property `key` of any value: `undefined` when `value` is not an object, when the property
 * is absent or inherited, and when reading it threw (for options, where unreadable means unset).
 * @example
 * readOwnOf({ locale: 'en' }, 'locale') // 'en'
 * readOwnOf(null, 'locale') // undefined
 * readOwnOf(Object.create({ locale: 'en' }), 'locale') // undefined
 */
export function readOwnOf(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  const read = readOwn(value, key);
  return read === UNREADABLE ? undefined : read;
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
