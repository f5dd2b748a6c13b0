/**
 * The files a command reads — the two positionals, `--units` and every `--tables` file — and the
 * refusal of an output that would overwrite one of them (exit code 2, before anything is read).
 * @module
 */
import { findSameFile } from '../io/write/sameFile.js';
import type { CliOptions } from './args.js';
import type { CliStreams } from './env.js';
import { usageError } from './commands/usageError.js';

/**
 * Every input file of a command line.
 * @example
 * inputFiles(['orgs.xlsx', 'members.csv'], { locale: 'zh-CN', help: false, units: 'units.xlsx', tables: ['codes.json'] }) // ['orgs.xlsx', 'members.csv', 'units.xlsx', 'codes.json']
 */
export function inputFiles(positionals: readonly string[], options: CliOptions): string[] {
  return [...positionals, ...(options.units !== undefined ? [options.units] : []), ...(options.tables ?? [])];
}

/** Exit code 2 (after saying which) when one of `outputs` is one of `inputs`; undefined when none is. */
export async function refuseInputAsOutput(outputs: readonly string[], inputs: readonly string[], streams: CliStreams, options: CliOptions): Promise<2 | undefined> {
  for (const out of outputs) {
    const input = await findSameFile(out, inputs);
    if (input === undefined) continue;
    return usageError(
      streams,
      options.locale === 'en'
        ? `--out ${out} is the input file ${input}; an input is never overwritten`
        : `--out ${out} 就是输入文件 ${input}，不能覆盖输入文件`,
    );
  }
  return undefined;
}
