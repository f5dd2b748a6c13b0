import { describe, expect, it } from 'vitest';
import { findLayout, isFootnoteRow, orgSheetRole } from './layout.js';

describe('findLayout', () => {
  it('finds the two header rows of the 2017 template below its title rows', () => {
    const rows = [
      ['党员基本信息汇总表', '党员基本信息汇总表'],
      ['基层党委：', '', '汇总日期：'],
      ['序号', '姓名', '所在党支部', '联系电话', '联系电话', '是否为\n失联党员'],
      ['序号', '姓名', '所在党支部', '手机号', '固定电话', '是否为\n失联党员'],
      ['1', '张三', '第一支部', '15578338068', '', '否'],
    ];
    const layout = findLayout(rows, 'member')!;
    expect(layout.headerRows).toEqual([3, 4]);
    expect(layout.firstDataRow).toBe(5);
    expect(layout.fields).toEqual([undefined, 'name', 'branch', 'mobile', 'landline', 'lostContact']);
  });

  it('reads a single header row and does not take data for a second one', () => {
    const layout = findLayout([['姓名', '性别'], ['张三', '男']], 'member')!;
    expect(layout.headerRows).toEqual([1]);
    expect(layout.firstDataRow).toBe(2);
  });

  it('gives undefined when no row names two known columns', () => {
    expect(findLayout([['姓名'], ['张三']], 'member')).toBeUndefined();
    expect(findLayout([], 'org')).toBeUndefined();
  });
});

describe('isFootnoteRow and orgSheetRole', () => {
  it('spots footnotes only', () => {
    expect(isFootnoteRow(['注：此表可从系统导出'])).toBe(true);
    expect(isFootnoteRow(['', '说明：见附件'])).toBe(true);
    expect(isFootnoteRow(['注：a', '张三'])).toBe(false);
    expect(isFootnoteRow(['注意安全'])).toBe(false);
    expect(isFootnoteRow([])).toBe(false);
  });
  it('tells the joint-branch unit sheet from the org sheet', () => {
    expect(orgSheetRole(['name', 'unit.name', 'unit.category', 'unit.partySetup', 'unit.code'])).toBe('jointUnits');
    expect(orgSheetRole(['name', 'category', 'unitSituation', 'unit.name'])).toBe('orgs');
  });
});
