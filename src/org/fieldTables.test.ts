// The org and unit field tables drive the org field lists, labels, report order, the org sheet's header
// aliases and cell kinds, and the unit columns of the written org summary.
import { describe, expect, it } from 'vitest';
import { ORG_FIELD_KINDS, ORG_HEADER_ALIASES } from '../io/headers/aliases.js';
import { orgRows } from '../io/write/templates.js';
import { ORG_FIELD_TABLE, type OrgFieldSpec } from './fieldTable.js';
import {
  FLAT_UNIT_COLUMNS,
  ORG_FIELDS,
  ORG_RECORD_KEYS,
  REQUIRED_UNIT_FIELDS,
  UNIT_CONTAINER_FIELDS,
  UNIT_FIELDS,
  UNIT_ITEM_FIELDS,
  fieldLabel,
} from './fields.js';
import { UNIT_FIELD_TABLE, type UnitFieldSpec } from './unitFieldTable.js';

const ORG: readonly OrgFieldSpec[] = ORG_FIELD_TABLE;
const UNIT: readonly UnitFieldSpec[] = UNIT_FIELD_TABLE;

describe('lists derived from the org and unit field tables', () => {
  it('keep the table order: the tree identity, then the form items', () => {
    expect(ORG_FIELDS).toEqual(ORG.map((f) => f.key));
    expect(ORG.findIndex((f) => f.item !== undefined)).toBe(ORG.filter((f) => f.item === undefined).length);
    expect(ORG_RECORD_KEYS).toEqual([...ORG_FIELDS, ...UNIT_CONTAINER_FIELDS, ...FLAT_UNIT_COLUMNS.map(([c]) => c)]);
    expect(UNIT_FIELDS).toEqual(UNIT.map((f) => f.key));
    expect(UNIT_ITEM_FIELDS).toEqual(UNIT.filter((f) => f.item !== undefined).map((f) => f.key));
    expect(REQUIRED_UNIT_FIELDS).toEqual(UNIT.filter((f) => f.required).map((f) => f.key));
    expect(FLAT_UNIT_COLUMNS).toEqual(UNIT.map((f) => [f.flatColumn, f.key]));
  });

  it('label every field and unit field in both languages', () => {
    for (const f of ORG) expect([fieldLabel(f.key, 'zh-CN'), fieldLabel(f.key, 'en')]).toEqual([f.zh, f.en]);
    for (const f of UNIT) expect([fieldLabel(`unit.${f.key}`, 'zh-CN'), fieldLabel(`unit.${f.key}`, 'en')]).toEqual([f.zh, f.en]);
  });

  it('give the org sheet its columns: items 1–10 in form order, the tree identity, then 上级党组织', () => {
    const items = [...ORG.filter((f) => f.item !== undefined), ...UNIT.filter((f) => f.item !== undefined).map((f) => ({ ...f, key: `unit.${f.key}` }))];
    const columns = [...items, ...ORG.filter((f) => f.item === undefined)];
    expect(Object.keys(ORG_HEADER_ALIASES)).toEqual([...columns.map((c) => c.key), 'parentName']);
    expect(items.map((c) => c.item)).toEqual([...items.map((c) => c.item!)].sort((a, b) => a - b));
    for (const c of columns) {
      expect(ORG_HEADER_ALIASES[c.key as keyof typeof ORG_HEADER_ALIASES]).toEqual(c.aliases);
      expect(ORG_FIELD_KINDS[c.key as keyof typeof ORG_FIELD_KINDS]).toBe(c.cell);
    }
  });

  it('head the written org summary with each unit item under its form name', () => {
    const header = orgRows([])[0]!;
    expect(header.slice(-4)).toEqual(UNIT.filter((f) => f.item !== undefined).map((f) => f.aliases[0]));
  });
});
