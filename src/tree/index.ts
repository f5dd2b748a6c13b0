// Public API of src/tree, re-exported by src/index.ts.
export { buildOrgTree, isOrgTree, type OrgTree, type EffectiveUnit } from './buildOrgTree.js';
export { checkOrgTree } from './checkOrgTree.js';
export { mergeOrgs, type MergeOptions, type TreeEdit } from './mergeOrgs.js';
export { relinkUnit } from './relinkUnit.js';
export type { OrgView } from './view.js';
export * from './rules.js';
