import { describe, expect, it } from 'vitest';
import { arrayLength, isArray, isDate, isRecordLike, ownKeys, readIndex, readOwn, readOwnOf, UNREADABLE } from './safeRead.js';

const throwing = (): never => {
  throw new Error('trap');
};
const everyTrap: ProxyHandler<object> = {
  get: throwing, has: throwing, ownKeys: throwing, getOwnPropertyDescriptor: throwing, getPrototypeOf: throwing,
};
function revoked(): object {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
}

describe('safeRead on hostile values', () => {
  const hostile: [string, unknown][] = [
    ['proxy, every trap throws', new Proxy({}, everyTrap)],
    ['proxy, only getPrototypeOf throws', new Proxy({ name: 'x' }, { getPrototypeOf: throwing })],
    ['proxy of a Date, every trap throws', new Proxy(new Date(), everyTrap)],
    ['array proxy, every trap throws', new Proxy([], everyTrap)],
    ['revoked proxy', revoked()],
    ['getter that throws', Object.defineProperty({}, 'name', { get: throwing, enumerable: true })],
  ];

  it.each(hostile)('%s: no function throws', (_, value) => {
    expect(() => [isArray(value), isDate(value), isRecordLike(value), arrayLength(value), readIndex(value, 0), readOwnOf(value, 'name')]).not.toThrow();
    if (value !== null && typeof value === 'object') expect(() => [readOwn(value, 'name'), ownKeys(value)]).not.toThrow();
  });

  it('isDate takes real Dates only (invalid ones too), never a proxy or a look-alike', () => {
    expect([new Date(2017, 6, 24), new Date(Number.NaN)].map(isDate)).toEqual([true, true]);
    const lookAlike = Object.assign(Object.create(Date.prototype) as object, { [Symbol.toStringTag]: 'Date' });
    expect([new Proxy(new Date(), {}), new Proxy(new Date(), everyTrap), lookAlike, '2017-07-24', 42940, null].map(isDate)).toEqual([false, false, false, false, false, false]);
  });

  it('reads own properties only, and says when a read threw', () => {
    expect(readOwn(Object.create({ name: 'inherited' }) as object, 'name')).toBeUndefined();
    expect(readOwn(new Proxy({}, everyTrap), 'name')).toBe(UNREADABLE);
    expect(readOwnOf(new Proxy({}, everyTrap), 'name')).toBeUndefined();
    expect(readOwnOf({ name: '张三' }, 'name')).toBe('张三');
  });

  it('revoked proxies are neither arrays nor records', () => {
    expect([isArray(revoked()), isRecordLike(revoked()), arrayLength(revoked())]).toEqual([false, false, undefined]);
    expect(ownKeys(revoked())).toBeUndefined();
  });
});
