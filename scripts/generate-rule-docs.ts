// Writes docs/rules.md from the rule catalogue (run: npm run rules:docs). A test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { renderRuleDocs } from './rule-docs.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), renderRuleDocs());
console.log('docs/rules.md written');
