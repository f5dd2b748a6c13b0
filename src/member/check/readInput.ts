/**
 * Reads the fields of a member record defensively: one guarded pass over plain property reads (cheap for
 * the records of a dataset, which share a shape); if anything throws (a getter, a proxy), a second pass
 * reads field by field and reports the unreadable ones. Unknown own keys are kept in `extra`.
 * @module
 */
import { CONFIRMATION_COLUMNS, MEMBER_FIELDS } from '../fields.js';
import { memberFieldUnreadableRule } from '../rules/fieldRules.js';
import { isPlainObject, ownKeys, readOwn, UNREADABLE } from '../../_lib/safeRead.js';
import type { RecordSink } from './sink.js';

/** The raw cell values of a record, one slot per known field (a class: one shape for every record). */
export class RawMember {
  name: unknown = undefined;
  gender: unknown = undefined;
  ethnicity: unknown = undefined;
  idNumber: unknown = undefined;
  birthDate: unknown = undefined;
  education: unknown = undefined;
  memberType: unknown = undefined;
  branch: unknown = undefined;
  joinDate: unknown = undefined;
  fullDate: unknown = undefined;
  workPost: unknown = undefined;
  mobile: unknown = undefined;
  landline: unknown = undefined;
  address: unknown = undefined;
  partyStatus: unknown = undefined;
  lostContact: unknown = undefined;
  lostContactDate: unknown = undefined;
  floating: unknown = undefined;
  floatingDestination: unknown = undefined;
  confirmation: unknown = undefined;
  confirmedBy: unknown = undefined;
  confirmedDate: unknown = undefined;
  confirmedWhat: unknown = undefined;
  /** Unknown own keys, when there are any. */
  extra: Record<string, unknown> | undefined = undefined;
}

type RawKey = Exclude<keyof RawMember, 'extra'>;
const RAW_KEYS: readonly RawKey[] = [...MEMBER_FIELDS, ...CONFIRMATION_COLUMNS];
/**
 * True when `Object.prototype` carries a property named like a record field (a polluted prototype): plain
 * reads would then lend it to every record that lacks the field. Asked after every fast read, so it is
 * written out key by key — V8 folds each `in` on the unchanged prototype to a constant (a loop over the
 * keys costs ~100× more); a test keeps the list equal to the record's keys.
 * @example
 * prototypeLendsFields() // false
 */
export function prototypeLendsFields(): boolean {
  const p = Object.prototype;
  return (
    'name' in p || 'gender' in p || 'ethnicity' in p || 'idNumber' in p || 'birthDate' in p || 'education' in p ||
    'memberType' in p || 'branch' in p || 'joinDate' in p || 'fullDate' in p || 'workPost' in p || 'mobile' in p ||
    'landline' in p || 'address' in p || 'partyStatus' in p || 'lostContact' in p || 'lostContactDate' in p ||
    'floating' in p || 'floatingDestination' in p || 'confirmation' in p || 'confirmedBy' in p ||
    'confirmedDate' in p || 'confirmedWhat' in p || 'extra' in p
  );
}

/** Keys not kept as extras: the fields, and `ethnicityName` (derived from the code, so a draft reads back). */
const KNOWN = new Set<string>([...RAW_KEYS, 'ethnicityName']);
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
  raw.name = r.name;
  raw.gender = r.gender;
  raw.ethnicity = r.ethnicity;
  raw.idNumber = r.idNumber;
  raw.birthDate = r.birthDate;
  raw.education = r.education;
  raw.memberType = r.memberType;
  raw.branch = r.branch;
  raw.joinDate = r.joinDate;
  raw.fullDate = r.fullDate;
  raw.workPost = r.workPost;
  raw.mobile = r.mobile;
  raw.landline = r.landline;
  raw.address = r.address;
  raw.partyStatus = r.partyStatus;
  raw.lostContact = r.lostContact;
  raw.lostContactDate = r.lostContactDate;
  raw.floating = r.floating;
  raw.floatingDestination = r.floatingDestination;
  raw.confirmation = r.confirmation;
  raw.confirmedBy = r.confirmedBy;
  raw.confirmedDate = r.confirmedDate;
  raw.confirmedWhat = r.confirmedWhat;
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
