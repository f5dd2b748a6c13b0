/**
 * Hostile values for the property tests: the inputs that broke other validation libraries
 * (throwing proxies, cycles, objects without prototypes, `__proto__` keys, symbols, bigints,
 * megabyte strings, iterators that throw), mixed into fast-check's `anything()`.
 *
 * fast-check inspects the values it generates (to print, to shrink), and a throwing proxy would
 * break fast-check itself. So the arbitraries produce {@link Hostile} stand-ins, and a property
 * calls {@link materialise} to get a fresh structure with the real hostile values in place.
 */
import fc from 'fast-check';

const thrower = (name: string) => () => {
  throw new Error(`hostile trap: ${name}`);
};

/** Every proxy trap that can throw, throwing. */
const ALL_TRAPS: ProxyHandler<object> = {
  get: thrower('get'),
  set: thrower('set'),
  has: thrower('has'),
  ownKeys: thrower('ownKeys'),
  getOwnPropertyDescriptor: thrower('getOwnPropertyDescriptor'),
  getPrototypeOf: thrower('getPrototypeOf'),
  setPrototypeOf: thrower('setPrototypeOf'),
  defineProperty: thrower('defineProperty'),
  deleteProperty: thrower('deleteProperty'),
  isExtensible: thrower('isExtensible'),
  preventExtensions: thrower('preventExtensions'),
  apply: thrower('apply'),
  construct: thrower('construct'),
};

/** One megabyte of text: input bounds must reject it before any regex or loop. */
export const ONE_MB = 1 << 20;

const MB = {
  x: 'x'.repeat(ONE_MB), digits: '1'.repeat(ONE_MB), spaces: ' '.repeat(ONE_MB), wide: '１'.repeat(ONE_MB), zh: '中'.repeat(ONE_MB),
};

/** Named makers, so a failing property says which hostile value it was. */
const MAKERS: [string, () => unknown][] = [
  ['proxy, every trap throws', () => new Proxy({}, ALL_TRAPS)],
  ['array proxy, every trap throws', () => new Proxy([], ALL_TRAPS)],
  ['function proxy, every trap throws', () => new Proxy(() => undefined, ALL_TRAPS)],
  ['proxy, only get throws', () => new Proxy({ name: 'x' }, { get: thrower('get') })],
  ['proxy, only ownKeys throws', () => new Proxy({ name: 'x' }, { ownKeys: thrower('ownKeys') })],
  ['proxy, only has throws', () => new Proxy({ name: 'x' }, { has: thrower('has') })],
  ['proxy, only getPrototypeOf throws', () => new Proxy({ name: 'x' }, { getPrototypeOf: thrower('getPrototypeOf') })],
  ['proxy of a Date, every trap throws', () => new Proxy(new Date(2017, 6, 24), ALL_TRAPS)],
  ['transparent proxy of a Date', () => new Proxy(new Date(2017, 6, 24), {})],
  ['revoked proxy', () => {
    const r = Proxy.revocable({}, {});
    r.revoke();
    return r.proxy;
  }],
  ['getter that throws', () => Object.defineProperty({}, 'name', { get: thrower('getter'), enumerable: true })],
  ['array with a throwing index getter', () => Object.defineProperty([1, 2], 0, { get: thrower('index getter'), enumerable: true })],
  ['cyclic object', () => {
    const o: Record<string, unknown> = { name: '中共甲支部委员会' };
    o.self = o;
    o.orgs = [o];
    o.members = [o];
    return o;
  }],
  ['cyclic array', () => {
    const a: unknown[] = [];
    a.push(a, { parent: a });
    return a;
  }],
  ['Object.create(null)', () => Object.create(null)],
  ['Object.create(null) with fields', () => Object.assign(Object.create(null), { name: '张三', idNumber: '11010519491231002X' })],
  ['__proto__ and constructor keys', () => JSON.parse('{"__proto__": {"name": "x", "locale": "en"}, "constructor": {"prototype": {"polluted": 1}}, "prototype": 1}')],
  ['toString / valueOf that throw', () => ({ toString: thrower('toString'), valueOf: thrower('valueOf'), [Symbol.toPrimitive]: thrower('toPrimitive') })],
  ['Symbol.toStringTag that throws', () => Object.defineProperty({}, Symbol.toStringTag, { get: thrower('toStringTag') })],
  ['symbol', () => Symbol('hostile')],
  ['registered symbol', () => Symbol.for('name')],
  ['bigint', () => 10n ** 30n],
  ['negative bigint', () => -1n],
  ['-0', () => -0],
  ['NaN', () => Number.NaN],
  ['Infinity', () => Number.POSITIVE_INFINITY],
  ['invalid Date', () => new Date(Number.NaN)],
  ['far Date', () => new Date(8.64e15)],
  ['1 MB string', () => MB.x],
  ['1 MB digits', () => MB.digits],
  ['1 MB of spaces', () => MB.spaces],
  ['1 MB of full-width digits', () => MB.wide],
  ['1 MB Chinese', () => MB.zh],
  ['lone surrogates', () => '\uD800\uDC00\uD800x\uDFFF'],
  ['boxed string', () => new String('11010519491231002X')],
  ['boxed number', () => new Number(631)],
  ['boxed boolean', () => new Boolean(false)],
  ['function', () => () => '631'],
  ['class', () => class {}],
  ['iterator that throws', () => ({ [Symbol.iterator]: thrower('iterator') })],
  ['async iterator that throws', () => ({ [Symbol.asyncIterator]: thrower('asyncIterator') })],
  ['generator that throws after one chunk', () => (function* () {
    yield [{ name: '张三' }];
    throw new Error('hostile generator');
  })()],
  ['promise', () => Promise.resolve({ name: '张三' })],
  ['dataset whose member stream throws', () => ({ orgs: [], members: (function* () {
    yield [{ name: '张三' }];
    throw new Error('hostile member stream');
  })() })],
  ['dataset whose async member stream rejects', () => ({ orgs: [], members: { [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('hostile async stream')) }) } })],
  ['Map', () => new Map<unknown, unknown>([['name', '张三'], [{}, 1]])],
  ['WeakMap', () => new WeakMap()],
  ['typed array', () => new Uint8Array([49, 50, 51])],
  ['ArrayBuffer', () => new ArrayBuffer(8)],
  ['sparse array', () => [, , '631']],
  ['record of proxies', () => ({ orgs: new Proxy([], ALL_TRAPS), members: new Proxy([], ALL_TRAPS), name: new Proxy({}, ALL_TRAPS), today: new Proxy({}, ALL_TRAPS), policy: new Proxy({}, ALL_TRAPS), tables: new Proxy({}, ALL_TRAPS), locale: new Proxy({}, ALL_TRAPS) })],
  ['options with hostile tables', () => ({ tables: { orgCategory: new Proxy({}, ALL_TRAPS), education: { get: thrower('table.get'), check: thrower('table.check') } } })],
  ['frozen record', () => Object.freeze({ name: Object.freeze(['x']) })],
];

/** Names of the hostile values, by index (for reports). */
export const HOSTILE_NAMES: readonly string[] = MAKERS.map(([name]) => name);

/** A fresh hostile value (made anew each call: a property may not share one between runs). */
export function makeHostile(index: number): unknown {
  return MAKERS[index]![1]();
}

/** A stand-in for a hostile value inside generated data; {@link materialise} swaps in the real one. */
export class Hostile {
  constructor(readonly index: number) {}
  toString(): string {
    return `Hostile(${HOSTILE_NAMES[this.index]})`;
  }
}

/** Indices of the hostile values that are strings (megabyte texts, lone surrogates). */
export const HOSTILE_STRING_INDICES: readonly number[] = MAKERS.flatMap(([, make], i) => (typeof make() === 'string' ? [i] : []));

/**
 * A value made from generated data only when a property runs (e.g. a `Context` resolved from
 * generated options): fast-check sees the recipe, the function sees the product.
 */
export class Lazy {
  /** `source` is the generated data the product is made from (searched for hostile stand-ins). */
  constructor(readonly label: string, readonly source: unknown, readonly make: () => unknown) {}
  toString(): string {
    return `<${this.label}>`;
  }
}

/** A stand-in for any one hostile value. */
export const hostileArb: fc.Arbitrary<Hostile> = fc.integer({ min: 0, max: MAKERS.length - 1 }).map((i) => new Hostile(i));

/**
 * A fresh copy of a generated value with every {@link Hostile} replaced by the real value. Copies
 * keep what matters: null prototypes, own `__proto__` keys, holes in arrays, Maps and Sets.
 */
export function materialise(value: unknown): unknown {
  if (value instanceof Hostile) return makeHostile(value.index);
  if (value instanceof Lazy) return value.make();
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (const k of Object.keys(value)) out[Number(k)] = materialise(value[Number(k)]);
    return out;
  }
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [materialise(k), materialise(v)]));
  if (value instanceof Set) return new Set([...value].map(materialise));
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value; // Dates, boxed values, typed arrays: as generated
  const out = Object.create(proto as object | null) as Record<PropertyKey, unknown>;
  for (const key of Reflect.ownKeys(value)) {
    Object.defineProperty(out, key, { value: materialise((value as Record<PropertyKey, unknown>)[key]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Field and option names the library reads: fast-check's keys are drawn partly from these, so generated objects reach deep. */
export const KNOWN_KEYS = [
  // org (form items 1–10) and its unit
  'id', 'parentId', 'name', 'secretary', 'contact', 'contactPhone', 'category', 'unitSituation', 'unit', 'units', 'partySetup', 'code', 'role',
  // member (items 11–26)
  'gender', 'ethnicity', 'idNumber', 'birthDate', 'education', 'memberType', 'branch', 'joinDate', 'fullDate', 'workPost', 'mobile', 'landline',
  'address', 'partyStatus', 'lostContact', 'lostContactDate', 'floating', 'floatingDestination', 'confirmation', 'kind', 'by', 'date', 'what',
  // dataset, options, policy, code tables, sample
  'orgs', 'members', 'locale', 'today', 'policy', 'tables', 'leafOnly', 'checksum', 'allowList', 'check', 'acceptPlaceholder', 'minBirthYear',
  'checkCountyRegion', 'creditCodeChecksum', 'maxMembersPerBranch', 'minFullMembersPerBranch', 'allowSuspended', 'title', 'entries', 'codes',
  'parent', 'aliases', 'complete', 'orgCategory', 'unitCategory', 'unitPartySetup', 'workPost', 'seed', 'planted', 'chunkSize', 'figures',
  'summary', 'issues', 'value', 'ok', 'rule', 'severity', 'path', 'message',
  // prototype trouble
  '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'then',
] as const;

/** Texts a spreadsheet really holds, so generated values sometimes pass the first checks. */
export const DOMAIN_STRINGS = [
  '11010519491231002X', '11010519491231002x', '110105491231002', '１１０１０５１９４９１２３１００２Ｘ', ' 110105 19491231 002X ',
  '91350100M000100Y43', '12345678-9', '000000000000000000', '13812345678', '+86 138-1234-5678', '0574-87654321', '010-12345678-123',
  '2017-07-24', '2017/7/24', '2017.7.24', '20170724', '2017年7月24日', '2017-07', '201707', '42940', '1921-06-30', '2017-02-29',
  '631', '631 党支部', '6', '63', '611', '932', '11', '011', '123', '501', '汉族', '土家族', '男', '女', '1', '2', '正式党员', '预备党员',
  '正式', '预备', '正常', '保留党籍', '停止党籍', '是', '否', 'Y', 'N', '√', '0', 'same-as-parent', 'legal-entity', 'joint',
  '与上级党组织相同', '法人单位', '联合支部', '中共甲村支部委员会', '中共某某区委组织部机关支部委员会', '中共甲临时支部委员会', '某某分公司',
  '某某社区', '某某路1号', '张三', '欧阳·娜娜', 'signed', 'remote', 'en', 'zh-CN', '', ' ', '\u3000', '\t\n',
];

const defaultValues: fc.Arbitrary<unknown>[] = [
  fc.boolean(), fc.integer(), fc.double(), fc.string(), fc.string({ unit: 'binary' }),
  fc.constantFrom(null, undefined, Number.NaN, 0, -0, Number.EPSILON, Number.MIN_VALUE, Number.MAX_VALUE, Number.MIN_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.constantFrom(...DOMAIN_STRINGS),
];

/**
 * Any value: fast-check's `anything()` with every option on (boxed values, null prototypes,
 * object strings, bigints, dates, maps, sets, typed and sparse arrays), keys partly from
 * {@link KNOWN_KEYS}, leaves partly hostile stand-ins — call {@link materialise} before use.
 */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.anything({
    withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true,
    withObjectString: true, withTypedArray: true, withSparseArray: true,
    maxDepth: 3,
    key: fc.oneof(fc.string(), fc.constantFrom(...KNOWN_KEYS)),
    values: [...defaultValues, hostileArb],
  }) },
  { weight: 2, arbitrary: hostileArb },
  { weight: 2, arbitrary: fc.oneof(...defaultValues) },
);
