import { describe, expect, it } from 'vitest';
import { idNumber, saveCsv, tempDir } from '../__fixtures__/workbooks.js';
import { readDataset } from '../readDataset.js';
import { fixedCsvRows } from './applyFixes.js';
import { planFixes, writtenText } from './planFixes.js';
import { createRecordNormalizer } from './recordNormalizer.js';

const BRANCH = '中共甲村支部委员会';
const ID = idNumber('33021219800101106');

/** A cell of a fixed CSV copy by the change's location. */
function cellAt(rows: string[][], row: number, column: number): string {
  return rows[row - 1]?.[column - 1] ?? '';
}

describe('fix: the 修改记录 says what the cell holds', () => {
  it('keeps each coded cell in the form the input used, and logs exactly that', async () => {
    const dir = tempDir();
    const members = saveCsv(
      dir,
      'members.csv',
      `姓名,所在党支部,身份证号,民族,学历,工作岗位\n张三,${BRANCH},${ID.toLowerCase()},1 汉族,大学本科,11\n李四,${BRANCH},${ID},汉,21 大学本科,011 公务员\n`,
      'utf-8',
    );
    const orgs = saveCsv(dir, 'orgs.csv', `党组织名称,组织类别\n${BRANCH},631 支部\n中共甲镇委员会,611 基层党委\n`, 'utf-8');
    const read = await readDataset({ orgs, members });
    const plan = planFixes(read, createRecordNormalizer({ today: '2017-07-24' }));
    const books = { orgs: read.books.orgs!, members: read.books.members! };
    const fixed = { orgs: fixedCsvRows(books.orgs as never, plan), members: fixedCsvRows(books.members as never, plan) };
    const located = plan.changes.filter((c) => c.location?.column !== undefined);
    expect(located.length).toBeGreaterThan(3);
    for (const change of located) {
      const rows = change.path[0] === 'orgs' ? fixed.orgs : fixed.members;
      const cell = cellAt(rows, change.location!.row, change.location!.column!);
      if (change.field === '公民身份证号') expect(change.after).not.toBe(cell);
      else expect(change.after, `${change.cell} ${change.field}`).toBe(cell);
    }
    const byCell = new Map(located.map((c) => [c.cell, c]));
    expect(byCell.get('members!E2')).toMatchObject({ before: '大学本科', after: '大学' });
    expect(byCell.get('orgs!B3')).toMatchObject({ before: '611 基层党委', after: '611 党委' });
    expect(byCell.get('members!D2')).toMatchObject({ after: '01 汉族' });
  });

  it('keeps ID numbers and phones masked in the log while the cell gets the full value', () => {
    expect(writtenText('idNumber', { value: ID }, '330212********106X')).toBe('330212********106X');
    expect(writtenText('mobile', { value: '13800138000' }, '138****8000')).toBe('138****8000');
    expect(writtenText('joinDate', { value: new Date(Date.UTC(2010, 8, 1)) }, '40422')).toBe('2010-09-01');
  });
});
