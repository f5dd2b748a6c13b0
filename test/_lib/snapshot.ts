/**
 * Structural snapshots and deep freezing, to prove that a function leaves its input alone.
 *
 * A snapshot is a string describing everything observable about a value without running any of
 * its code: own keys and property descriptors (getters are not called), prototypes, frozen and
 * extensible state, Map and Set contents, Date times, boxed and typed-array contents, identity
 * (shared and cyclic references). Proxies are opaque (never inspected: that would run their traps).
 */
import { types } from 'node:util';

const { isProxy } = types;

/** Everything observable about `value`, as text; two equal snapshots mean nothing was changed. */
export function snapshot(value: unknown): string {
  const ids = new Map<unknown, number>();
  const out: string[] = [];
  const idOf = (v: unknown): [number, boolean] => {
    const seen = ids.get(v);
    if (seen !== undefined) return [seen, true];
    ids.set(v, ids.size);
    return [ids.size - 1, false];
  };
  const walk = (v: unknown): void => {
    switch (typeof v) {
      case 'string':
        out.push(v.length > 64 ? `s${v.length}:${hash(v)}` : JSON.stringify(v));
        return;
      case 'number':
        out.push(Object.is(v, -0) ? '-0' : String(v));
        return;
      case 'bigint':
        out.push(`${v}n`);
        return;
      case 'boolean':
      case 'undefined':
        out.push(String(v));
        return;
      case 'symbol': {
        const [id] = idOf(v);
        out.push(`sym#${id}(${String(v.description)})`);
        return;
      }
    }
    if (v === null) {
      out.push('null');
      return;
    }
    const [id, seen] = idOf(v);
    if (seen) {
      out.push(`#${id}`);
      return;
    }
    if (isProxy(v)) {
      out.push(`proxy#${id}`);
      return;
    }
    const o = v as object;
    const proto: unknown = Object.getPrototypeOf(o);
    out.push(`{#${id} ${protoName(proto)} ${Object.isFrozen(o) ? 'F' : Object.isSealed(o) ? 'S' : Object.isExtensible(o) ? 'E' : 'N'}`);
    internal(o, walk, out);
    for (const key of Reflect.ownKeys(o)) {
      const d = Object.getOwnPropertyDescriptor(o, key)!;
      out.push(typeof key === 'symbol' ? `[sym:${String(key.description)}]` : JSON.stringify(key));
      out.push(`${d.enumerable ? 'e' : ''}${d.configurable ? 'c' : ''}${d.writable ? 'w' : ''}:`);
      if ('value' in d) walk(d.value);
      else {
        walk(d.get);
        walk(d.set);
      }
    }
    out.push('}');
  };
  walk(value);
  return out.join(' ');
}

/** Contents held in internal slots rather than properties. */
function internal(o: object, walk: (v: unknown) => void, out: string[]): void {
  if (types.isDate(o)) out.push(`date:${Date.prototype.getTime.call(o)}`);
  else if (types.isMap(o)) {
    out.push('map:');
    Map.prototype.forEach.call(o, (v: unknown, k: unknown) => {
      walk(k);
      walk(v);
    });
  } else if (types.isSet(o)) {
    out.push('set:');
    Set.prototype.forEach.call(o, (v: unknown) => walk(v));
  } else if (types.isBoxedPrimitive(o)) {
    out.push('boxed:');
    walk(unbox(o));
  } else if (types.isTypedArray(o)) {
    out.push(`typed:${Array.prototype.join.call(o as unknown as ArrayLike<unknown>, ',')}`);
  } else if (types.isArrayBuffer(o)) {
    out.push(`buffer:${Array.prototype.join.call(new Uint8Array(o as ArrayBuffer), ',')}`);
  }
}

function unbox(o: object): unknown {
  if (types.isStringObject(o)) return String.prototype.valueOf.call(o);
  if (types.isNumberObject(o)) return Number.prototype.valueOf.call(o);
  if (types.isBooleanObject(o)) return Boolean.prototype.valueOf.call(o);
  if (types.isBigIntObject(o)) return BigInt.prototype.valueOf.call(o);
  if (types.isSymbolObject(o)) return Symbol.prototype.valueOf.call(o);
  return undefined;
}

const PROTOS = new Map<unknown, string>([
  [null, 'null'], [Object.prototype, 'Object'], [Array.prototype, 'Array'], [Function.prototype, 'Function'], [Date.prototype, 'Date'],
  [Map.prototype, 'Map'], [Set.prototype, 'Set'], [String.prototype, 'String'], [Number.prototype, 'Number'], [Boolean.prototype, 'Boolean'],
]);

function protoName(proto: unknown): string {
  const known = PROTOS.get(proto);
  if (known) return known;
  // Not a well-known prototype: name it by its own (data) constructor property, never calling getters.
  if (proto === null || typeof proto !== 'object' || isProxy(proto)) return 'other';
  const d = Object.getOwnPropertyDescriptor(proto, 'constructor');
  return d && 'value' in d && typeof d.value === 'function' ? `proto:${String(d.value.name)}` : 'other';
}

/** Strings cannot change in place, only be replaced: a sample of the characters tells two apart. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  const step = Math.max(1, s.length >>> 10);
  for (let i = 0; i < s.length; i += step) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return `${(h >>> 0).toString(16)}:${JSON.stringify(s.slice(0, 32))}…${JSON.stringify(s.slice(-32))}`;
}

/**
 * Freezes `value` and everything reachable from it (own properties, Map and Set contents), in place;
 * proxies and typed arrays with contents (which cannot be frozen) are left as they are.
 */
export function deepFreeze<T>(value: T): T {
  const seen = new Set<unknown>();
  const visit = (v: unknown): void => {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function') || seen.has(v) || isProxy(v)) return;
    seen.add(v);
    if (types.isMap(v)) Map.prototype.forEach.call(v, (x: unknown, k: unknown) => (visit(k), visit(x)));
    if (types.isSet(v)) Set.prototype.forEach.call(v, (x: unknown) => visit(x));
    for (const key of Reflect.ownKeys(v as object)) {
      const d = Object.getOwnPropertyDescriptor(v as object, key)!;
      if ('value' in d) visit(d.value);
    }
    if (types.isTypedArray(v) && (v as unknown as ArrayLike<unknown>).length > 0) return;
    Object.freeze(v);
  };
  visit(value);
  return value;
}
