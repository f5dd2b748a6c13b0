/**
 * The field a misnamed record key most likely meant: `nmae` → `name`, `Name` → `name`, `姓名` → `name`.
 * For hints only: an unknown key that resembles no field is nobody's business here (org records keep
 * such keys in `extra`, spreadsheets keep unknown columns).
 * @module
 */
import { ownKeys } from './safeRead.js';

/** A field a record may hold, with the labels a person might use for it instead of its key. */
export interface FieldName {
  key: string;
  labels: readonly string[];
}

/** Keys longer than this are not compared (bounded work on hostile input). */
const MAX_KEY_LENGTH = 40;

/** Lower case without `_`, `-` and spaces: `contact_phone` and `ContactPhone` read alike. */
function fold(text: string): string {
  return text.toLowerCase().replace(/[\s_-]/g, '');
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment): `nmae` → `name` is 1.
 * @example
 * editDistance('nmae', 'name') // 1
 * editDistance('idnumber', 'idNumbr') // 2
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/**
 * The field `key` most likely meant, or `undefined` when it is a field, is too unlike every field, or
 * is not a string. A label (`姓名`) matches exactly; a key matches after folding case and separators, or
 * within one edit (two for keys of seven or more characters).
 * @example
 * likelyField('nmae', [{ key: 'name', labels: ['姓名'] }]) // 'name'
 * @example
 * likelyField('姓名', [{ key: 'name', labels: ['姓名'] }]) // 'name'
 * @example
 * likelyField('remark', [{ key: 'name', labels: ['姓名'] }]) // undefined
 */
export function likelyField(key: unknown, fields: readonly FieldName[]): string | undefined {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) return undefined;
  if (fields.some((f) => f.key === key)) return undefined;
  const label = fields.find((f) => f.labels.includes(key.trim()));
  if (label) return label.key;
  const folded = fold(key);
  let best: { key: string; distance: number } | undefined;
  for (const f of fields) {
    const target = fold(f.key);
    const distance = target === folded ? 0 : editDistance(folded, target);
    const allowed = target.length >= 7 ? 2 : 1;
    if (distance <= allowed && (best === undefined || distance < best.distance)) best = { key: f.key, distance };
  }
  return best?.key;
}

/** The parameters of a misnamed-key hint. */
export interface MisnamedKey {
  key: string;
  field: string;
  label: string;
}

/**
 * One hint per own key of `record` that names no field but likely meant one (at most `limit` hints:
 * hostile records with thousands of keys get a bounded answer).
 * @example
 * misnamedKeys({ nmae: '张三' }, [{ key: 'name', labels: ['姓名'] }]) // [{ key: 'nmae', field: 'name', label: '姓名' }]
 */
export function misnamedKeys(record: unknown, fields: readonly FieldName[], limit = 20): MisnamedKey[] {
  if (record === null || typeof record !== 'object') return [];
  const keys = ownKeys(record);
  if (keys === undefined) return [];
  const out: MisnamedKey[] = [];
  for (const key of keys.slice(0, 1000)) {
    const field = likelyField(key, fields);
    if (field === undefined) continue;
    out.push({ key, field, label: fields.find((f) => f.key === field)?.labels[0] ?? field });
    if (out.length >= limit) break;
  }
  return out;
}
