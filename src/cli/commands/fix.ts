/**
 * `partyinfo fix <orgs> <members> --out FILE.xlsx|DIR`: the normalised spreadsheets with the
 * change list and the issue list. The inputs are never modified.
 * @module
 */
import { planFixes } from '../../io/fix/planFixes.js';
import { fixedCopyNames } from '../../io/write/fixedCopyNames.js';
import { writeFixedCopies, writeMarkedWorkbook } from '../../io/write/outputs.js';
import type { CliOptions } from '../args.js';
import type { CliStreams, Engine } from '../env.js';
import { inputFiles, refuseInputAsOutput } from '../inputs.js';
import { createProgress } from '../progress.js';
import { checkFiles } from './checkFiles.js';
import { usageError } from './usageError.js';

/** Runs `fix`; resolves to the exit code (1 while errors remain, as for `check`). */
export async function runFixCommand(positionals: string[], options: CliOptions, streams: CliStreams, engine: Engine): Promise<number> {
  const en = options.locale === 'en';
  if (positionals.length !== 2) return usageError(streams, en ? 'fix needs two files: <orgs-file> <members-file>' : 'fix 需要两个文件：<党组织文件> <党员文件>');
  if (!options.out) return usageError(streams, en ? 'fix needs --out FILE.xlsx or --out DIR' : 'fix 需要 --out 文件.xlsx 或 --out 目录');
  if (!engine.normalizer) return usageError(streams, en ? 'the record normaliser is not available in this build' : '此版本没有记录规范化功能');
  const out = options.out;
  const inputs = inputFiles(positionals.filter((p) => p !== '-'), options);
  const [orgs, members] = positionals as [string, string];
  const copies = [{ role: 'members' as const, file: members }, ...(orgs === members ? [] : [{ role: 'orgs' as const, file: orgs }]), ...(options.units ? [{ role: 'jointUnits' as const, file: options.units }] : [])];
  const names = fixedCopyNames(out, copies, options.locale);
  const outputs = out.toLowerCase().endsWith('.xlsx') ? [out] : [out, ...names.copies, names.issues, names.changes];
  if (await refuseInputAsOutput(outputs, inputs, streams, options)) return 2;
  const run = await checkFiles({ orgs: positionals[0]!, members: positionals[1]! }, { ...options, fixing: true }, streams, engine);
  if (run === 2) return 2;
  const { read, report, validateOptions } = run;
  const plan = planFixes(read, engine.normalizer(validateOptions), { locale: options.locale });
  let written: string[];
  const progress = createProgress(streams.stderr, '');
  progress.step(en ? `Writing ${options.out}` : `正在写出 ${options.out}`);
  try {
    if (out.toLowerCase().endsWith('.xlsx')) {
      await writeMarkedWorkbook(out, read.books, report, plan, { locale: options.locale, inputs });
      written = [out];
    } else {
      written = await writeFixedCopies(out, read.books, report, plan, { locale: options.locale, inputs });
    }
  } catch (error) {
    progress.done();
    return usageError(streams, `${out}: ${error instanceof Error ? error.message : String(error)}`);
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
