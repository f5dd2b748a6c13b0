// The direct xlsx reader on small packages written by hand: every kind of cell the official
// sheets hold, and the shapes other programs write (inline strings, prefixed tags, no `r`).
import { describe, expect, it } from 'vitest';
import type { CellProblem } from '../cellValue.js';
import { xlsxGrid } from '../book/xlsxGrid.js';
import { readDatasetBytes } from '../readDatasetBytes.js';
import { xlsxPackage } from './__fixtures__/xlsxPackage.js';
import { readXlsx } from './readXlsx.js';
import type { Inflater } from './zipArchive.js';

async function gridOf(bytes: Uint8Array, inflater?: Inflater) {
  const workbook = await readXlsx(bytes, inflater ? { inflater } : {});
  return xlsxGrid(workbook, workbook.sheets[0]!);
}

const ORGS = xlsxPackage([
  {
    name: '党组织',
    rows:
      '<row r="1"><c r="A1" t="inlineStr"><is><t>党组织名称</t></is></c><c r="B1" t="inlineStr"><is><t>组织类别</t></is></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>中共甲支部委员会</t></is></c><c r="B2"><v>631</v></c></row>',
  },
]);

describe('readXlsx', () => {
  it('reads shared strings (rich text joined, phonetic runs left out), inline strings, formula strings and XML escapes', async () => {
    const bytes = xlsxPackage(
      [
        {
          name: 'S',
          rows:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>李</t></r><r><t xml:space="preserve">四 </t></r></is></c>' +
            '<c r="D1" t="str"><f>A1&amp;B1</f><v>张&amp;三</v></c><c r="E1" t="s"><v>2</v></c></row>',
        },
      ],
      { strings: ['张三', '<r><t>王</t></r><r><t>五</t></r><rPh sb="0" eb="1"><t>wang</t></rPh>', 'a_x000D_b &lt;c&gt; &#x4E2D;'] },
    );
    expect((await gridOf(bytes)).texts(1)).toEqual(['张三', '王五', '李四 ', '张&三', 'a\rb <c> 中']);
  });

  it('reads numbers, booleans, errors and cached formula results; a formula without a result is empty', async () => {
    const bytes = xlsxPackage([
      {
        name: 'N',
        rows:
          '<row r="1"><c r="A1"><v>15578338068</v></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="e"><v>#N/A</v></c>' +
          '<c r="D1"><f>1+1</f><v>2</v></c><c r="E1"><f>A1</f></c><c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="G1" t="n"><v>3.5E+2</v></c></row>',
      },
    ]);
    const grid = await gridOf(bytes);
    const problems: CellProblem[] = [];
    const read = grid.read(1);
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => read(i, 'text', problems))).toEqual(['15578338068', true, undefined, '2', undefined, undefined, '350']);
    expect(read(0, 'identifier', [])).toBe('15578338068');
    expect(problems).toEqual([
      { kind: 'error', error: '#N/A' },
      { kind: 'error', error: '#DIV/0!' },
    ]);
  });

  it('reads dates through the number formats: built-in ids 14 and 22, zh-CN id 31, custom ones; a year-month format gives YYYY-MM', async () => {
    // Styles: 1 → id 14, 2 → id 22, 3 → id 31, 4 → custom yyyy"年"m"月", 5 → custom yyyy/mm/dd, 6 → custom 0.00"元" (not a date).
    const bytes = xlsxPackage(
      [
        {
          name: 'D',
          rows:
            '<row r="1"><c r="A1" s="1"><v>40422</v></c><c r="B1" s="2"><v>40422.5</v></c><c r="C1" s="3"><v>40422</v></c>' +
            '<c r="D1" s="4"><v>42064</v></c><c r="E1" s="5"><v>40422</v></c><c r="F1" s="6"><v>40422</v></c><c r="G1" t="d"><v>2010-09-01</v></c></row>',
        },
      ],
      { xfs: [0, 14, 22, 31, 164, 165, 166], numFmts: { 164: 'yyyy"年"m"月"', 165: 'yyyy/mm/dd', 166: '0.00"元"' } },
    );
    expect((await gridOf(bytes)).texts(1)).toEqual(['2010-09-01', '2010-09-01', '2010-09-01', '2015-03', '2010-09-01', '40422', '2010-09-01']);
  });

  it('counts dates from 1904 when the workbook says so', async () => {
    const bytes = xlsxPackage([{ name: 'D', rows: '<row r="1"><c r="A1" s="1"><v>38960</v></c></row>' }], { xfs: [0, 14], date1904: true });
    expect((await gridOf(bytes)).texts(1)).toEqual(['2010-09-01']);
  });

  it('reads a merged cell as its top-left cell, across and down', async () => {
    const bytes = xlsxPackage(
      [{ name: 'M', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>联系电话</t></is></c><c r="B1"/></row><row r="2"><c r="A2"><v>7</v></c></row>', after: '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="A2:A3"/></mergeCells>' }],
    );
    const grid = await gridOf(bytes);
    expect([grid.texts(1), grid.texts(2), grid.texts(3), grid.rowCount]).toEqual([['联系电话', '联系电话'], ['7'], ['7'], 3]);
  });

  it('reads prefixed tags and cells without references, and leaves chart sheets out', async () => {
    const rows = '<x:row><x:c t="inlineStr"><x:is><x:t>甲</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row r="3"><x:c r="C3"><x:v>3</x:v></x:c></x:row>';
    const grid = await gridOf(xlsxPackage([{ name: 'P', rows }]));
    expect([grid.texts(1), grid.texts(2), grid.texts(3)]).toEqual([['甲', '2'], [], ['', '', '3']]);
  });

  it('gives the same sheets inflated natively or by fflate, deflated or stored', async () => {
    const sheet = { name: 'S', rows: Array.from({ length: 3000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>第${i}行</t></is></c><c r="B${i + 1}"><v>${i * 7}</v></c></row>`).join('') };
    const deflated = xlsxPackage([sheet]);
    const stored = xlsxPackage([sheet], { level: 0 });
    const all = await Promise.all([readXlsx(deflated, { inflater: 'native' }), readXlsx(deflated, { inflater: 'fflate' }), readXlsx(stored, { inflater: 'native' })]);
    expect(all[0]!.sheets[0]!.rows.length).toBe(3000);
    expect(all[1]).toEqual(all[0]);
    expect(all[2]).toEqual(all[0]);
  });

  it('reads member records with their cell references from bytes (the browser path)', async () => {
    const members = xlsxPackage(
      [
        { name: '民族', state: 'hidden', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>01 汉族</t></is></c></row>' },
        {
          name: '党员',
          rows:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
            '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" s="1"><v>32143</v></c><c r="C2"><v>13800138000</v></c></row>',
        },
      ],
      { strings: ['姓名', '出生日期', '手机号', '张三'], xfs: [0, 14] },
    );
    const read = await readDatasetBytes({ orgs: { name: '党组织.xlsx', bytes: ORGS }, members: { name: '党员.xlsx', bytes: members } });
    expect(read.issues).toEqual([]);
    expect(read.members).toEqual([{ name: '张三', birthDate: '1988-01-01', mobile: '13800138000' }]);
    expect(read.sources.members[0]).toMatchObject({ file: '党员.xlsx', sheet: '党员', row: 2 });
    expect([...read.sources.members[0]!.columns]).toEqual([['name', 1], ['birthDate', 2], ['mobile', 3]]);
    expect(read.orgs).toMatchObject([{ name: '中共甲支部委员会', category: 631 }]);
  });
});
