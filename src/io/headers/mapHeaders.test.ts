import { describe, expect, it } from 'vitest';
import { MEMBER_HEADER_ALIASES, ORG_HEADER_ALIASES } from './aliases.js';
import { isKnownHeader, mapHeaders } from './mapHeaders.js';
import { normalizeHeader } from './normalizeHeader.js';

describe('mapHeaders', () => {
  it('maps every form item name and variant to its field', () => {
    for (const [field, names] of Object.entries(MEMBER_HEADER_ALIASES)) {
      for (const name of names) expect(mapHeaders([name], 'member').fields, name).toEqual([field]);
    }
    for (const [field, names] of Object.entries(ORG_HEADER_ALIASES)) {
      for (const name of names) expect(mapHeaders([name], 'org').fields, name).toEqual([field]);
    }
  });

  it('reads the variants the brief lists, with spaces, line breaks and full-width letters', () => {
    const headers = [
      '身份证号', ' 姓 名 ', '所在支部', '入党时间', '转正日期', '手机号码', '座机', '是否为\n失联党员', '是否为\r\n流动党员',
    ];
    expect(mapHeaders(headers, 'member').fields).toEqual([
      'idNumber', 'name', 'branch', 'joinDate', 'fullDate', 'mobile', 'landline', 'lostContact', 'floating',
    ]);
    expect(mapHeaders(['公民身份号码'], 'member').fields).toEqual(['idNumber']);
    expect(mapHeaders(['＊姓名：'], 'member').fields).toEqual(['name']);
    expect(mapHeaders(['出生日期（yyyy-mm-dd）', '姓名(必填)'], 'member').fields).toEqual(['birthDate', 'name']);
  });

  it('links orgs by parent name or by numbers', () => {
    expect(mapHeaders(['组织编号', '上级组织编号', '上级党组织', '党组织名称'], 'org').fields).toEqual(['id', 'parentId', 'parentName', 'name']);
  });

  it('keeps unknown columns as undefined', () => {
    const m = mapHeaders(['姓名', '备注', '', 42, null], 'member');
    expect(m.fields).toEqual(['name', undefined, undefined, undefined, undefined]);
    expect(m.normalized).toEqual(['姓名', '备注', '', '42', '']);
  });

  it('lets the better-named column win when two name the same field', () => {
    const m = mapHeaders(['联系电话', '手机号', '手机'], 'member');
    expect(m.fields).toEqual([undefined, 'mobile', undefined]);
    expect(m.duplicates).toEqual([[0, 1], [2, 1]]);
  });

  it('reads the same header differently per sheet kind', () => {
    expect(mapHeaders(['联系电话'], 'org').fields).toEqual(['contactPhone']);
    expect(mapHeaders(['联系电话'], 'member').fields).toEqual(['mobile']);
  });

  it('accepts record field names as headers (files written by programs)', () => {
    expect(mapHeaders(['idNumber', 'unit.code'], 'member').fields).toEqual(['idNumber', undefined]);
    expect(mapHeaders(['unit.code', 'parentId'], 'org').fields).toEqual(['unit.code', 'parentId']);
  });

  it('never throws on odd input', () => {
    expect(mapHeaders(null as never, 'member').fields).toEqual([]);
    expect(mapHeaders([Symbol('x'), {}, 'x'.repeat(1_000_000)], 'member').fields).toEqual([undefined, undefined, undefined]);
    expect(isKnownHeader(undefined, 'org')).toBe(false);
    expect(normalizeHeader('　身份证号　')).toBe('身份证号');
  });
});
