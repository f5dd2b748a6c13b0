import type { CodeTableData, CodeTableEntry, ResolvedBy } from '../types.js';
import type { TableLabel } from '../rules.js';
import { nameKey, stripZeros } from './nameKey.js';

/** One code with its links, built once per table. */
export interface CodeNode {
  readonly entry: CodeTableEntry;
  readonly code: string;
  readonly name: string;
  readonly parent: string | undefined;
  readonly children: string[];
  /** Entry (or, without its own, table) confidence is `low`. */
  readonly low: boolean;
}

/** What a name key resolves to: one code (by its name or an alias), or several. */
export type KeyHit = { kind: 'one'; code: string; via: 'name' | 'alias' } | { kind: 'many'; codes: string[] };

/** The look-up structures of a table. Maps only: never `in` on a plain object. */
export interface TableIndex {
  readonly data: Readonly<CodeTableData>;
  readonly label: TableLabel;
  readonly complete: boolean;
  readonly nodes: Map<string, CodeNode>;
  /** nameKey(name or alias) → code(s). */
  readonly keys: Map<string, KeyHit>;
  /** code without leading zeros → codes (more than one: `011` and `11` both give `11`). */
  readonly unpadded: Map<string, string[]>;
  readonly leaves: string[];
  /** Shortest and longest code, and whether codes use letters: what a well-formed unlisted code looks like. */
  readonly minLength: number;
  readonly maxLength: number;
  readonly letters: boolean;
}

/**
 * Builds the index of table data that has passed the integrity checks. The data is copied and
 * deep-frozen, so neither the caller's object nor the table can change afterwards.
 */
export function buildIndex(source: CodeTableData): TableIndex {
  const data = freezeData(source);
  const nodes = new Map<string, CodeNode>();
  const tableLow = data.confidence === 'low';
  for (const entry of data.entries) {
    nodes.set(entry.code, {
      entry: entry as CodeTableEntry,
      code: entry.code,
      name: entry.name,
      parent: entry.parent,
      children: [],
      low: entry.confidence === undefined ? tableLow : entry.confidence === 'low',
    });
  }
  const keys = new Map<string, KeyHit>();
  const unpadded = new Map<string, string[]>();
  const leaves: string[] = [];
  let minLength = Infinity;
  let maxLength = 0;
  let letters = false;
  for (const entry of data.entries) {
    if (entry.parent !== undefined) nodes.get(entry.parent)?.children.push(entry.code);
    addKey(keys, entry.name, entry.code, 'name');
    for (const alias of entry.aliases ?? []) addKey(keys, alias, entry.code, 'alias');
    for (const column of data.aliasColumns ?? []) {
      const value = Object.hasOwn(entry, column) ? entry[column] : undefined;
      if (typeof value === 'string') addKey(keys, value, entry.code, 'alias');
    }
    const stripped = stripZeros(entry.code);
    const same = unpadded.get(stripped);
    if (same) same.push(entry.code);
    else unpadded.set(stripped, [entry.code]);
    minLength = Math.min(minLength, entry.code.length);
    maxLength = Math.max(maxLength, entry.code.length);
    if (/[A-Za-z]/.test(entry.code)) letters = true;
  }
  for (const node of nodes.values()) if (node.children.length === 0) leaves.push(node.code);
  return {
    data,
    label: { label: data.label ?? data.title.replace(/代码$/, ''), labelEn: data.labelEn ?? data.id },
    complete: data.complete,
    nodes,
    keys,
    unpadded,
    leaves,
    minLength,
    maxLength,
    letters,
  };
}

function addKey(keys: Map<string, KeyHit>, text: string, code: string, via: 'name' | 'alias'): void {
  if (text === '') return;
  const key = nameKey(text);
  const hit = keys.get(key);
  if (!hit) keys.set(key, { kind: 'one', code, via });
  else if (hit.kind === 'many') {
    if (!hit.codes.includes(code)) hit.codes.push(code);
  } else if (hit.code !== code) keys.set(key, { kind: 'many', codes: [hit.code, code] });
  else if (via === 'name') keys.set(key, { kind: 'one', code, via });
}

/** A deep-frozen JSON copy (the data is JSON by contract; `undefined` fields drop out). */
function freezeData(source: CodeTableData): Readonly<CodeTableData> {
  return deepFreeze(JSON.parse(JSON.stringify(source)) as CodeTableData);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * The leaves under a code, sure ones first, in table order (for the `code.notLeaf` message).
 */
export function leavesUnder(index: TableIndex, code: string): CodeNode[] {
  const sure: CodeNode[] = [];
  const unsure: CodeNode[] = [];
  const stack = [code];
  const seen = new Set<string>();
  const out: CodeNode[] = [];
  while (stack.length > 0) {
    const node = index.nodes.get(stack.pop()!);
    if (!node || seen.has(node.code)) continue;
    seen.add(node.code);
    if (node.children.length === 0 && node.code !== code) out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  for (const node of out) (node.low ? unsure : sure).push(node);
  return [...sure, ...unsure];
}
