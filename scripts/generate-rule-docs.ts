// Writes docs/rules.md and src/rules/ruleIds.ts from the rule catalogue (run: npm run rules:docs).
// A test fails when either is stale.
import { writeFileSync } from 'node:fs';
import { renderRuleDocs, renderRuleIds } from './rule-docs.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), renderRuleDocs());
writeFileSync(new URL('../src/rules/ruleIds.ts', import.meta.url), renderRuleIds());
console.log('docs/rules.md and src/rules/ruleIds.ts written');
