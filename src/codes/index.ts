// Public API of src/codes, re-exported by src/index.ts and served alone as `partyinfo/codes`.
export type * from './types.js';
