import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { codeTables } from '../codes/index.js';
import { checkDataset } from '../dataset/checkDataset.js';
import { generateSampleDistrict, SAMPLE_TODAY } from '../dataset/sample/generate.js';
import { sampleTables } from '../dataset/sample/tables.js';
import type { Issue } from '../result.js';
import { idNumber, saveCsv, saveWorkbook, tempDir, templateWorkbook } from '../io/__fixtures__/workbooks.js';
import { createRecordNormalizer } from '../io/fix/recordNormalizer.js';
import type { CheckDatasetFn, Engine, TextOut } from './env.js';
import { runCli } from './run.js';

const BRANCH = '中共甲村支部委员会';
const ID = idNumber('33021219800101106');

function streams(isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const stdout: TextOut = { write: (t: string) => out.push(t) };
  const stderr: TextOut = { write: (t: string) => err.push(t), isTTY };
  return { streams: { stdout, stderr }, out: () => out.join(''), err: () => err.join('') };
}

/** A stand-in for the dataset check: an error per member without an ID number, a warning per missing mobile. */
const fakeCheck: CheckDatasetFn = (data, options) => {
  const issues: Issue[] = [];
  data.members.forEach((m, i) => {
    const r = m as Record<string, unknown>;
    if (r.idNumber === undefined) issues.push({ rule: 'member.idNumber.required', severity: 'error', path: ['members', i, 'idNumber'], message: options.locale === 'en' ? 'ID number missing' : '未填公民身份证号' });
    if (r.mobile === undefined) issues.push({ rule: 'member.mobile.missing', severity: 'warning', path: ['members', i, 'mobile'], message: '未填手机号' });
  });
  return { ok: !issues.some((i) => i.severity === 'error'), issues };
};

const engine: Engine = {
  checkDataset: fakeCheck,
  normalizer: createRecordNormalizer,
  codeTables: () => codeTables as never,
};

function files(dir: string, withError: boolean) {
  const orgs = saveCsv(dir, 'orgs.csv', `党组织名称,组织类别\n${BRANCH},631\n`, 'utf-8-bom');
  const members = saveCsv(
    dir,
    'members.csv',
    `姓名,所在党支部,身份证号,民族,手机号,备注\n张三,${BRANCH},${ID.toLowerCase()},1 汉族,13800138000,调入\n` +
      (withError ? `李四,${BRANCH},,汉族,,\n` : ''),
    'gbk',
  );
  return { orgs, members };
}

describe('partyinfo: usage', () => {
  it('exits 2 with a message for bad usage', async () => {
    for (const argv of [[], ['frobnicate'], ['check', 'a.csv'], ['check', 'a', 'b', '--bogus'], ['check', 'a', 'b', '--today', '2017-02-30'], ['check', 'a', 'b', '--format', 'pdf'], ['check', 'a', 'b', '--format', 'xlsx'], ['fix', 'a', 'b'], ['sample'], ['check', 'a', 'b', '--locale', 'fr'], ['sample', '--out', 'x', '--members', 'many']]) {
      const s = streams();
      expect(await runCli(argv, s.streams, engine), argv.join(' ')).toBe(2);
      expect(s.err()).toMatch(/partyinfo|用法/);
    }
  });

  it('prints help and exits 0', async () => {
    const s = streams();
    expect(await runCli(['--help'], s.streams, engine)).toBe(0);
    expect(s.out()).toContain('partyinfo check');
  });

  it('names the unreadable file and why', async () => {
    const dir = tempDir();
    const { orgs } = files(dir, false);
    const s = streams();
    expect(await runCli(['check', orgs, join(dir, 'nope.xlsx')], s.streams, engine)).toBe(2);
    expect(s.err()).toContain('nope.xlsx');
    expect(s.err()).toContain('文件不存在');
    const en = streams();
    expect(await runCli(['check', orgs, join(dir, 'nope.xlsx'), '--locale', 'en'], en.streams, engine)).toBe(2);
    expect(en.err()).toContain('no such file');
  });

  it('says so when the dataset check is missing from the engine', async () => {
    const dir = tempDir();
    const { orgs, members } = files(dir, false);
    const s = streams();
    expect(await runCli(['check', orgs, members], s.streams, {})).toBe(2);
    expect(s.err()).toContain('数据集检查');
  });
});

describe('partyinfo check', () => {
  it('exits 0 on a clean dataset and 1 when errors are found', async () => {
    const dir = tempDir();
    const clean = files(dir, false);
    const s = streams();
    expect(await runCli(['check', clean.orgs, clean.members, '--today', '2017-07-24'], s.streams, engine)).toBe(0);
    expect(s.out()).toContain('没有发现问题');
    const dirty = files(tempDir(), true);
    const t = streams();
    expect(await runCli(['check', dirty.orgs, dirty.members], t.streams, engine)).toBe(1);
    expect(t.out()).toContain('member.idNumber.required');
    expect(t.out()).toContain('members!C3');
  });

  it('writes JSON, CSV and HTML reports', async () => {
    const dir = tempDir();
    const { orgs, members } = files(dir, true);
    const json = streams();
    expect(await runCli(['check', orgs, members, '--format', 'json'], json.streams, engine)).toBe(1);
    const report = JSON.parse(json.out());
    expect(report).toMatchObject({ ok: false, orgs: 1, members: 2, counts: { error: 1, warning: 1 } });
    expect(report.issues[0].location.cell).toBe('members!C3');
    const csv = join(dir, 'issues.csv');
    expect(await runCli(['check', orgs, members, '--format', 'csv', '--out', csv], streams().streams, engine)).toBe(1);
    expect(readFileSync(csv, 'utf8')).toMatch(/^\ufeff序号,位置/);
    const html = join(dir, 'report.html');
    expect(await runCli(['check', orgs, members, '--format', 'html', '--out', html], streams().streams, engine)).toBe(1);
    expect(readFileSync(html, 'utf8')).toContain('问题清单');
  });

  it('writes a marked workbook and never overwrites an input', async () => {
    const dir = tempDir();
    const wb = await templateWorkbook([[1, '张三', BRANCH, undefined, '男', '01 汉族']]);
    const members = await saveWorkbook(wb, dir, 'members.xlsx');
    const { orgs } = files(dir, false);
    const out = join(dir, 'marked.xlsx');
    expect(await runCli(['check', orgs, members, '--out', out], streams().streams, engine)).toBe(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet('问题清单')!.getCell('B2').text).toBe('党员基本信息汇总表!D5');
    expect(book.getWorksheet('orgs')).toBeDefined();
    const s = streams();
    expect(await runCli(['check', orgs, members, '--format', 'xlsx', '--out', members], s.streams, engine)).toBe(2);
    expect(s.err()).toContain('不能覆盖');
  });

  it('draws a progress bar only on a terminal and only for big files', async () => {
    const dir = tempDir();
    const rows = Array.from({ length: 10_050 }, (_, i) => `党员${i},${BRANCH},${ID},汉族,13800138000,`).join('\n');
    const members = saveCsv(dir, 'big.csv', `姓名,所在党支部,身份证号,民族,手机号,备注\n${rows}\n`, 'utf-8');
    const { orgs } = files(dir, false);
    const tty = streams(true);
    await runCli(['check', orgs, members, '--format', 'json'], tty.streams, engine);
    expect(tty.err()).toContain('100%');
    const pipe = streams(false);
    await runCli(['check', orgs, members, '--format', 'json'], pipe.streams, engine);
    expect(pipe.err()).toBe('');
    const small = streams(true);
    const few = files(tempDir(), false);
    await runCli(['check', few.orgs, few.members], small.streams, engine);
    expect(small.err()).not.toContain('%');
  });
});

describe('partyinfo fix', () => {
  it('writes a fixed workbook with the changes listed, inputs untouched', async () => {
    const dir = tempDir();
    const { orgs, members } = files(dir, true);
    const sum = createHash('sha256').update(readFileSync(members)).digest('hex');
    const out = join(dir, 'fixed.xlsx');
    const s = streams();
    expect(await runCli(['fix', orgs, members, '--out', out, '--today', '2017-07-24'], s.streams, engine)).toBe(1);
    expect(s.out()).toContain('已写出');
    expect(createHash('sha256').update(readFileSync(members)).digest('hex')).toBe(sum);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet('members')!;
    expect(sheet.getCell('C2').value).toBe(ID);
    expect(sheet.getCell('D2').value).toBe('01 汉族');
    expect(sheet.getCell('F2').value).toBe('调入');
    expect(book.getWorksheet('修改记录')!.rowCount).toBeGreaterThan(1);
  });

  it('writes fixed copies into a folder', async () => {
    const dir = tempDir();
    const { orgs, members } = files(dir, false);
    const out = join(dir, 'out');
    expect(await runCli(['fix', orgs, members, '--out', out], streams().streams, engine)).toBe(0);
    expect(existsSync(join(out, 'members.csv'))).toBe(true);
    expect(existsSync(join(out, '修改记录.csv'))).toBe(true);
  });
});

describe('partyinfo codes', () => {
  it('looks codes up by code or name', async () => {
    const s = streams();
    expect(await runCli(['codes', '民族', '汉族'], s.streams, engine)).toBe(0);
    expect(s.out()).toContain('01\t汉族');
    const j = streams();
    expect(await runCli(['codes', 'orgCategory', '631', '--format', 'json'], j.streams, engine)).toBe(0);
    expect(JSON.parse(j.out())).toEqual(expect.arrayContaining([expect.objectContaining({ code: '631', leaf: true })]));
    expect(await runCli(['codes', '学历', '不存在的学历'], streams().streams, engine)).toBe(1);
    expect(await runCli(['codes', '星座'], streams().streams, engine)).toBe(2);
  });
});

describe('partyinfo sample', () => {
  it('writes the sample district as spreadsheets', async () => {
    const dir = tempDir();
    const sample = () => ({
      orgs: [{ id: 'o1', name: BRANCH, category: '631', unitSituation: 'legal-entity', unit: { name: '甲村', category: '511', partySetup: '31', code: '54330212MA2CCCCCC3' } }],
      members: [{ name: '张三', branch: BRANCH, idNumber: ID, ethnicity: '01' }],
    });
    const s = streams();
    expect(await runCli(['sample', '--out', dir], s.streams, { ...engine, sample, sampleToday: '2017-07-24' })).toBe(0);
    expect(s.out()).toContain('--today 2017-07-24');
    for (const f of ['党组织.xlsx', '党员.xlsx', '党组织.csv', '党员.csv']) expect(existsSync(join(dir, f))).toBe(true);
    const t = streams();
    expect(await runCli(['check', join(dir, '党组织.xlsx'), join(dir, '党员.xlsx')], t.streams, engine)).toBe(0);
    expect(t.out()).toContain('member.mobile.missing');
    expect(await runCli(['sample', '--out', dir], streams().streams, engine)).toBe(2);
  });
  it('refuses --members / --orgs outside 0 to 100,000,000 instead of ignoring them', async () => {
    const dir = tempDir();
    let made = 0;
    const sample = () => {
      made++;
      return { orgs: [], members: [] };
    };
    for (const argv of [['--members', '-5'], ['--orgs', '100000001'], ['--members', '200000000']]) {
      const s = streams();
      expect(await runCli(['sample', '--out', dir, ...argv], s.streams, { ...engine, sample }), argv.join(' ')).toBe(2);
      expect(s.err(), argv.join(' ')).toContain(argv[0]!);
    }
    expect(made).toBe(0);
    expect(await runCli(['sample', '--out', dir, '--members', '0', '--orgs', '100000000'], streams().streams, { ...engine, sample })).toBe(0);
    expect(made).toBe(1);
  });
});

describe('partyinfo sample, then check: the code tables of the sample', () => {
  // The real check and the sample's own tables: a village (单位类别 15, low confidence in the bundled table).
  const village = generateSampleDistrict({ planted: false, orgs: 0, members: 0 }).orgs.find((o) => o.unit?.category === '15')!;
  const real: Engine = { ...engine, checkDataset: checkDataset as CheckDatasetFn, sample: () => ({ orgs: [village], members: [] }), sampleToday: SAMPLE_TODAY, sampleTables };
  const unverified = (out: string) => (JSON.parse(out) as { issues: Issue[] }).issues.filter((i) => i.rule === 'code.unverified').map((i) => i.path.join('.'));

  it('writes 代码表.json and suggests --tables; checked with it, the confirmed codes are quiet', async () => {
    const dir = tempDir();
    const s = streams();
    expect(await runCli(['sample', '--out', dir], s.streams, real)).toBe(0);
    const tables = join(dir, '代码表.json');
    expect(s.out()).toContain(`--tables "${tables}"`);
    const orgs = join(dir, '党组织.xlsx');
    const members = join(dir, '党员.xlsx');
    const without = streams();
    await runCli(['check', orgs, members, '--today', SAMPLE_TODAY, '--format', 'json'], without.streams, real);
    expect(unverified(without.out())).toEqual(['orgs.0.unit.category']);
    const withTables = streams();
    await runCli(['check', orgs, members, '--today', SAMPLE_TODAY, '--tables', tables, '--format', 'json'], withTables.streams, real);
    expect(unverified(withTables.out())).toEqual([]);
  });

  it('refuses a --tables file it cannot use, saying which and why (exit 2)', async () => {
    const dir = tempDir();
    const { orgs, members } = files(dir, false);
    const bad = {
      'none.json': undefined,
      'broken.json': '{ "id": ',
      'shape.json': JSON.stringify({ id: 'unitCategory' }),
      'other.json': JSON.stringify({ ...codeTables.educationGbt4658.data }),
    };
    for (const [name, text] of Object.entries(bad)) {
      const file = text === undefined ? join(dir, name) : saveCsv(dir, name, text, 'utf-8');
      const s = streams();
      expect(await runCli(['check', orgs, members, '--tables', file], s.streams, engine), name).toBe(2);
      expect(s.err(), name).toContain(name);
    }
  });

  it('passes every --tables file to the check (one table, or an array of tables)', async () => {
    const dir = tempDir();
    const { orgs, members } = files(dir, false);
    const one = saveCsv(dir, 'unitCategory.json', JSON.stringify(sampleTables().unitCategory!.data), 'utf-8');
    const list = saveCsv(dir, 'list.json', JSON.stringify([sampleTables().unitPartySetup!.data]), 'utf-8');
    let seen: string[] = [];
    const spy: Engine = { ...engine, checkDataset: (data, options) => ((seen = Object.keys(options.tables ?? {})), fakeCheck(data, options)) };
    expect(await runCli(['check', orgs, members, '--tables', one, '--tables', list], streams().streams, spy)).toBe(0);
    expect(seen.sort()).toEqual(['unitCategory', 'unitPartySetup']);
  });
});

describe('partyinfo check: CSV members streamed', () => {
  /** A streamed stand-in: collects the chunks, then runs the batch stand-in on them. */
  const streamed: Engine = {
    ...engine,
    checkDatasetStream: async (data, options) => {
      const members: unknown[] = [];
      for await (const chunk of data.members) members.push(...chunk.records);
      return fakeCheck({ orgs: data.orgs, members }, options);
    },
  };

  it('streams a CSV member file and reports the same as the batch check', async () => {
    const dir = tempDir();
    const { orgs, members } = files(dir, true);
    const batch = streams();
    const stream = streams();
    expect(await runCli(['check', orgs, members, '--format', 'json'], batch.streams, engine)).toBe(1);
    expect(await runCli(['check', orgs, members, '--format', 'json'], stream.streams, streamed)).toBe(1);
    expect(JSON.parse(stream.out())).toEqual(JSON.parse(batch.out()));
  });

  it('still exits 2 for an unreadable member file', async () => {
    const dir = tempDir();
    const { orgs } = files(dir, false);
    const s = streams();
    expect(await runCli(['check', orgs, join(dir, 'none.csv')], s.streams, streamed)).toBe(2);
    expect(s.err()).toContain('none.csv');
    const noHeader = saveCsv(dir, 'plain.csv', 'a,b\n1,2\n', 'utf-8');
    expect(await runCli(['check', orgs, noHeader], streams().streams, streamed)).toBe(2);
  });
});
