import { describe, expect, it } from 'vitest';
import { checkDataset } from '../dataset/checkDataset.js';
import { runCli } from '../cli/run.js';
import type { TextOut } from '../cli/env.js';
import { excelDate, idNumber, saveCsv, saveWorkbook, tempDir, templateWorkbook } from './__fixtures__/workbooks.js';
import { absentItems, withoutAbsentRequired } from './layoutGaps.js';
import { readDataset } from './readDataset.js';

const BRANCH = '中共甲村支部委员会';
/** A clean member as the 2017 附件4 template holds one (no 家庭住址 column). */
const CLEAN_ROW = [1, '张三', BRANCH, idNumber('33021219800101101'), '男', '01 汉族', excelDate('1980-01-01'), '21 大学', '正式党员', '2005-07-01', '2006-07-01', '011 公务员', 13800138000, '', '正常', '否', '', '否', ''];

function streams() {
  const out: string[] = [];
  const err: string[] = [];
  const stdout: TextOut = { write: (t: string) => out.push(t) };
  const stderr: TextOut = { write: (t: string) => err.push(t) };
  return { streams: { stdout, stderr }, out: () => out.join(''), err: () => err.join('') };
}

describe('io.layout.itemsAbsent: what the sheet can hold', () => {
  it('fires once for the 附件4 template, whose layout has no 家庭住址, and drops member.address.required on every row', async () => {
    const dir = tempDir();
    const file = await saveWorkbook(await templateWorkbook([CLEAN_ROW, [2, ...CLEAN_ROW.slice(1, 3), idNumber('33021219800101202'), '女', ...CLEAN_ROW.slice(5)]]), dir, '党员.xlsx');
    const read = await readDataset({ members: file });
    expect(read.issues).toEqual([]);
    const notes = read.notes.filter((i) => i.rule === 'io.layout.itemsAbsent');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toBe('工作表“党员基本信息汇总表”没有“家庭住址”列，这些项未检查');
    const checked = checkDataset({ members: read.members }, { today: '2017-07-24' });
    expect(checked.issues.filter((i) => i.rule === 'member.address.required')).toHaveLength(2);
    const fitted = withoutAbsentRequired(checked.issues, read.sources);
    expect(fitted.map((i) => i.rule)).toEqual(['dataset.orgs.absent']);
  });

  it('stays quiet for a sheet with every item, where a blank 家庭住址 is still required', async () => {
    const dir = tempDir();
    const header = '姓名,性别,民族,公民身份证号,出生日期,学历,人员类别,所在党支部,加入党组织日期,转为正式党员日期,工作岗位,手机号,家庭住址,党籍状态,是否为失联党员,是否为流动党员';
    const file = saveCsv(dir, 'members.csv', `${header}\n张三,男,汉族,${idNumber('33021219800101101')},1980-01-01,21,正式党员,${BRANCH},2005-07-01,2006-07-01,011,13800138000,,正常,否,否\n`, 'utf-8');
    const read = await readDataset({ members: file });
    expect(read.notes).toEqual([]);
    const fitted = withoutAbsentRequired(checkDataset({ members: read.members }, { today: '2017-07-24' }).issues, read.sources);
    expect(fitted.map((i) => i.rule)).toContain('member.address.required');
  });

  it('names the form items a layout lacks (联系电话 is held by either phone column)', () => {
    expect(absentItems(['name', 'landline'], 'member', 'zh-CN')).not.toContain('联系电话');
    expect(absentItems(['name', 'category'], 'org', 'en')).toContain('unit code');
    expect(absentItems(['name', 'deputySecretary'], 'org', 'zh-CN')).not.toContain('党组织书记');
  });

  it('a clean official member sheet checked alone exits 0, saying once what was not checked', async () => {
    const dir = tempDir();
    const file = await saveWorkbook(await templateWorkbook([CLEAN_ROW]), dir, '党员.xlsx');
    const s = streams();
    expect(await runCli(['check', file, '--today', '2017-07-24', '--format', 'json'], s.streams), s.err()).toBe(0);
    const json = JSON.parse(s.out());
    expect(json.counts.error).toBe(0);
    const rules = [...json.issues, ...(json.notChecked ?? [])].map((i: { rule: string }) => i.rule);
    expect(rules.filter((r: string) => r === 'io.layout.itemsAbsent')).toHaveLength(1);
    expect(rules.filter((r: string) => r === 'dataset.orgs.absent')).toHaveLength(1);
    expect(rules).not.toContain('member.address.required');
  }, 60_000);
});
