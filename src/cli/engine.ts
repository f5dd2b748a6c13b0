/**
 * The library's own engine for the CLI, loaded on first use: the dataset check, the record
 * normaliser, the code tables and the sample district.
 * @module
 */
import { codeTables } from '../codes/index.js';
import { createRecordNormalizer } from '../io/fix/recordNormalizer.js';
import type { CodeTableOverrides } from '../codes/types.js';
import type { CheckDatasetFn, CheckDatasetStreamFn, Engine, SampleFn } from './env.js';

/**
 * The engine with every part the library has.
 * @example
 * typeof (await defaultEngine()).codeTables // 'function'
 */
export async function defaultEngine(): Promise<Engine> {
  const dataset = (await import('../dataset/index.js')) as Record<string, unknown>;
  const engine: Engine = {
    normalizer: createRecordNormalizer,
    codeTables: () => codeTables as unknown as Record<string, never>,
  };
  if (typeof dataset.checkDataset === 'function') engine.checkDataset = dataset.checkDataset as CheckDatasetFn;
  if (typeof dataset.checkDatasetStream === 'function') engine.checkDatasetStream = dataset.checkDatasetStream as CheckDatasetStreamFn;
  if (typeof dataset.generateSampleDistrict === 'function') engine.sample = dataset.generateSampleDistrict as SampleFn;
  if (typeof dataset.SAMPLE_TODAY === 'string') engine.sampleToday = dataset.SAMPLE_TODAY;
  if (typeof dataset.sampleTables === 'function') engine.sampleTables = dataset.sampleTables as () => CodeTableOverrides;
  return engine;
}
