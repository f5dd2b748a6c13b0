// Public API of src/member, re-exported by src/index.ts.
export {};
