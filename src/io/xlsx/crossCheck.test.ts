// The direct reader against the exceljs path of the first release: the same records, sources,
// read issues and report, on workbooks exceljs writes (the test fixtures: the 2017 templates with
// merged headers, dropdown lists, dates, formulas, errors, long numbers, a sheet formatted far down).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../dataset/index.js';
import { excelDate, idNumber, templateWorkbook } from '../__fixtures__/workbooks.js';
import { readDatasetBytes } from '../readDatasetBytes.js';
import { buildReport } from '../report/buildReport.js';
import { readWithExcelJs } from '../testing/exceljsRead.js';

const BRANCH = '中共宁波市鄞州区民政局机关支部委员会';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function orgWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('党组织');
  ws.addRow(['党组织和所在单位信息汇总表']);
  ws.mergeCells(1, 1, 1, 13);
  ws.addRow(['序号', '党组织名称', '上级党组织', '党组织书记', '党组织联系人', '联系电话', '组织类别', '党组织所在单位情况', '单位名称', '单位类别', '单位建立党组织情况', '党组织所在单位代码', '备注']);
  ws.addRow([1, '中共宁波市鄞州区民政局委员会', '', '王五', '赵六', 13905741234, 611, '法人单位', '宁波市鄞州区民政局', 411, '11 建立党委', '11330212002931882L', '']);
  ws.addRow([2, BRANCH, '中共宁波市鄞州区民政局委员会', '李四', '李四', 13905741235, '631 党支部', '与上级党组织相同', '', '', '', '', '机关']);
  ws.addRow([3, '中共鄞州区甲乙联合支部委员会', '中共宁波市鄞州区民政局委员会', '钱七', '钱七', 13905741236, 632, '联合党支部', '甲公司', 211, 31, '91330212MA2AAAAAA1', '']);
  ws.addRow(['', '', '', '', '', '', '', '', '乙公司', 211, 31, '91330212MA2BBBBBB2', '']);
  ws.addRow([4, '中共丙村支部委员会', '中共不存在的委员会', '孙八', '孙八', 13905741237, { formula: '630+1', result: 631 }, '法人单位', '丙村', 511, 31, '54330212MA2CCCCCC3', '']);
  const units = wb.addWorksheet('建立联合党支部的单位基本信息汇总表');
  units.addRow(['联合党支部名称', '单位名称', '单位类别', '单位建立党组织情况', '单位代码']);
  units.addRow(['中共鄞州区甲乙联合支部委员会', '丙公司', 211, 31, '91330212MA2DDDDDD4']);
  units.addRow(['中共没有这个联合支部委员会', '丁公司', 211, 31, '']);
  return wb;
}

async function memberWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = await templateWorkbook([
    [1, '张三', BRANCH, idNumber('33021219800101123'), '男', '01 汉族', '1980-01-01', '12 硕士研究生', '正式党员', '2010-09-01', '2011-09-01', '011 公务员', 15578338068, undefined, '正常', '否', undefined, '否', undefined],
    [2, { formula: 'CONCATENATE("李","四")', result: '李四' }, BRANCH, idNumber('33021219900215234'), '女', 1, excelDate('1990-02-15'), 21, '预备党员', 43000, undefined, 11, '13800138000', 57487654321, '正常', '是', excelDate('2016-03-01'), '否', undefined],
    [3, { richText: [{ text: '王' }, { text: '五', font: { bold: true } }] }, BRANCH, 330212198001011200, '男', { formula: 'X1', result: { error: '#N/A' } }, excelDate('1975-07-01'), '大学', '正式党员', excelDate('2000-07-01'), excelDate('2001-07-01'), '011', ' 13800138001 ', undefined, '正常', '否', undefined, '是', '浙江省杭州市'],
  ]);
  const ws = wb.getWorksheet('党员基本信息汇总表')!;
  ws.getCell(6, 17).numFmt = 'yyyy"年"m"月"';
  ws.getCell(6, 7).numFmt = 'yyyy-mm-dd';
  ws.getCell(7, 10).numFmt = 'mm-dd-yy';
  ws.getCell(5, 6).numFmt = '000';
  ws.getCell(9000, 3).numFmt = '@';
  return wb;
}

describe('the direct xlsx reader against the exceljs path', () => {
  it('gives the same records, sources, read issues and report on the fixture workbooks', { timeout: 120_000 }, async () => {
    const orgs = await bytesOf(orgWorkbook());
    const members = await bytesOf(await memberWorkbook());
    const names = { orgs: '党组织.xlsx', members: '党员.xlsx' };
    const direct = await readDatasetBytes({ orgs: { name: names.orgs, bytes: orgs }, members: { name: names.members, bytes: members } });
    const reference = await readWithExcelJs({ orgs, members }, names);
    expect(direct.members.length).toBe(3);
    expect(direct.orgs.length).toBe(4);
    expect(direct.orgs).toEqual(reference.orgs.records);
    expect(direct.members).toEqual(reference.members.records);
    expect(direct.sources).toEqual({ orgs: reference.orgs.sources, members: reference.members.sources });
    expect(direct.issues).toEqual([...reference.orgs.issues, ...reference.members.issues]);
    const report = (sources: typeof direct.sources, records: { orgs: unknown[]; members: unknown[] }, readIssues: typeof direct.issues) =>
      buildReport({ issues: [...readIssues, ...checkDataset(records).issues], orgs: records.orgs, members: records.members, sources });
    expect(report(direct.sources, direct, direct.issues)).toEqual(
      report({ orgs: reference.orgs.sources, members: reference.members.sources }, { orgs: reference.orgs.records, members: reference.members.records }, [...reference.orgs.issues, ...reference.members.issues]),
    );
  });
});
