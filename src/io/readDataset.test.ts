import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { excelDate, idNumber, saveCsv, saveWorkbook, tempDir, templateWorkbook } from './__fixtures__/workbooks.js';
import { readDataset } from './readDataset.js';
import { locateIssue } from './records/sources.js';

const ID1 = idNumber('33021219800101123');
const ID2 = idNumber('33021219900215234');
const BRANCH = '中共宁波市鄞州区民政局机关支部委员会';

async function orgWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('党组织');
  ws.addRow(['党组织和所在单位信息汇总表']);
  ws.addRow(['序号', '党组织名称', '上级党组织', '党组织书记', '党组织联系人', '联系电话', '组织类别', '党组织所在单位情况', '单位名称', '单位类别', '单位建立党组织情况', '党组织所在单位代码', '备注']);
  ws.addRow([1, '中共宁波市鄞州区民政局委员会', '', '王五', '赵六', 13905741234, 611, '法人单位', '宁波市鄞州区民政局', 411, '11 建立党委', '11330212002931882L', '']);
  ws.addRow([2, BRANCH, '中共宁波市鄞州区民政局委员会', '李四', '李四', 13905741235, '631 党支部', '与上级党组织相同', '', '', '', '', '机关']);
  ws.addRow([3, '中共鄞州区甲乙联合支部委员会', '中共宁波市鄞州区民政局委员会', '钱七', '钱七', 13905741236, 632, '联合党支部', '甲公司', 211, 31, '91330212MA2AAAAAA1', '']);
  ws.addRow(['', '', '', '', '', '', '', '', '乙公司', 211, 31, '91330212MA2BBBBBB2', '']);
  ws.addRow([4, '中共丙村支部委员会', '中共不存在的委员会', '孙八', '孙八', 13905741237, 631, '法人单位', '丙村', 511, 31, '54330212MA2CCCCCC3', '']);
  const units = wb.addWorksheet('建立联合党支部的单位基本信息汇总表');
  units.addRow(['联合党支部名称', '单位名称', '单位类别', '单位建立党组织情况', '单位代码']);
  units.addRow(['中共鄞州区甲乙联合支部委员会', '丙公司', 211, 31, '91330212MA2DDDDDD4']);
  units.addRow(['中共鄞州区甲乙联合支部委员会', '乙公司', 211, 31, '91330212MA2BBBBBB2']);
  units.addRow(['中共没有这个联合支部委员会', '丁公司', 211, 31, '']);
  return saveWorkbook(wb, dir, 'orgs.xlsx');
}

describe('readDataset: the 2017 member template as it comes', () => {
  it('reads title, two header rows, dropdown cells, numeric phones, dates and formulas; skips footnote and empty rows', async () => {
    const dir = tempDir();
    const wb = await templateWorkbook([
      [1, '张三', BRANCH, ID1, '男', '01 汉族', '1980-01-01', '12 硕士研究生', '正式党员', '2010-09-01', '2011-09-01', '011 公务员', 15578338068, undefined, '正常', '否', undefined, '否', undefined],
      [2, { formula: 'CONCATENATE("李","四")', result: '李四' }, BRANCH, ID2, '女', 1, excelDate('1990-02-15'), 21, '预备党员', 43000, undefined, 11, '13800138000', 57487654321, '正常', '是', excelDate('2016-03-01'), '否', undefined],
    ]);
    wb.getWorksheet('党员基本信息汇总表')!.getCell(6, 17).numFmt = 'yyyy"年"m"月"';
    wb.getWorksheet('党员基本信息汇总表')!.getCell(6, 7).numFmt = 'yyyy-mm-dd';
    const file = await saveWorkbook(wb, dir, 'members.xlsx');
    const orgs = await orgWorkbook(dir);
    const read = await readDataset({ orgs, members: file });
    expect(read.ok).toBe(true);
    expect(read.members).toHaveLength(2);
    expect(read.members[0]).toEqual({
      name: '张三', branch: BRANCH, idNumber: ID1, gender: '男', ethnicity: '01 汉族', birthDate: '1980-01-01',
      education: '12 硕士研究生', memberType: '正式党员', joinDate: '2010-09-01', fullDate: '2011-09-01', workPost: '011 公务员',
      mobile: '15578338068', partyStatus: '正常', lostContact: '否', floating: '否',
    });
    expect(read.members[1]).toMatchObject({
      name: '李四', ethnicity: 1, birthDate: '1990-02-15', education: 21, joinDate: 43000, workPost: 11,
      mobile: '13800138000', landline: '57487654321', lostContact: '是', lostContactDate: '2016-03',
    });
    expect(read.sources.members[0]).toMatchObject({ sheet: '党员基本信息汇总表', row: 5 });
    expect(read.sources.members[1]!.columns.get('landline')).toBe(14);
    expect(read.issues.filter((i) => i.path[0] !== 'jointUnits')).toEqual([]);
  });
});

describe('readDataset: orgs', () => {
  it('links parents by full name, gathers joint-branch units from extra rows and the unit sheet', async () => {
    const dir = tempDir();
    const orgs = await orgWorkbook(dir);
    const members = saveCsv(dir, 'members.csv', '姓名,所在党支部\n张三,' + BRANCH + '\n', 'utf-8');
    const read = await readDataset({ orgs, members });
    expect(read.orgs).toHaveLength(4);
    const [committee, branch, joint, village] = read.orgs;
    expect(committee).toMatchObject({ id: 'R3', name: '中共宁波市鄞州区民政局委员会', category: 611, contactPhone: '13905741234', unitSituation: '法人单位' });
    expect(committee!.unit).toEqual({ name: '宁波市鄞州区民政局', category: 411, partySetup: '11 建立党委', code: '11330212002931882L' });
    expect(committee!.parentId).toBeUndefined();
    expect(branch).toMatchObject({ id: 'R4', parentId: 'R3', category: '631 党支部' });
    expect(branch!.unit).toBeUndefined();
    expect(joint!.units).toEqual([
      { name: '甲公司', category: 211, partySetup: 31, code: '91330212MA2AAAAAA1' },
      { name: '乙公司', category: 211, partySetup: 31, code: '91330212MA2BBBBBB2' },
      { name: '丙公司', category: 211, partySetup: 31, code: '91330212MA2DDDDDD4' },
    ]);
    expect(village!.parentId).toBe('中共不存在的委员会');
    expect(read.issues.map((i) => i.rule)).toEqual(['io.jointUnits.unknownBranch']);
    const unitCode = { rule: 'creditCode.checksum' as const, severity: 'error' as const, path: ['orgs', 2, 'units', 2, 'code'], message: '' };
    expect(locateIssue(unitCode, read.sources)).toEqual({ file: orgs, sheet: '建立联合党支部的单位基本信息汇总表', row: 2, column: 5 });
    const second = { ...unitCode, path: ['orgs', 2, 'units', 1, 'name'] };
    expect(locateIssue(second, read.sources)).toEqual({ file: orgs, sheet: '党组织', row: 6, column: 9 });
    const parent = { ...unitCode, path: ['orgs', 3, 'parentId'] };
    expect(locateIssue(parent, read.sources)).toEqual({ file: orgs, sheet: '党组织', row: 7, column: 3 });
  });

  it('links by 组织编号 / 上级组织编号 when the sheet has them (CSV)', async () => {
    const dir = tempDir();
    const orgs = saveCsv(dir, 'orgs.csv', '组织编号,上级组织编号,党组织名称,组织类别\n1,,中共甲委员会,611\n2,1,中共甲第一支部委员会,631\n', 'utf-8');
    const read = await readDataset({ orgs, members: orgs });
    expect(read.orgs).toEqual([
      { id: '1', name: '中共甲委员会', category: '611' },
      { id: '2', parentId: '1', name: '中共甲第一支部委员会', category: '631' },
    ]);
    expect(read.issues.map((i) => i.rule)).toEqual(['io.sheet.notFound']);
    expect(read.ok).toBe(false);
  });
});

describe('readDataset: CSV encodings and header variants', () => {
  const text = [
    '序号,姓名,身份证号码,所在支部,入党时间,转正日期,手机,座机,是否为失联党员,备注',
    `1,张三,${ID1},${BRANCH},2010/9/1,2011-09-01,13800138000,0574-87654321,否,调入`,
    `2,李四,${ID2.toLowerCase()},${BRANCH},2015年3月,,,,"否",`,
    ',,,,,,,,,',
  ].join('\r\n');

  for (const encoding of ['gbk', 'utf-8-bom', 'utf-8'] as const) {
    it(`reads a ${encoding} CSV`, async () => {
      const dir = tempDir();
      const members = saveCsv(dir, `members-${encoding}.csv`, text, encoding);
      const orgs = saveCsv(dir, 'orgs.csv', `党组织名称,组织类别\n${BRANCH},631\n`, encoding);
      const read = await readDataset({ orgs, members });
      expect(read.issues).toEqual([]);
      expect(read.members).toEqual([
        { name: '张三', idNumber: ID1, branch: BRANCH, joinDate: '2010/9/1', fullDate: '2011-09-01', mobile: '13800138000', landline: '0574-87654321', lostContact: '否' },
        { name: '李四', idNumber: ID2.toLowerCase(), branch: BRANCH, joinDate: '2015年3月', lostContact: '否' },
      ]);
      expect(read.sources.members[1]).toMatchObject({ sheet: `members-${encoding}`, row: 3 });
      expect(read.orgs).toEqual([{ id: 'R2', name: BRANCH, category: '631' }]);
    });
  }

  it('flags bytes that are not valid in the encoding', async () => {
    const dir = tempDir();
    const bytes = Buffer.concat([Buffer.from('\ufeff姓名,性别\n张三,', 'utf8'), Buffer.from([0xff, 0xfe, 0x0a])]);
    const members = join(dir, 'broken.csv');
    writeFileSync(members, bytes);
    const read = await readDataset({ orgs: members, members });
    expect(read.issues.map((i) => i.rule)).toContain('io.encoding.invalid');
  });
});

describe('readDataset: files it cannot read', () => {
  it('names the file and the reason', async () => {
    const dir = tempDir();
    const xls = join(dir, 'old.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    const broken = join(dir, 'broken.xlsx');
    writeFileSync(broken, 'PK not really a zip');
    const read = await readDataset({ orgs: join(dir, 'missing.xlsx'), members: xls, jointUnits: broken });
    expect(read.ok).toBe(false);
    expect(read.issues.map((i) => i.rule)).toEqual(['io.file.unreadable', 'io.file.unreadable', 'io.file.unreadable']);
    expect(read.issues[0]!.message).toContain('missing.xlsx');
    expect(read.issues[0]!.message).toContain('文件不存在');
    expect(read.issues[1]!.message).toContain('.xls');
    const en = await readDataset({ orgs: join(dir, 'missing.xlsx'), members: xls }, { locale: 'en' });
    expect(en.issues[0]!.message).toContain('no such file');
  });

  it('reports digits Excel dropped and formula errors, with the cell they came from', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('党员');
    ws.addRow(['姓名', '身份证号', '所在党支部']);
    ws.addRow(['张三', 330212198001011200, { formula: 'VLOOKUP(A2,X:Y,2,0)', result: { error: '#N/A' } }]);
    const file = await saveWorkbook(wb, dir, 'm.xlsx');
    const read = await readDataset({ orgs: file, members: file });
    const rules = read.issues.filter((i) => i.path[0] === 'members');
    expect(rules.map((i) => [i.rule, i.path])).toEqual([
      ['io.cell.numberPrecision', ['members', 0, 'idNumber']],
      ['io.cell.error', ['members', 0, 'branch']],
    ]);
    expect(locateIssue(rules[0]!, read.sources)).toEqual({ file, sheet: '党员', row: 2, column: 2 });
  });

  it('warns about two columns holding the same field', async () => {
    const dir = tempDir();
    const members = saveCsv(dir, 'm.csv', '姓名,联系电话,手机号\n张三,1,13800138000\n', 'utf-8');
    const read = await readDataset({ orgs: members, members });
    expect(read.issues.map((i) => i.rule)).toContain('io.header.duplicate');
    expect(read.members).toEqual([{ name: '张三', mobile: '13800138000' }]);
  });
});

describe('readDataset: sheets formatted far below their data', () => {
  it('reads only the rows that exist', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('党员');
    ws.addRow(['姓名', '性别']);
    ws.addRow(['张三', '男']);
    ws.getCell(200_000, 2).numFmt = '@';
    const file = await saveWorkbook(wb, dir, 'far.xlsx');
    const read = await readDataset({ orgs: file, members: file });
    expect(read.members).toEqual([{ name: '张三', gender: '男' }]);
  });
});
