/**
 * The library's own engine for the CLI, loaded on first use: the dataset check, the record
 * normaliser, the code tables and the sample district.
 * @module
 */
import { codeTables } from '../codes/index.js';
import { createRecordNormalizer } from '../io/fix/recordNormalizer.js';
import type { CheckDatasetFn, CheckDatasetStreamFn, Engine, SampleFn } from './env.js';

/**
 * The engine with every part the library has.
 * @example
 * typeof (await defaultEngine()).codeTables // 'function'
 */
export async function defaultEngine(): Promise<Engine> {
  const [dataset, sample] = await Promise.all([import('../dataset/index.js'), import('../sample.js')]);
  return {
    normalizer: createRecordNormalizer,
    codeTables: () => codeTables as unknown as Record<string, never>,
    checkDataset: dataset.checkDataset as CheckDatasetFn,
    checkDatasetStream: dataset.checkDatasetStream as CheckDatasetStreamFn,
    sample: sample.generateSampleDistrict as SampleFn,
    sampleToday: sample.SAMPLE_TODAY,
    sampleTables: sample.sampleTables,
  };
}
