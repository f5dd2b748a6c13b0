import { describe, expect, it } from 'vitest';
import { cellInput, cellText, csvCellInput, dateCellText, type CellProblem } from './cellValue.js';

describe('cellInput', () => {
  it('turns long numbers in identifier columns back to digits, flagging lost digits', () => {
    const problems: CellProblem[] = [];
    expect(cellInput({ value: 15578338068 }, 'identifier', problems)).toBe('15578338068');
    expect(problems).toEqual([]);
    expect(cellInput({ value: 330212198001011200 }, 'identifier', problems)).toBe('330212198001011200');
    expect(problems).toEqual([{ kind: 'precision' }]);
  });

  it('keeps code numbers for the code table unless the format shows the zeros', () => {
    expect(cellInput({ value: 11 }, 'code', [])).toBe(11);
    expect(cellInput({ value: 11, numFmt: '000' }, 'code', [])).toBe('011');
    expect(cellInput({ value: '01 汉族' }, 'code', [])).toBe('01 汉族');
  });

  it('keeps serial dates as numbers and shows date cells as Excel does', () => {
    expect(cellInput({ value: 40422 }, 'date', [])).toBe(40422);
    expect(cellInput({ value: new Date(Date.UTC(2010, 8, 1)), numFmt: 'yyyy/m/d' }, 'date', [])).toBe('2010-09-01');
    expect(cellInput({ value: new Date(Date.UTC(2015, 2, 1)), numFmt: 'yyyy"年"m"月"' }, 'date', [])).toBe('2015-03');
    expect(dateCellText(new Date(NaN))).toBeUndefined();
  });

  it('reads formulas by their cached result and reports formula errors', () => {
    const problems: CellProblem[] = [];
    expect(cellInput({ value: { formula: 'B2', result: '张三' } }, 'text', problems)).toBe('张三');
    expect(cellInput({ value: { sharedFormula: 'B2', result: 5 } }, 'text', problems)).toBe('5');
    expect(cellInput({ value: { formula: 'X1' } }, 'text', problems)).toBeUndefined();
    expect(cellInput({ value: { error: '#N/A' } }, 'text', problems)).toBeUndefined();
    expect(problems).toEqual([{ kind: 'error', error: '#N/A' }]);
  });

  it('joins rich text and reads hyperlinks by their text', () => {
    expect(cellInput({ value: { richText: [{ text: '张' }, { text: '三' }] } }, 'text', [])).toBe('张三');
    expect(cellInput({ value: { text: '13800138000', hyperlink: 'tel:13800138000' } }, 'identifier', [])).toBe('13800138000');
  });

  it('keeps strings, booleans and flags as they are, and empties as undefined', () => {
    expect(cellInput({ value: ' 张三 ' }, 'text', [])).toBe(' 张三 ');
    expect(cellInput({ value: true }, 'flag', [])).toBe(true);
    expect(cellInput({ value: 1 }, 'flag', [])).toBe(1);
    expect(cellInput({ value: '' }, 'text', [])).toBeUndefined();
    expect(cellInput({ value: null }, 'text', [])).toBeUndefined();
    expect(cellInput({ value: Number.NaN }, 'text', [])).toBeUndefined();
  });
});

describe('csvCellInput and cellText', () => {
  it('unwraps Excel text-forcing and flags scientific notation in identifiers', () => {
    const problems: CellProblem[] = [];
    expect(csvCellInput('="011"', 'code', problems)).toBe('011');
    expect(csvCellInput('3.30212E+17', 'identifier', problems)).toBe('3.30212E+17');
    expect(problems).toEqual([{ kind: 'precision' }]);
    expect(csvCellInput('', 'text', [])).toBeUndefined();
  });

  it('shows cells as text for headers', () => {
    expect(cellText({ value: 631 })).toBe('631');
    expect(cellText({ value: { richText: [{ text: '姓' }, { text: '名' }] } })).toBe('姓名');
    expect(cellText({ value: undefined })).toBe('');
  });
});
