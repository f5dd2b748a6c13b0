// Public API of src/org, re-exported by src/index.ts.
export {};
