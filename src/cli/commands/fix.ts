/**
 * `partyinfo fix <orgs> <members> --out FILE.xlsx|DIR`: the normalised spreadsheets with the
 * change list and the issue list. The inputs are never modified.
 * @module
 */
import { planFixes } from '../../io/fix/planFixes.js';
import { isInputFile, writeFixedCopies, writeMarkedWorkbook } from '../../io/write/outputs.js';
import type { CliOptions } from '../args.js';
import type { CliStreams, Engine } from '../env.js';
import { createProgress } from '../progress.js';
import { checkFiles } from './checkFiles.js';
import { usageError } from './usageError.js';

/** Runs `fix`; resolves to the exit code (1 while errors remain, as for `check`). */
export async function runFixCommand(positionals: string[], options: CliOptions, streams: CliStreams, engine: Engine): Promise<number> {
  const en = options.locale === 'en';
  if (positionals.length !== 2) return usageError(streams, en ? 'fix needs two files: <orgs-file> <members-file>' : 'fix 需要两个文件：<党组织文件> <党员文件>');
  if (!options.out) return usageError(streams, en ? 'fix needs --out FILE.xlsx or --out DIR' : 'fix 需要 --out 文件.xlsx 或 --out 目录');
  if (!engine.normalizer) return usageError(streams, en ? 'the record normaliser is not available in this build' : '此版本没有记录规范化功能');
  const run = await checkFiles({ orgs: positionals[0]!, members: positionals[1]! }, { ...options, fixing: true }, streams, engine);
  if (run === 2) return 2;
  const { read, report, validateOptions } = run;
  const plan = planFixes(read, engine.normalizer(validateOptions), { locale: options.locale });
  let written: string[];
  const progress = createProgress(streams.stderr, '');
  progress.step(en ? `Writing ${options.out}` : `正在写出 ${options.out}`);
  try {
    if (options.out.toLowerCase().endsWith('.xlsx')) {
      if (await isInputFile(options.out, read.books)) {
        return usageError(streams, en ? `--out ${options.out} is an input file; it is never overwritten` : `--out ${options.out} 是输入文件，不能覆盖原文件`);
      }
      await writeMarkedWorkbook(options.out, read.books, report, plan, { locale: options.locale });
      written = [options.out];
    } else {
      written = await writeFixedCopies(options.out, read.books, report, plan, { locale: options.locale });
    }
  } catch (error) {
    progress.done();
    return usageError(streams, `${options.out}: ${error instanceof Error ? error.message : String(error)}`);
  }
  progress.done();
  const { error, warning, review } = report.counts;
  streams.stdout.write(
    en
      ? `Written: ${written.join(', ')}\n${plan.changes.length} changes; remaining problems: ${error} errors, ${warning} warnings, ${review} reviews.\n`
      : `已写出：${written.join('、')}\n修改 ${plan.changes.length} 处；仍有问题：错误 ${error} 个，需核实 ${warning} 个，需上报审核 ${review} 个。\n`,
  );
  return report.ok ? 0 : 1;
}
