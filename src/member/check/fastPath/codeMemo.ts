/**
 * A kept speed trick (bench/README.md, "kept tricks"): a memo in front of `checkCodeCell` for the member
 * check. Coded fields (民族, 学历, 工作岗位) take a few dozen distinct values across a whole dataset, so each
 * distinct cell is checked once, and later records cost one `Map.get` and allocate nothing. A memo belongs
 * to the check that made it (one per member check or dataset run) and goes with it.
 * @module
 */
import type { CodeTable } from '../../../codes/types.js';
import { checkCodeCell, type CodeOutcome } from '../../../codes/checkCodeCell.js';
import type { Locale } from '../../../rules/define.js';

/** Distinct cells remembered per table and language; beyond this the table is asked directly. */
const MAX_REMEMBERED = 4096;

/** The remembered outcomes of one table in one message language. */
export interface CodeMemo {
  readonly table: CodeTable;
  readonly locale: Locale;
  readonly outcomes: Map<unknown, CodeOutcome>;
}

/**
 * A new, empty memo of a table and message language, for one check to own.
 * @example
 * createCodeMemo(tableFor('education'), 'zh-CN').outcomes.size // 0
 */
export function createCodeMemo(table: CodeTable, locale: Locale): CodeMemo {
  return { table, locale, outcomes: new Map() };
}

/**
 * Checks a cell against a memo's table (leaf codes only), remembering the outcome for strings and numbers.
 * @example
 * lookupCode(createCodeMemo(tableFor('ethnicity'), 'zh-CN'), '01 汉族') // { ok: true, code: '01', name: '汉族', changed: false, issues: [] }
 */
export function lookupCode(memo: CodeMemo, input: unknown): CodeOutcome {
  const t = typeof input;
  if (t !== 'string' && t !== 'number') return checkCodeCell(memo.table, input, memo.locale);
  const outcomes = memo.outcomes;
  let outcome = outcomes.get(input);
  if (outcome === undefined) {
    outcome = checkCodeCell(memo.table, input, memo.locale);
    if (outcomes.size < MAX_REMEMBERED && (t === 'number' || (input as string).length <= 64)) outcomes.set(input, outcome);
  }
  return outcome;
}
