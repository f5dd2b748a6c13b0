import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeTables } from '../codes/index.js';
import type { Issue } from '../result.js';
import { idNumber, saveCsv, tempDir } from '../io/__fixtures__/workbooks.js';
import { createRecordNormalizer } from '../io/fix/recordNormalizer.js';
import { readToday } from './today.js';
import type { CheckDatasetFn, CliStreams, Engine } from './env.js';
import { runCli } from './run.js';
import { VERSION } from './version.js';

const BRANCH = '中共甲村支部委员会';
const ID = idNumber('33021219800101106');

function streams(stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const s: CliStreams = {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
    ...(stdin === undefined ? {} : { stdin: (async function* () { yield new TextEncoder().encode(stdin); })() }),
  };
  return { streams: s, out: () => out.join(''), err: () => err.join('') };
}

/** A stand-in check: an error per member without an ID number; remembers what it was given. */
const given: { orgs?: unknown[]; today?: unknown }[] = [];
const fakeCheck: CheckDatasetFn = (data, options) => {
  given.push({ ...(data.orgs ? { orgs: data.orgs } : {}), today: options.today });
  const issues: Issue[] = [];
  data.members.forEach((m, i) => {
    if ((m as Record<string, unknown>).idNumber === undefined) issues.push({ rule: 'member.idNumber.required', severity: 'error', path: ['members', i, 'idNumber'], message: '未填公民身份证号' });
  });
  return { ok: !issues.some((i) => i.severity === 'error'), issues };
};
const engine: Engine = { checkDataset: fakeCheck, normalizer: createRecordNormalizer, codeTables: () => codeTables as never };

function memberCsv(dir: string, withError = false): string {
  return saveCsv(dir, 'members.csv', `姓名,所在党支部,身份证号\n张三,${BRANCH},${ID}\n${withError ? `李四,${BRANCH},\n` : ''}`, 'utf-8');
}

describe('partyinfo --version and COMMAND --help', () => {
  it('prints the version for --version and -v', async () => {
    for (const flag of ['--version', '-v']) {
      const s = streams();
      expect(await runCli([flag], s.streams)).toBe(0);
      expect(s.out()).toBe(`${VERSION}\n`);
    }
    expect(VERSION).toBe(JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')).version);
  });

  it("prints a command's own help: options, the --today default, exit codes", async () => {
    for (const argv of [['check', '--help'], ['help', 'check'], ['check', '-h']]) {
      const s = streams();
      expect(await runCli(argv, s.streams)).toBe(0);
      expect(s.out()).toContain('partyinfo check [党组织文件] <党员文件>');
      expect(s.out()).toContain('默认今天');
      expect(s.out()).toContain('退出码');
    }
    const fix = streams();
    expect(await runCli(['fix', '--help'], fix.streams)).toBe(0);
    expect(fix.out()).toContain('修改记录');
    expect(fix.out()).not.toContain('partyinfo check [');
  });
});

describe("partyinfo: usage errors in the user's language", () => {
  it('answers an unknown option in Chinese, or English with --locale en, without the parser text', async () => {
    const zh = streams();
    expect(await runCli(['check', 'a', 'b', '--bogus'], zh.streams)).toBe(2);
    expect(zh.err()).toContain('未知选项 --bogus');
    expect(zh.err()).toContain('partyinfo check --help');
    const en = streams();
    expect(await runCli(['check', '--locale', 'en', '-x', 'a'], en.streams)).toBe(2);
    expect(en.err()).toContain('unknown option -x');
    const missing = streams();
    expect(await runCli(['check', 'a', '--out'], missing.streams)).toBe(2);
    expect(missing.err()).toContain('选项 --out 缺少取值');
    const flag = streams();
    expect(await runCli(['--help=yes'], flag.streams)).toBe(2);
    expect(flag.err()).toContain('不带取值');
    for (const s of [zh, en, missing, flag]) expect(s.err()).not.toMatch(/Unknown option|To specify a positional|argument missing|ERR_PARSE_ARGS/);
  });

  it('takes --today in the forms a date cell takes, and refuses a month alone or a day that does not exist', async () => {
    expect(readToday('2017年7月24日', 'zh-CN')).toBe('2017-07-24');
    expect(readToday('2017.7.24', 'zh-CN')).toBe('2017-07-24');
    expect(readToday('20170724', 'zh-CN')).toBe('2017-07-24');
    expect(readToday('2017年7月', 'zh-CN')).toBeInstanceOf(Error);
    const dir = tempDir();
    const file = memberCsv(dir);
    given.length = 0;
    expect(await runCli(['check', file, '--today', '2017/7/24'], streams().streams, engine)).toBe(0);
    expect(given[0]!.today).toBe('2017-07-24');
    const bad = streams();
    expect(await runCli(['check', file, '--today', '2017-02-30'], bad.streams, engine)).toBe(2);
    expect(bad.err()).toContain('--today 不是有效日期');
  });
});

describe('partyinfo check: files and outputs', () => {
  it('checks a member file alone, without orgs', async () => {
    const dir = tempDir();
    given.length = 0;
    const s = streams();
    expect(await runCli(['check', memberCsv(dir, true)], s.streams, engine)).toBe(1);
    expect(given[0]!.orgs).toBeUndefined();
    expect(s.out()).toContain('member.idNumber.required');
  });

  it('reads "-" from standard input and writes --out - to standard output', async () => {
    const s = streams(`姓名,所在党支部,身份证号\n张三,${BRANCH},\n`);
    expect(await runCli(['check', '-', '--format', 'json', '--out', '-'], s.streams, engine)).toBe(1);
    const report = JSON.parse(s.out());
    expect(report.issues[0].location.cell).toBe('标准输入!C2');
  });

  it('chooses the format by the --out extension and refuses one --format contradicts', async () => {
    const dir = tempDir();
    const file = memberCsv(dir, true);
    const html = join(dir, 'report.html');
    expect(await runCli(['check', file, '--out', html], streams().streams, engine)).toBe(1);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/);
    const json = join(dir, 'report.json');
    expect(await runCli(['check', file, '--out', json], streams().streams, engine)).toBe(1);
    expect(JSON.parse(readFileSync(json, 'utf8')).counts.error).toBe(1);
    const clash = streams();
    expect(await runCli(['check', file, '--out', join(dir, 'r.csv'), '--format', 'html'], clash.streams, engine)).toBe(2);
    expect(clash.err()).toContain('与 --format html 不一致');
  });

  it('says 文件不存在 for a missing .csv as for a missing .xlsx', async () => {
    for (const name of ['nope.csv', 'nope.xlsx']) {
      const s = streams();
      expect(await runCli(['check', join(tempDir(), name)], s.streams, engine)).toBe(2);
      expect(s.err()).toContain(`${name}：文件不存在`);
      expect(s.err()).not.toContain('ENOENT');
    }
    const withOrgs = streams();
    const orgs = saveCsv(tempDir(), 'orgs.csv', `党组织名称,组织类别\n${BRANCH},631\n`, 'utf-8');
    const streamed: Engine = {
      ...engine,
      checkDatasetStream: async (data) => {
        for await (const chunk of data.members) void chunk;
        return { ok: true, issues: [] };
      },
    };
    expect(await runCli(['check', orgs, join(tempDir(), 'nope.csv')], withOrgs.streams, streamed)).toBe(2);
    expect(withOrgs.err()).toContain('文件不存在');
  });
});

describe('partyinfo codes', () => {
  it('lists the tables when none is named (exit 0)', async () => {
    const s = streams();
    expect(await runCli(['codes'], s.streams, engine)).toBe(0);
    for (const name of ['组织类别', '单位类别', '单位建立党组织情况', '学历', '工作岗位', '民族']) expect(s.out()).toContain(name);
  });

  it('shows the names of groups where known, and says so where not', async () => {
    const s = streams();
    expect(await runCli(['codes', '学历', '21'], s.streams, engine)).toBe(0);
    expect(s.out()).toContain('21\t大学\t↑2 本专科教育');
    const org = streams();
    expect(await runCli(['codes', '组织类别', '631'], org.streams, engine)).toBe(0);
    expect(org.out()).toContain('↑63 （名称未查到）');
  });
});
