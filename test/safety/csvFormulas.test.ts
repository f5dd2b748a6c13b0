// Issue 14, "never let a file become a weapon": every CSV partyinfo writes (the issue list, the
// change list, fixed copies of CSV inputs, the sample) guards each cell a spreadsheet would run as
// a formula — starting with =, +, -, @, TAB or CR and not a plain number — with a leading '.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvParser } from '../../src/io/csv/csvParser.js';
import { csvField } from '../../src/io/report/formats.js';
import { BRANCH, cli, membersCsv, orgsCsv, tempDir } from './_cli.js';

const PAYLOADS = ["-1+cmd|' /C calc'!A0", '=HYPERLINK("http://x","y")', '+1+cmd', '@SUM(A1)', '\t=1+1', '\r=1+1', '-2-3'];
const LIVE = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Every cell of a CSV file written by partyinfo (UTF-8 with BOM). */
function cells(file: string): string[] {
  const parser = new CsvParser(',');
  return parser.end(parser.push(readFileSync(file, 'utf8').replace(/^\ufeff/, ''), [])).flat();
}

const live = (cell: string) => LIVE.test(cell) && !PLAIN_NUMBER.test(cell);

describe('csvField', () => {
  it('guards every formula-looking cell', () => {
    for (const payload of PAYLOADS) expect(csvField(payload).replace(/^"/, ''), JSON.stringify(payload)).toMatch(/^'/);
  });
  it('leaves plain numbers and ordinary text alone (quiet case)', () => {
    for (const value of ['-5', '+1.5', '2e3', '-0.25', '张三', '2017-07-24', "'=already guarded"]) expect(csvField(value)).toBe(value);
  });
});

describe('CSV outputs', () => {
  it('check --format csv: no cell of the report is live', async () => {
    const dir = tempDir();
    const orgs = orgsCsv(dir);
    const members = membersCsv(dir, ["-1+cmd|' /C calc'!A0", '@SUM(A1)', '+1+cmd']);
    const out = join(dir, 'report.csv');
    expect((await cli('check', orgs, members, '--format', 'csv', '--out', out)).code).toBe(1);
    const all = cells(out);
    expect(all).toContain("'-1+cmd|' /C calc'!A0");
    expect(all.filter(live)).toEqual([]);
  });

  it('fix --out DIR: the fixed copy, the issue list and the change list have no live cell', async () => {
    const dir = tempDir();
    const orgs = orgsCsv(dir);
    const members = membersCsv(dir, ["-1+cmd|' /C calc'!A0", '=1+2', '张三']);
    const out = join(dir, 'fixed');
    await cli('fix', orgs, members, '--out', out);
    const written = readdirSync(out);
    expect(written).toContain('members.csv');
    for (const file of written) expect(cells(join(out, file)).filter(live), file).toEqual([]);
    expect(cells(join(out, 'members.csv'))).toContain("'=1+2");
  });

  it('fix does not turn text kept inert by a leading TAB into a formula by trimming it', async () => {
    const dir = tempDir();
    const orgs = orgsCsv(dir);
    const members = join(dir, 'members.csv');
    writeFileSync(members, `姓名,所在党支部,身份证号,民族,家庭住址\n张三,${BRANCH},,汉族,"\t=1+2 某街道"\n`);
    const out = join(dir, 'fixed');
    await cli('fix', orgs, members, '--out', out);
    const fixed = cells(join(out, 'members.csv'));
    expect(fixed).toContain("'=1+2 某街道"); // trimmed by the normaliser, then guarded
    for (const file of readdirSync(out)) expect(cells(join(out, file)).filter(live), file).toEqual([]);
    expect(cells(join(out, '修改记录.csv'))).toContain("'=1+2 某街道"); // the change list says so, guarded too
  });
});
