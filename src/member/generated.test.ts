/// <reference types="vite/client" />
// The member field table drives the field lists, the io header mapping, the template and the generated
// shapes: the generated files must match the table (re-rendered in memory, compared with what is on disk),
// and every derived list must follow the table's order.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { renderMemberShapes, renderSpreadsheetsDoc } from '../../scripts/fields/render.js';
import { MEMBER_FIELD_KINDS, MEMBER_HEADER_ALIASES } from '../io/headers/aliases.js';
import { memberRows } from '../io/write/templates.js';
import { ORG_FIELD_TABLE } from '../org/fieldTable.js';
import { UNIT_FIELD_TABLE } from '../org/unitFieldTable.js';
import { MEMBER_FIELD_TABLE, type MemberFieldSpec } from './fieldTable.js';
import {
  CHOICE_OR_TEXT_FIELDS,
  CONFIRMATION_COLUMNS,
  FREE_TEXT_MEMBER_FIELDS,
  MEMBER_COLUMNS,
  MEMBER_FIELD_LABELS,
  MEMBER_FIELDS,
  REQUIRED_MEMBER_FIELDS,
  SENSITIVE_MEMBER_FIELDS,
  type MemberField,
} from './fields.js';
import { emptyMemberDraft, RawMember, resetMemberDraft } from './generated/shapes.js';
import type { MemberDraft } from './types.js';

const shapes = import.meta.glob('./generated/shapes.ts', { query: '?raw', import: 'default', eager: true });
const docs = import.meta.glob('../../docs/spreadsheets.md', { query: '?raw', import: 'default', eager: true });

const TABLE: readonly MemberFieldSpec[] = MEMBER_FIELD_TABLE;
const keys = (test: (f: (typeof MEMBER_FIELD_TABLE)[number]) => boolean) => MEMBER_FIELD_TABLE.filter(test).map((f) => f.key);

describe('generated from the member field table', () => {
  it('src/member/generated/shapes.ts is up to date (run `npm run fields:gen`)', () => {
    expect(shapes['./generated/shapes.ts']).toBe(renderMemberShapes(MEMBER_FIELD_TABLE));
  });

  it('docs/spreadsheets.md lists the member and org columns as the tables do (run `npm run fields:gen`)', () => {
    const doc = docs['../../docs/spreadsheets.md'] as string;
    expect(renderSpreadsheetsDoc(doc, { member: MEMBER_FIELD_TABLE, org: ORG_FIELD_TABLE, unit: UNIT_FIELD_TABLE })).toBe(doc);
    for (const f of TABLE) expect(doc).toContain(`| \`${f.key}\` | ${f.item ?? '—'} | ${f.aliases.join('、')} |`);
  });

  it('RawMember has one slot per table key, in table order, then extra', () => {
    expect(Object.keys(new RawMember())).toEqual([...MEMBER_COLUMNS, 'extra']);
  });

  it('a draft has every field (and code name) of the table in order, then extra; reset clears them all', () => {
    const draftKeys = MEMBER_FIELD_TABLE.filter((f) => !('partOf' in f)).flatMap((f) => ('nameKey' in f ? [f.key, f.nameKey] : [f.key]));
    expect(Object.keys(emptyMemberDraft())).toEqual([...draftKeys, 'extra']);
    const filled = Object.fromEntries(draftKeys.map((k) => [k, 'x'])) as unknown as MemberDraft;
    const reset = resetMemberDraft({ ...filled, extra: { a: 1 } });
    expect(reset).toEqual(emptyMemberDraft());
    expect(Object.keys(reset)).toEqual([...draftKeys, 'extra']);
  });

  it('MemberDraft declares exactly the table fields, the code names and extra', () => {
    expectTypeOf<keyof MemberDraft>().toEqualTypeOf<MemberField | 'ethnicityName' | 'extra'>();
  });
});

describe('lists derived from the member field table', () => {
  it('keep the table order and select by its flags', () => {
    expect(MEMBER_FIELDS).toEqual(keys((f) => !('partOf' in f)));
    expect(CONFIRMATION_COLUMNS).toEqual(keys((f) => 'partOf' in f));
    expect(MEMBER_COLUMNS).toEqual([...MEMBER_FIELDS, ...CONFIRMATION_COLUMNS]);
    expect(REQUIRED_MEMBER_FIELDS).toEqual(keys((f) => 'blank' in f));
    expect(CHOICE_OR_TEXT_FIELDS).toEqual(keys((f) => 'expected' in f));
    expect(SENSITIVE_MEMBER_FIELDS).toEqual(keys((f) => 'sensitive' in f));
    expect(FREE_TEXT_MEMBER_FIELDS).toEqual(keys((f) => 'freeText' in f));
    expect(Object.keys(MEMBER_FIELD_LABELS)).toEqual(MEMBER_FIELDS);
  });

  it('are typed as exactly as the table (tuples of literal keys)', () => {
    expectTypeOf(SENSITIVE_MEMBER_FIELDS).toEqualTypeOf<
      readonly ['name', 'gender', 'ethnicity', 'idNumber', 'birthDate', 'joinDate', 'fullDate']
    >();
    expectTypeOf(CONFIRMATION_COLUMNS).toEqualTypeOf<readonly ['confirmedBy', 'confirmedDate', 'confirmedWhat']>();
  });

  it('give the io header aliases and cell kinds of every column', () => {
    expect(Object.keys(MEMBER_HEADER_ALIASES)).toEqual(MEMBER_COLUMNS);
    for (const f of MEMBER_FIELD_TABLE) {
      expect(MEMBER_HEADER_ALIASES[f.key]).toEqual(f.aliases);
      expect(MEMBER_FIELD_KINDS[f.key]).toBe(f.cell);
    }
  });

  it('give the 附件4 template its columns: each field under its form name, in template order', () => {
    const header = memberRows([{ confirmedBy: '李四' }])[0];
    const inTemplate = TABLE.filter((f) => f.column !== undefined);
    const inOrder = [...inTemplate].sort((a, b) => a.column! - b.column!).map((f) => f.aliases[0]);
    expect(header).toEqual(['序号', ...inOrder, ...TABLE.filter((f) => f.column === undefined).map((f) => f.aliases[0])]);
    expect(inTemplate.map((f) => f.column).sort((a, b) => a! - b!)).toEqual(inTemplate.map((_, i) => i + 1));
    const notInTemplate = TABLE.filter((f) => f.column === undefined && f.key !== 'confirmation' && f.partOf === undefined).map((f) => f.aliases[0]);
    expect(memberRows([{ name: '张三' }])[0]).toEqual(['序号', ...inOrder, ...notInTemplate]);
  });

  it('label every field, and number the fields of the form 11–26 in form order', () => {
    for (const f of TABLE) expect(f.zh.length * f.en.length * f.aliases.length).toBeGreaterThan(0);
    const items = TABLE.flatMap((f) => (f.item === undefined ? [] : [f.item]));
    expect(items).toEqual([...items].sort((a, b) => a - b));
    expect([items[0], items.at(-1)]).toEqual([11, 26]);
  });
});
