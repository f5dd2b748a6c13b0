// Public API of src/dataset, re-exported by src/index.ts.
export {};
