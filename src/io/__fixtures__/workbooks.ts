// Test fixtures: real-looking spreadsheets built by the tests themselves (never shipped).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'partyinfo-io-'));
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** A valid 18-character ID number from its first 17 digits. */
export function idNumber(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return first17 + '10X98765432'[sum % 11];
}

export const TEMPLATE_COLUMNS = [
  '序号', '姓名', '所在党支部', '公民身份证号', '性别', '民族', '出生日期', '学历', '人员类别', ' 加入党组织日期',
  '转为正式党员日期', '工作岗位', '联系电话', '联系电话', '党籍状态', '是否为\n失联党员', '失去联系日期', '是否为\n流动党员', '外出流向',
];

/**
 * The 2017 附件4 template as distributed: title row, 基层党委/汇总日期 row, two header rows with
 * 联系电话 merged over 手机号/固定电话 (the others merged down), dropdown cells, a phone stored as a
 * number, a date cell, a formula, a pre-numbered empty row and the footnote.
 */
export async function templateWorkbook(rows: unknown[][]): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('党员基本信息汇总表');
  const width = TEMPLATE_COLUMNS.length;
  ws.getCell(1, 1).value = '党员基本信息汇总表';
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(2, 1).value = '基层党委：';
  ws.getCell(2, 15).value = '汇总日期：';
  ws.getCell(2, 16).value = '2017 年 月 日';
  TEMPLATE_COLUMNS.forEach((h, i) => {
    ws.getCell(3, i + 1).value = h;
  });
  ws.getCell(4, 13).value = '手机号';
  ws.getCell(4, 14).value = '固定电话';
  ws.mergeCells(3, 13, 3, 14);
  for (let c = 1; c <= width; c++) if (c !== 13 && c !== 14) ws.mergeCells(3, c, 4, c);
  let r = 5;
  for (const row of rows) {
    row.forEach((value, i) => {
      if (value !== undefined) ws.getCell(r, i + 1).value = value as ExcelJS.CellValue;
    });
    r++;
  }
  ws.getCell(r, 1).value = rows.length + 1; // a pre-numbered row nobody filled
  r += 2;
  ws.getCell(r, 1).value = '注：此表可从系统导出或从共产党员网下载，不可自行制作。';
  ws.mergeCells(r, 1, r, width);
  const list = wb.addWorksheet('民族', { state: 'hidden' });
  list.getCell(1, 1).value = '01 汉族';
  return wb;
}

/** Writes a workbook to a file in `dir`. */
export async function saveWorkbook(wb: ExcelJS.Workbook, dir: string, name: string): Promise<string> {
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** Writes CSV text to a file in an encoding (`utf-8`, `utf-8-bom`, `gbk`). */
export function saveCsv(dir: string, name: string, text: string, encoding: 'utf-8' | 'utf-8-bom' | 'gbk'): string {
  const file = join(dir, name);
  const bytes = encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from((encoding === 'utf-8-bom' ? '\ufeff' : '') + text, 'utf8');
  writeFileSync(file, bytes);
  return file;
}

/** A UTC date as exceljs writes Excel dates. */
export function excelDate(ymd: string): Date {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}
