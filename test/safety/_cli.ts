// Helpers of the safety suite: the CLI run in-process with the library's own engine, and small
// real input files in a fresh temporary folder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { runCli } from '../../src/cli/run.js';

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'partyinfo-safety-'));
}

/** Runs `partyinfo …` in-process; resolves to the exit code and what was written to stdout and stderr. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } });
  return { code, out: out.join(''), err: err.join('') };
}

export const BRANCH = '中共甲村支部委员会';
/** An org file of one branch (UTF-8 with BOM). */
export function orgsCsv(dir: string, name = 'orgs.csv'): string {
  const file = join(dir, name);
  writeFileSync(file, `\ufeff党组织名称,组织类别\n${BRANCH},631\n`);
  return file;
}

/** A member file: the header, then one row per name (the ID number missing, so each is an error). */
export function membersCsv(dir: string, names: readonly string[], name = 'members.csv', encoding: 'utf-8' | 'gbk' = 'utf-8'): string {
  const file = join(dir, name);
  const text = `姓名,所在党支部,身份证号,民族\n${names.map((n) => `${n},${BRANCH},,汉族`).join('\n')}\n`;
  writeFileSync(file, encoding === 'gbk' ? iconv.encode(text, 'gbk') : text);
  return file;
}
