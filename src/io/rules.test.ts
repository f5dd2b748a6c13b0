// Every io rule, firing and quiet (the rule catalogue's promise).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { saveCsv, saveWorkbook, tempDir } from './__fixtures__/workbooks.js';
import { readDataset } from './readDataset.js';
import { ioRules } from './rules.js';

async function rulesOf(orgsText: string, membersText: string | Buffer, extra: { units?: string } = {}): Promise<string[]> {
  const dir = tempDir();
  const orgs = saveCsv(dir, 'orgs.csv', orgsText, 'utf-8');
  const members = join(dir, 'members.csv');
  writeFileSync(members, membersText);
  const units = extra.units === undefined ? undefined : saveCsv(dir, 'units.csv', extra.units, 'utf-8');
  const read = await readDataset({ orgs, members, ...(units ? { jointUnits: units } : {}) });
  return read.issues.map((i) => i.rule);
}

const ORGS = '党组织名称,组织类别,党组织所在单位情况\n中共甲联合支部委员会,632,联合党支部\n';
const MEMBERS = '姓名,身份证号,手机号\n张三,330212198001011238,13800138000\n';

describe('io rules', () => {
  it('each has an id, a severity and messages in both languages', () => {
    expect(new Set(ioRules.map((r) => r.id)).size).toBe(ioRules.length);
    for (const rule of ioRules) expect(rule.id.startsWith('io.')).toBe(true);
  });

  it('are quiet on clean files', async () => {
    expect(await rulesOf(ORGS, MEMBERS, { units: '联合党支部名称,单位名称,单位代码\n中共甲联合支部委员会,甲公司,91330212MA2AAAAAA1\n' })).toEqual([]);
  });

  it('io.file.unreadable fires for a missing file', async () => {
    const read = await readDataset({ orgs: '/no/such/orgs.csv', members: '/no/such/members.csv' });
    expect(read.issues.map((i) => i.rule)).toEqual(['io.file.unreadable', 'io.file.unreadable']);
  });

  it('io.sheet.notFound fires for a file without a known header', async () => {
    expect(await rulesOf(ORGS, 'a,b\n1,2\n')).toEqual(['io.sheet.notFound']);
  });

  it('io.header.duplicate fires for two columns of one field', async () => {
    expect(await rulesOf(ORGS, '姓名,手机,手机号\n张三,1,13800138000\n')).toEqual(['io.header.duplicate']);
  });

  it('io.cell.numberPrecision fires for an ID number Excel wrote in scientific notation', async () => {
    expect(await rulesOf(ORGS, '姓名,身份证号\n张三,3.30212E+17\n')).toEqual(['io.cell.numberPrecision']);
  });

  it('io.cell.error fires for a formula error', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('党员');
    sheet.addRow(['姓名', '民族']);
    sheet.addRow(['张三', { formula: '1/0', result: { error: '#DIV/0!' } }]);
    const file = await saveWorkbook(wb, dir, 'm.xlsx');
    const read = await readDataset({ orgs: saveCsv(dir, 'o.csv', ORGS, 'utf-8'), members: file });
    expect(read.issues.map((i) => i.rule)).toEqual(['io.cell.error']);
  });

  it('io.encoding.invalid fires for bytes that are not valid in the encoding', async () => {
    const bytes = Buffer.concat([Buffer.from('\ufeff姓名,性别\n张三,', 'utf8'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]);
    expect(await rulesOf(ORGS, bytes)).toEqual(['io.encoding.invalid']);
  });

  it('io.jointUnits.unknownBranch fires for a unit of a branch not in the org table', async () => {
    expect(await rulesOf(ORGS, MEMBERS, { units: '联合党支部名称,单位名称\n中共乙联合支部委员会,乙公司\n' })).toEqual(['io.jointUnits.unknownBranch']);
  });
});
