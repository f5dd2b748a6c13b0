/**
 * Every callable the public entry point offers, found by walking the module (nothing listed by
 * hand, so a new export is fuzzed the day it is added): exported functions, the methods of each
 * code table (`codeTables.*`), public methods of exported classes (on a fresh instance), and `safeParse`
 * of the exported zod schemas and of the schemas the schema factories make.
 */
import { types } from 'node:util';
import { privateMembers } from './privateMembers.js';

export interface Target {
  /** `parseIdNumber`, `codeTables.education.check`, `IdNumberIndex#add`, `orgSchema.safeParse`. */
  name: string;
  /** Declared parameter count (`Function.length`: parameters before the first default). */
  length: number;
  call: (args: readonly unknown[]) => unknown;
}

const isClass = (f: Function): boolean => /^class[\s{]/.test(Function.prototype.toString.call(f));
const isFunction = (v: unknown): v is (...args: unknown[]) => unknown => typeof v === 'function';

/** A code table: `get` and `check` methods (see src/codes/types.ts). */
function isCodeTable(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && isFunction((v as Record<string, unknown>).get) && isFunction((v as Record<string, unknown>).check);
}

/** A zod schema: a `safeParse` method. */
function isSchema(v: unknown): v is { safeParse: (x: unknown) => unknown } {
  return v !== null && typeof v === 'object' && isFunction((v as Record<string, unknown>).safeParse);
}

/** Function-valued own properties and prototype methods (not `constructor`). */
function methodsOf(o: object): string[] {
  const names = new Set<string>();
  for (let p: object | null = o; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const k of Object.getOwnPropertyNames(p)) {
      if (k === 'constructor') continue;
      const d = Object.getOwnPropertyDescriptor(p, k)!;
      if ('value' in d && isFunction(d.value)) names.add(k);
    }
  }
  return [...names].sort();
}

/** Every target of a module namespace (its exports), sorted by name. */
export function collectTargets(mod: Record<string, unknown>): Target[] {
  const out: Target[] = [];
  const seenTables = new Set<unknown>();
  const addTable = (label: string, table: Record<string, unknown>): void => {
    if (seenTables.has(table)) return;
    seenTables.add(table);
    for (const m of methodsOf(table)) {
      const f = table[m] as (...a: unknown[]) => unknown;
      out.push({ name: `${label}.${m}`, length: f.length, call: (args) => f.apply(table, args as unknown[]) });
    }
  };
  // codeTables.* first, so the tables also exported one by one (educationTable …) are named by their place in codeTables.
  const codeTables = mod.codeTables as Record<string, unknown> | undefined;
  if (codeTables) for (const [name, t] of Object.entries(codeTables)) if (isCodeTable(t)) addTable(`codeTables.${name}`, t);

  for (const [name, v] of Object.entries(mod)) {
    if (isFunction(v)) {
      if (isClass(v)) {
        const Ctor = v as unknown as new () => Record<string, unknown>;
        const hidden = privateMembers(name);
        for (const m of methodsOf(Ctor.prototype as object)) {
          if (hidden.has(m)) continue;
          const length = (Ctor.prototype[m] as Function).length;
          // A fresh instance per call: a method may keep state.
          out.push({ name: `${name}#${m}`, length, call: (args) => {
            const instance = new Ctor();
            return (instance[m] as Function).apply(instance, args);
          } });
        }
      } else {
        out.push({ name, length: v.length, call: (args) => v(...args) });
        // Schema factories: fuzz what they make, too.
        if (/^create\w*Schema$/.test(name)) {
          out.push({ name: `${name}().safeParse`, length: 1, call: (args) => {
            const schema = v(args[1]);
            return isSchema(schema) ? schema.safeParse(args[0]) : schema;
          } });
        }
      }
    } else if (isCodeTable(v)) {
      addTable(name, v);
    } else if (isSchema(v)) {
      out.push({ name: `${name}.safeParse`, length: 1, call: (args) => v.safeParse(args[0]) });
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Awaits a promise result (so a rejection counts as a throw); any other value as it is, boxed, since
 * an async function returning a value reads its `then` (a hostile proxy returned as is would throw).
 */
export async function settle(value: unknown): Promise<{ output: unknown }> {
  return { output: types.isPromise(value) ? await value : value };
}
