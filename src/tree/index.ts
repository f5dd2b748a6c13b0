// Public API of src/tree, re-exported by src/index.ts.
export {};
