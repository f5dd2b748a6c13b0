import { checkCode } from './checkCode.js';
import { buildIndex } from './_lib/tableIndex.js';
import type { CheckCodeOptions, CodeCheckValue, CodeTable, CodeTableData, CodeTableEntry } from './types.js';
import type { Result } from '../result.js';
import { nameKey } from './_lib/nameKey.js';

/**
 * Builds a {@link CodeTable} over data that has passed the integrity checks (the bundled tables, or
 * what {@link defineCodeTable} has validated). Internal: users call `defineCodeTable`, which never
 * throws. Look-ups go through `Map`s only; the data is copied and frozen.
 * @internal
 * @example
 * createCodeTable(orgCategoryData).isLeaf('631') // true
 */
export function createCodeTable<C extends string = string>(data: CodeTableData): CodeTable<C> {
  const index = buildIndex(data);
  const { nodes } = index;
  const node = (code: unknown) => (typeof code === 'string' ? nodes.get(code) : undefined);
  const table: CodeTable<C> = {
    id: index.data.id,
    title: index.data.title,
    data: index.data,
    get: (code) => node(code)?.entry as CodeTableEntry<C> | undefined,
    has: (code) => node(code) !== undefined,
    isLeaf: (code) => node(code)?.children.length === 0,
    parent: (code) => node(code)?.parent as C | undefined,
    children: (code) => (node(code)?.children.slice() ?? []) as C[],
    ancestors: (code) => {
      const out: C[] = [];
      // Bounded by the table size: a cycle cannot pass the integrity checks, but never loop forever.
      for (let at = node(code)?.parent; at !== undefined && out.length < nodes.size; at = nodes.get(at)?.parent) {
        out.push(at as C);
      }
      return out;
    },
    find: (name) => {
      if (typeof name !== 'string' || name.length > 200) return undefined;
      const hit = index.keys.get(nameKey(name));
      return hit?.kind === 'one' ? (hit.code as C) : undefined;
    },
    entries: () => index.data.entries.slice() as CodeTableEntry<C>[],
    leaves: () => index.leaves.slice() as C[],
    check: (input: unknown, options?: CheckCodeOptions) => checkCode(index, input, options) as Result<CodeCheckValue<C>>,
  };
  return Object.freeze(table);
}
