/**
 * One fuzz call: run a target on fresh arguments and list every broken promise — it threw (or its
 * promise rejected), it changed its arguments, its output breaks the issue contract.
 */
import { HOSTILE_NAMES, Hostile, Lazy, materialise } from './hostile.js';
import { outputProblems } from './issues.js';
import { deepFreeze, snapshot } from './snapshot.js';
import { settle, type Target } from './targets.js';

/** Number of property runs per target: `FUZZ_RUNS` (the long run documents `FUZZ_RUNS=1000000`), 200 by default. */
export const FUZZ_RUNS = Math.max(1, Number.parseInt(process.env.FUZZ_RUNS ?? '', 10) || 200);

/** Readable form of generated arguments for a failure report (hostile stand-ins by name, long strings cut). */
export function describeArgs(args: readonly unknown[]): string {
  const seen = new Set<unknown>();
  const text = (v: unknown, depth: number): string => {
    if (v instanceof Hostile) return `<${HOSTILE_NAMES[v.index]}>`;
    if (v instanceof Lazy) return v.toString();
    if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v);
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'symbol' || typeof v === 'function') return String(v);
    if (v === null || typeof v !== 'object') return Object.is(v, -0) ? '-0' : String(v);
    if (seen.has(v) || depth > 3) return '…';
    seen.add(v);
    if (Array.isArray(v)) return `[${v.map((x) => text(x, depth + 1)).join(', ')}]`;
    if (v instanceof Date) return `Date(${v.getTime()})`;
    if (v instanceof Map) return `Map(${[...v].map(([k, x]) => `${text(k, depth + 1)} => ${text(x, depth + 1)}`).join(', ')})`;
    if (v instanceof Set) return `Set(${[...v].map((x) => text(x, depth + 1)).join(', ')})`;
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return `${Object.prototype.toString.call(v)}(${String(v)})`;
    const body = Reflect.ownKeys(v).map((k) => `${String(k)}: ${text((v as Record<PropertyKey, unknown>)[k], depth + 1)}`).join(', ');
    return `${proto === null ? '[null proto]' : ''}{ ${body} }`;
  };
  return `(${args.map((a) => text(a, 0)).join(', ')})`;
}

/** The hostile stand-ins anywhere inside generated data, by name. */
export function hostilesIn(value: unknown, out = new Set<string>()): Set<string> {
  if (value instanceof Hostile) out.add(HOSTILE_NAMES[value.index]!);
  else if (value instanceof Lazy) hostilesIn(value.source, out);
  else if (value instanceof Map) for (const [k, v] of value) (hostilesIn(k, out), hostilesIn(v, out));
  else if (value instanceof Set) for (const v of value) hostilesIn(v, out);
  else if (value !== null && typeof value === 'object') {
    const proto: unknown = Object.getPrototypeOf(value);
    if (Array.isArray(value) || proto === Object.prototype || proto === null) {
      for (const key of Reflect.ownKeys(value)) hostilesIn((value as Record<PropertyKey, unknown>)[key], out);
    }
  }
  return out;
}

/**
 * Calls `target` twice on fresh copies of `generated`: once to see that it does not change them
 * (snapshot before and after), once on deep-frozen copies (a write then throws in strict mode);
 * `frozenOnly` skips the first call (for targets that take seconds — the snapshot is still compared).
 * @returns the problems found (empty when all is well)
 */
export async function fuzzCall(
  target: Target,
  generated: readonly unknown[],
  ruleIds: ReadonlySet<string>,
  { frozenOnly = false }: { frozenOnly?: boolean } = {},
): Promise<string[]> {
  const problems: string[] = [];
  for (const frozen of frozenOnly ? [true] : [false, true]) {
    const args = materialise(generated) as unknown[];
    if (frozen) deepFreeze(args);
    const before = snapshot(args);
    let output: unknown;
    try {
      ({ output } = await settle(target.call(args)));
    } catch (error) {
      problems.push(`${frozen ? 'on frozen input ' : ''}throws: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (snapshot(args) !== before) problems.push(`${frozen ? 'on frozen input ' : ''}changes its input`);
    problems.push(...outputProblems(output, ruleIds));
  }
  return [...new Set(problems)];
}
