/**
 * Reads the fields of a member record defensively: one guarded pass over plain property reads (cheap for
 * the records of a dataset, which share a shape); if anything throws (a getter, a proxy), a second pass
 * reads field by field and reports the unreadable ones. Unknown own keys are kept in `extra`. The record's
 * shape (`RawMember`) and the plain reads are generated from the field table (`../generated/shapes.ts`).
 * @module
 */
import { MEMBER_COLUMNS } from '../fields.js';
import { MEMBER_FIELD_TABLE } from '../fieldTable.js';
import { RawMember, prototypeLendsFields, readKnownFields } from '../generated/shapes.js';
import { memberFieldUnreadableRule } from '../rules/fieldRules.js';
import { isPlainObject, ownKeys, readOwn, UNREADABLE } from '../../_lib/safeRead.js';
import type { RecordSink } from './sink.js';

export { RawMember, prototypeLendsFields };

type RawKey = Exclude<keyof RawMember, 'extra'>;
const RAW_KEYS: readonly RawKey[] = MEMBER_COLUMNS;

/** Keys not kept as extras: the fields, and the draft's code names like `ethnicityName` (so a draft reads back). */
const KNOWN: ReadonlySet<string> = new Set<string>([...RAW_KEYS, ...MEMBER_FIELD_TABLE.flatMap((f) => ('nameKey' in f ? [f.nameKey] : []))]);
const hasOwn = Object.prototype.hasOwnProperty;

function keepExtra(raw: RawMember, key: string, value: unknown): void {
  (raw.extra ??= Object.create(null) as Record<string, unknown>)[key] = value;
}

/** A draft's own `extra` object (a plain object: a record read back) is unpacked; any other `extra` value is kept as one. */
function keepExtras(raw: RawMember, value: unknown): void {
  if (!isPlainObject(value)) return keepExtra(raw, 'extra', value);
  for (const key of Object.keys(value)) keepExtra(raw, key, value[key]);
}

function readFast(r: Record<string, unknown>, raw: RawMember, extras: boolean): void {
  readKnownFields(r, raw);
  if (!extras) return;
  for (const key in r) {
    if (KNOWN.has(key) || !hasOwn.call(r, key)) continue;
    if (key === 'extra') keepExtras(raw, r[key]);
    else keepExtra(raw, key, r[key]);
  }
}

/** Own properties only, each read on its own: for records that are not plain objects, or that threw. */
function readSlow(r: Record<string, unknown>, raw: RawMember, sink: RecordSink, extras: boolean): void {
  for (const key of RAW_KEYS) {
    const value = readOwn(r, key);
    if (value === UNREADABLE) {
      raw[key] = undefined;
      sink.add(memberFieldUnreadableRule, [key], { field: key });
    } else raw[key] = value;
  }
  raw.extra = undefined;
  if (!extras) return;
  const keys = ownKeys(r);
  if (keys === undefined) return;
  for (const key of keys) {
    if (KNOWN.has(key)) continue;
    try {
      if (key === 'extra') keepExtras(raw, r[key]);
      else keepExtra(raw, key, r[key]);
    } catch {
      sink.add(memberFieldUnreadableRule, [key], { field: key });
    }
  }
}

/**
 * Reads a record object's fields into a {@link RawMember} (`into`, when given, is overwritten whole: the hot
 * path reuses one); never throws. Own properties only: the fast path's plain reads are kept only when the
 * record's prototype is `null`, or `Object.prototype` lending no field (asked after the reads, since a getter
 * among them may pollute it). `extras: false`: unknown keys are neither listed nor read (`raw.extra` stays
 * undefined) — for callers that keep no draft.
 * @example
 * readInput({ name: '张三', 备注: 'x' }, new RecordSink('zh-CN')).extra // { 备注: 'x' }
 */
export function readInput(record: object, sink: RecordSink, into?: RawMember, extras = true): RawMember {
  const raw = into ?? new RawMember();
  raw.extra = undefined;
  const r = record as Record<string, unknown>;
  try {
    // The fast path reads plain properties, so it takes plain objects only (no inherited fields).
    const proto: unknown = Object.getPrototypeOf(r);
    if (proto === null || proto === Object.prototype) {
      readFast(r, raw, extras);
      if (proto === null || !prototypeLendsFields()) return raw;
      raw.extra = undefined;
    }
  } catch {
    // A getter or a proxy trap threw: read field by field below.
  }
  readSlow(r, raw, sink, extras);
  return raw;
}
