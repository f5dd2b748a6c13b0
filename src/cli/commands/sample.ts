/**
 * `partyinfo sample --out DIR`: the bundled sample district as spreadsheets, to try the other
 * commands on.
 * @module
 */
import type { CliOptions } from '../args.js';
import type { CliStreams, Engine } from '../env.js';
import { writeDatasetFiles } from '../../io/write/outputs.js';
import { usageError } from './checkFiles.js';

/** Runs `sample`; resolves to the exit code. */
export async function runSampleCommand(positionals: string[], options: CliOptions, streams: CliStreams, engine: Engine): Promise<number> {
  const en = options.locale === 'en';
  if (!options.out) return usageError(streams, en ? 'sample needs --out DIR' : 'sample 需要 --out 目录');
  if (positionals.length > 0) return usageError(streams, en ? `unexpected argument ${positionals[0]}` : `多余的参数 ${positionals[0]}`);
  if (!engine.sample) return usageError(streams, en ? 'the sample district is not available in this build' : '此版本没有示例数据');
  const sample = engine.sample({
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.orgs !== undefined ? { orgs: options.orgs } : {}),
    ...(options.members !== undefined ? { members: options.members } : {}),
  });
  let files: string[];
  try {
    files = await writeDatasetFiles(options.out, sample, { ...(engine.sampleToday ? { date: engine.sampleToday } : {}) });
  } catch (error) {
    return usageError(streams, `${options.out}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const today = engine.sampleToday ? ` --today ${engine.sampleToday}` : '';
  streams.stdout.write(
    (en ? `Written (${sample.orgs.length} orgs, ${sample.members.length} members):\n` : `已写出（党组织 ${sample.orgs.length} 个，党员 ${sample.members.length} 名）：\n`) +
      files.map((f) => `  ${f}\n`).join('') +
      (en ? 'Try: ' : '试试：') + `partyinfo check "${files[0]}" "${files[1]}"${today}\n`,
  );
  return 0;
}
