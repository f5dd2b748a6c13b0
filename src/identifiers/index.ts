// Public API of src/identifiers, re-exported by src/index.ts.
export {};
