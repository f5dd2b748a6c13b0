// Public API of src/dataset, re-exported by src/index.ts.
export { checkDataset, type DatasetInput } from './checkDataset.js';
export { checkDatasetStream, type DatasetStreamInput, type MemberChunk, type StreamOptions } from './checkDatasetStream.js';
export type { DatasetReport } from './run.js';
export { summarize } from './summarize.js';
export { ageBand, AGE_BANDS, type Counts, type DatasetSummary, type StaffingUnit } from './summary.js';
export { MEMBERS_PER_WORKER } from './staffing.js';
export { compareSummaries, DEFAULT_COMPARED_FIGURES, type CompareOptions } from './compareSummaries.js';
export { compareDatasetPaths, sortIssues } from './sortIssues.js';
export { looseOrgKey } from './branchLinks.js';
export { returneeWord } from './branchRules.js';
export { IdNumberIndex } from './idNumberIndex.js';
export * from './rules.js';
