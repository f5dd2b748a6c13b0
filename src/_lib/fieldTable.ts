/**
 * What every record kind's field table (member, org, unit) has in common: how a spreadsheet cell is read,
 * and the helpers that derive ordered key lists from a table, typed as exactly as the table.
 * @module
 */

/**
 * How a column's cells are read. `identifier`: numbers back to digit text; `code`: numbers kept for
 * the code table (it knows when padding is safe); `date`: Excel dates as the text Excel shows;
 * `text`: numbers to text; `flag`: 是/否, 1/0 and booleans kept for the normaliser.
 * @category Spreadsheets
 */
export type CellKind = 'identifier' | 'code' | 'date' | 'text' | 'flag';

/** What every field table entry says: the key, the form item, the labels, the column names and the cell kind. */
export interface FieldSpec {
  /** Property name on the record (or unit) and its draft. */
  readonly key: string;
  /** Item number on its form; absent for a field the form does not print (ids, the confirmation note). */
  readonly item?: number;
  /** Chinese label, as the form prints it and messages name the field. */
  readonly zh: string;
  /** English label. */
  readonly en: string;
  /** Column names, stored normalised (see `normalizeHeader`): the form's own first, then variants, best first; none: not a sheet column. */
  readonly aliases: readonly string[];
  /** How a spreadsheet cell of this column is read. */
  readonly cell: CellKind;
}

/** The keys of the entries of tuple `T` that match `Has` and do not match `Not`, in table order. */
export type KeysWhere<T extends readonly unknown[], Has, Not = never> = T extends readonly [infer H, ...infer R]
  ? [H] extends [Has]
    ? [H] extends [Not]
      ? KeysWhere<R, Has, Not>
      : [H extends { key: infer K } ? K : never, ...KeysWhere<R, Has, Not>]
    : KeysWhere<R, Has, Not>
  : [];

/**
 * The keys of the entries that pass `test`, in table order (frozen).
 * @example
 * keysWhere([{ key: 'a', x: 1 }, { key: 'b' }], (e) => 'x' in e) // ['a']
 */
export function keysWhere<E extends { readonly key: string }>(table: readonly E[], test: (entry: E) => boolean): readonly E['key'][] {
  return Object.freeze(table.filter(test).map((entry) => entry.key));
}

/**
 * One value per entry, keyed by the entry's key, in table order (frozen).
 * @example
 * byKey([{ key: 'a', zh: '甲' }], (e) => e.zh) // { a: '甲' }
 */
export function byKey<E extends { readonly key: string }, V>(table: readonly E[], value: (entry: E) => V): Readonly<Record<E['key'], V>> {
  const out = {} as Record<E['key'], V>;
  for (const entry of table) out[entry.key as E['key']] = value(entry);
  return Object.freeze(out);
}
