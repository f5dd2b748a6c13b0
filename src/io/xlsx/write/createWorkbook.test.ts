import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createWorkbook } from './createWorkbook.js';
import { openPackage, partText } from './xlsxPackage.js';

describe('createWorkbook', () => {
  it('writes rows with merges, widths, styles, frozen rows, a hidden list and a dropdown that exceljs reads back', async () => {
    const bytes = createWorkbook([
      {
        name: '党员基本信息汇总表',
        rows: [['党员基本信息汇总表'], undefined, ['序号', '姓名', '出生日期'], [1, `张三 &<>"' 😀`, new Date(Date.UTC(1980, 0, 1))], [2, ' 李四\n', undefined]],
        merges: ['A1:C1'],
        widths: [6, 14, 14],
        columnStyles: [undefined, { numFmt: '@' }],
        rowStyles: new Map([[1, { bold: true, size: 16, horizontal: 'center' }]]),
        cellStyles: new Map([['B5', { fill: 'FFFFC7CE' }]]),
        frozenRows: 3,
        validations: [{ sqref: 'B4:B5', formula: "'名单'!$A$1:$A$2" }],
      },
      { name: '名单', hidden: true, rows: [['张三'], ['李四']] },
      { name: '问题清单', rows: [['位置'], ['党员基本信息汇总表!B5']], links: [{ ref: 'A2', location: "'党员基本信息汇总表'!B5" }], autoFilter: 'A1:A1' },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => [s.name, s.state])).toEqual([['党员基本信息汇总表', 'visible'], ['名单', 'hidden'], ['问题清单', 'visible']]);
    const ws = wb.getWorksheet('党员基本信息汇总表')!;
    expect(ws.getCell('A1').value).toBe('党员基本信息汇总表');
    expect(ws.getCell('C1').isMerged).toBe(true);
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell('B4').value).toBe(`张三 &<>"' 😀`);
    expect(ws.getCell('B4').numFmt).toBe('@');
    expect(ws.getCell('B5').value).toBe(' 李四\n');
    expect(ws.getCell('B5').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getCell('A4').value).toBe(1);
    expect(ws.getCell('C4').value).toEqual(new Date(Date.UTC(1980, 0, 1)));
    expect(ws.getColumn(2).width).toBe(14);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.getCell('B4').dataValidation).toMatchObject({ type: 'list', formulae: ["'名单'!$A$1:$A$2"] });
    const pkg = openPackage(bytes);
    expect(partText(pkg, 'xl/worksheets/sheet3.xml')).toContain(`<hyperlink ref="A2" location="'党员基本信息汇总表'!B5"/>`);
    expect(partText(pkg, 'xl/worksheets/sheet3.xml')).toContain('<autoFilter ref="A1:A1"/>');
  });

  it('gives an empty sheet a valid, empty sheetData', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(createWorkbook([{ name: 'a', rows: [] }]) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('a')!.rowCount).toBe(0);
  });
});
