import { codesRules } from './codes/rules.js';
import { datasetRules } from './dataset/rules.js';
import { identifiersRules } from './identifiers/rules.js';
import { ioRules } from './io/rules.js';
import { memberRules } from './member/rules.js';
import { memberKeyMisnamedRule } from './member/rules/keyRule.js';
import { orgKeyMisnamedRule } from './org/keyRule.js';
import { optionsTodayRule } from './options.js';
import { orgRules } from './org/rules.js';
import type { Severity } from './result.js';
import { textRules } from './text/rules.js';
import { treeRules } from './tree/rules.js';
import type { Rule } from './rules/define.js';
import type { RuleId } from './rules/ruleIds.js';

/**
 * One row of the rule catalogue.
 * @category Results and rules
 */
export interface RuleInfo {
  id: RuleId;
  severity: Severity;
  /** The domain that owns the rule: codes, identifiers, org, tree, member, dataset, text, io, options. */
  domain: string;
  summary: string;
  source: string;
}

type AnyRule = Rule<never>;

const domains: readonly (readonly [string, readonly AnyRule[]])[] = [
  ['codes', codesRules as readonly AnyRule[]],
  ['identifiers', identifiersRules as readonly AnyRule[]],
  ['org', [...(orgRules as readonly AnyRule[]), orgKeyMisnamedRule as AnyRule]],
  ['tree', treeRules as readonly AnyRule[]],
  ['member', [...(memberRules as readonly AnyRule[]), memberKeyMisnamedRule as AnyRule]],
  ['dataset', datasetRules as readonly AnyRule[]],
  ['text', textRules as readonly AnyRule[]],
  // Spreadsheet rules: defined in src/io/rules.ts (pure data; the readers themselves are Node-only).
  ['io', ioRules as readonly AnyRule[]],
  ['options', [optionsTodayRule as AnyRule]],
];

/**
 * Every rule the core library can report, with its default severity and where it comes from.
 * Rule ids are public API: stable, documented (docs/rules.md is generated from this list) and tested.
 * @example
 * ruleCatalogue().find((r) => r.id === 'code.notLeaf')?.severity // 'error'
 * @category Results and rules
 */
export function ruleCatalogue(): RuleInfo[] {
  const out: RuleInfo[] = [];
  for (const [domain, rules] of domains) {
    for (const r of rules) out.push({ id: r.id as RuleId, severity: r.severity, domain, summary: r.summary, source: r.source });
  }
  return out;
}

/**
 * Every rule definition by id: `rules['member.gender.idMismatch']`. The one way to reach a single rule
 * (its severity, summary, source and message functions); the main entry exports no rule objects.
 * @example
 * rules['id.checksum'].severity // 'error'
 * @category Results and rules
 */
export const rules: Readonly<Record<RuleId, AnyRule>> = Object.freeze(
  Object.fromEntries(domains.flatMap(([, list]) => list.map((r) => [r.id, r]))) as Record<RuleId, AnyRule>,
);

/**
 * The rule definitions themselves (with their zh and en message functions), by id.
 * @example
 * ruleById('id.checksum')?.severity // 'error'
 * @category Results and rules
 */
export function ruleById(id: string): AnyRule | undefined {
  for (const [, rules] of domains) for (const r of rules) if (r.id === id) return r;
  return undefined;
}
