/**
 * `partyinfo sample --out DIR`: the bundled sample district as spreadsheets, to try the other
 * commands on — with the code tables it is checked with (`代码表.json`, for `check --tables`).
 *
 * The district's towns, villages, social organisations and joint branches use unit codes the
 * bundled tables hold only with low confidence; the library checks it as a district that has
 * confirmed them against its official appendix (`sampleTables`). The CLI does the same, the way any
 * district would: the appendix is a file, passed with `--tables`. Without it, `check` honestly
 * warns `code.unverified` on each such unit (908 on the sample).
 *
 * Files already in the folder are not replaced unless `--force` is given.
 * @module
 */
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CliOptions } from '../args.js';
import type { CliStreams, Engine } from '../env.js';
import { writeFileAtomic } from '../../io/write/atomicWrite.js';
import { datasetFileNames, writeDatasetFiles } from '../../io/write/outputs.js';
import { SAMPLE_MAX_COUNT } from '../../dataset/sample/constants.js';
import { createProgress } from '../progress.js';
import { usageError } from './usageError.js';

/**
 * The file the sample's code tables are written to, beside the spreadsheets.
 * @example
 * SAMPLE_TABLES_FILE // '代码表.json'
 */
export const SAMPLE_TABLES_FILE = '代码表.json';

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** Runs `sample`; resolves to the exit code. */
export async function runSampleCommand(positionals: string[], options: CliOptions, streams: CliStreams, engine: Engine): Promise<number> {
  const en = options.locale === 'en';
  if (!options.out) return usageError(streams, en ? 'sample needs --out DIR' : 'sample 需要 --out 目录');
  if (positionals.length > 0) return usageError(streams, en ? `unexpected argument ${positionals[0]}` : `多余的参数 ${positionals[0]}`);
  if (!engine.sample) return usageError(streams, en ? 'the sample district is not available in this build' : '此版本没有示例数据');
  for (const name of ['orgs', 'members'] as const) {
    const n = options[name];
    // The generator would fall back to the guide's size without a word: say so instead.
    if (n !== undefined && (n < 0 || n > SAMPLE_MAX_COUNT)) {
      return usageError(streams, en ? `--${name} must be 0 to ${SAMPLE_MAX_COUNT}: ${n}` : `--${name} 应在 0 到 ${SAMPLE_MAX_COUNT} 之间：${n}`);
    }
  }
  const planned = [...Object.values(datasetFileNames(options.out)), ...(engine.sampleTables ? [join(options.out, SAMPLE_TABLES_FILE)] : [])];
  const existing: string[] = [];
  for (const file of planned) if (await exists(file)) existing.push(file);
  if (existing.length > 0 && !options.force) {
    return usageError(streams, en ? `${existing.join(', ')} already exist; add --force to replace them` : `${existing.join('、')} 已存在；确需替换请加 --force`);
  }
  const sample = engine.sample({
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.orgs !== undefined ? { orgs: options.orgs } : {}),
    ...(options.members !== undefined ? { members: options.members } : {}),
  });
  let files: string[];
  const progress = createProgress(streams.stderr, '');
  progress.step(en ? `Writing ${sample.orgs.length} orgs and ${sample.members.length} members to ${options.out}` : `正在写出党组织 ${sample.orgs.length} 个、党员 ${sample.members.length} 名到 ${options.out}`);
  try {
    files = await writeDatasetFiles(options.out, sample, { ...(engine.sampleToday ? { date: engine.sampleToday } : {}) });
    if (engine.sampleTables) {
      const tables = Object.values(engine.sampleTables()).map((table) => table.data);
      const file = join(options.out, SAMPLE_TABLES_FILE);
      await writeFileAtomic(file, `${JSON.stringify(tables, null, 2)}\n`);
      files.push(file);
    }
  } catch (error) {
    progress.done();
    return usageError(streams, `${options.out}: ${error instanceof Error ? error.message : String(error)}`);
  }
  progress.done();
  const today = engine.sampleToday ? ` --today ${engine.sampleToday}` : '';
  const tables = engine.sampleTables ? ` --tables "${join(options.out, SAMPLE_TABLES_FILE)}"` : '';
  streams.stdout.write(
    (en ? `Written (${sample.orgs.length} orgs, ${sample.members.length} members):\n` : `已写出（党组织 ${sample.orgs.length} 个，党员 ${sample.members.length} 名）：\n`) +
      files.map((f) => `  ${f}\n`).join('') +
      (en ? 'Try: ' : '试试：') + `partyinfo check "${files[0]}" "${files[1]}"${today}${tables}\n`,
  );
  return 0;
}
