import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { editWorkbook } from './editWorkbook.js';
import { openPackage, partText } from './xlsxPackage.js';
import { entryData, readZip } from './zipArchive.js';
import type { SheetEdits } from './editSheetXml.js';

const ODD = `A&<>"'B 😀`;
const RED = 'FFFFC7CE';

/** A workbook as people send them: shared strings, styles, a formula, a merge, a note, a hidden list, a dropdown. */
async function sourceWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(ODD);
  ws.getCell('A1').value = '标题';
  ws.mergeCells('A1:D1');
  ws.addRow(['姓名', '身份证号', '民族', '备注']);
  ws.addRow(['张三', '330212198001011234', '汉族', { formula: 'A3&"x"', result: '张三x' }]);
  ws.addRow(['李四', 13800138000, '01 汉族', '已有批注']);
  ws.getCell('D4').note = '原有批注';
  ws.getCell('B3').font = { bold: true };
  ws.getCell('B3').numFmt = '@';
  ws.getCell('C3').dataValidation = { type: 'list', allowBlank: true, formulae: ["'民族'!$A$1:$A$2"] };
  const list = wb.addWorksheet('民族', { state: 'hidden' });
  list.addRow(['01 汉族']);
  list.addRow(['02 蒙古族']);
  wb.addWorksheet('问题清单').addRow(['old list']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function edits(entries: [number, number, object][]): SheetEdits {
  const out: SheetEdits = new Map();
  for (const [row, column, edit] of entries) {
    const line = out.get(row) ?? new Map();
    line.set(column, edit);
    out.set(row, line);
  }
  return out;
}

async function excel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('editWorkbook', () => {
  it('writes values, fills and comments; keeps styles, formulas, notes and other sheets; replaces and adds sheets', async () => {
    const source = await sourceWorkbook();
    const out = editWorkbook(openPackage(source), {
      drop: ['问题清单'],
      add: [{ name: '问题清单', rows: [['序号', '位置'], [1, `${ODD}!B3`]], links: [{ ref: 'B2', location: `'${ODD.replace(/'/g, "''")}'!B3` }] }, { name: '修改记录', rows: [['序号'], [1]] }],
      cells: new Map([
        [ODD, edits([
          [3, 2, { value: '33021219800101123X', fill: RED, comment: '公民身份号码\n格式错误' }],
          [3, 3, { value: '01 汉族' }],
          [4, 4, { fill: RED, comment: '新的批注 &<>' }],
          [4, 2, { value: 'ctl\u0001 _x0041_ 😀', numFmt: '@' }],
          [1, 3, { comment: '标题合并单元格' }],
          [9, 6, { value: 42 }],
        ])],
      ]),
    });
    const wb = await excel(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual([ODD, '民族', '问题清单', '修改记录']);
    const ws = wb.getWorksheet(ODD)!;
    expect(ws.getCell('B3').value).toBe('33021219800101123X');
    expect(ws.getCell('B3').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: RED } });
    expect(ws.getCell('B3').font).toMatchObject({ bold: true });
    expect(ws.getCell('B3').numFmt).toBe('@');
    expect(JSON.stringify(ws.getCell('B3').note)).toContain('公民身份号码\\n格式错误');
    expect(ws.getCell('C3').value).toBe('01 汉族');
    expect(ws.getCell('C3').dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell('D3').value).toMatchObject({ formula: 'A3&"x"', result: '张三x' });
    const note = JSON.stringify(ws.getCell('D4').note);
    expect(note).toContain('原有批注');
    expect(note).toContain('新的批注 &<>');
    expect(ws.getCell('D4').value).toBe('已有批注');
    expect(ws.getCell('D4').fill).toMatchObject({ fgColor: { argb: RED } });
    // exceljs leaves Excel's _xHHHH_ escapes as they are; the direct reader decodes them (see the write tests).
    expect(ws.getCell('B4').value).toBe('ctl_x0001_ _x005F_x0041_ 😀');
    expect(JSON.stringify(ws.getCell('A1').note)).toContain('标题合并单元格');
    expect(ws.getCell('A1').value).toBe('标题');
    expect(ws.getCell('F9').value).toBe(42);
    expect(wb.getWorksheet('民族')!.state).toBe('hidden');
    expect(wb.getWorksheet('问题清单')!.getCell('B2').value).toBe(`${ODD}!B3`);
    const pkg = openPackage(out);
    const sheetXml = [...pkg.parts.keys()].filter((p) => p.startsWith('xl/worksheets/sheet')).map((p) => partText(pkg, p)!).find((x) => x.includes('location='));
    expect(sheetXml).toContain(`location="'A&amp;&lt;&gt;&quot;''B 😀'!B3"`);
    // Formulas recalculate on open (their inputs may have changed), and the stale calc chain is gone.
    expect(partText(pkg, 'xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
  });

  it('copies parts it does not change byte for byte (compressed bytes included)', async () => {
    const source = await sourceWorkbook();
    const out = editWorkbook(openPackage(source), { cells: new Map([[ODD, edits([[3, 2, { fill: RED }]])]]) });
    const before = new Map(readZip(source).map((e) => [e.name, e]));
    const after = new Map(readZip(out).map((e) => [e.name, e]));
    const changed = ['xl/worksheets/sheet1.xml', 'xl/styles.xml'];
    let same = 0;
    for (const [name, entry] of before) {
      if (changed.includes(name) || name.endsWith('/')) continue;
      const copy = after.get(name);
      expect(copy, name).toBeDefined();
      expect(copy!.kind === 'raw' && entry.kind === 'raw' && Buffer.from(copy!.compressed).equals(Buffer.from(entry.compressed)), name).toBe(true);
      same++;
    }
    expect(same).toBeGreaterThanOrEqual(5);
    expect(after.has('xl/sharedStrings.xml') || !before.has('xl/sharedStrings.xml')).toBe(true);
    // Only a fill: no value changed, so the workbook part is untouched too.
    expect(Buffer.from(entryData(after.get('xl/workbook.xml')!)).equals(Buffer.from(entryData(before.get('xl/workbook.xml')!)))).toBe(true);
  });

  it('adds a second comment to a sheet that has comments without breaking the first drawing', async () => {
    const source = await sourceWorkbook();
    const once = editWorkbook(openPackage(source), { cells: new Map([[ODD, edits([[2, 1, { comment: 'one' }]])]]) });
    const twice = editWorkbook(openPackage(once), { cells: new Map([[ODD, edits([[2, 1, { comment: 'two' }], [2, 2, { comment: 'three' }]])]]) });
    const ws = (await excel(twice)).getWorksheet(ODD)!;
    expect(JSON.stringify(ws.getCell('A2').note)).toMatch(/one.*two/);
    expect(JSON.stringify(ws.getCell('B2').note)).toContain('three');
    expect(JSON.stringify(ws.getCell('D4').note)).toContain('原有批注');
    const pkg = openPackage(twice);
    const vml = [...pkg.parts.keys()].filter((p) => p.endsWith('.vml'));
    expect(vml).toHaveLength(1);
    const shapes = partText(pkg, vml[0]!)!.match(/<v:shape /g) ?? [];
    expect(shapes).toHaveLength(3);
  });
});
