/**
 * `partyinfo/sample`: the synthetic sample district (2,906 orgs, 61,451 members, planted issues with their
 * expected findings) and the code tables and options it is checked with. For demos, tests and benchmarks;
 * every person in it is invented.
 * @module
 */
export {
  generateSampleDistrict,
  streamSampleDistrict,
  SAMPLE_MEMBER_COUNT,
  SAMPLE_ORG_COUNT,
  SAMPLE_SEED,
  SAMPLE_TODAY,
  type SampleOptions,
} from './dataset/sample/generate.js';
export { sampleOptions, sampleTables } from './dataset/sample/tables.js';
export type { PlantedIssue, SampleDistrict, SampleMember, SampleOrg, SampleUnit } from './dataset/sample/types.js';
