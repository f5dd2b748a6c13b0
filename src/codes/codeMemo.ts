/**
 * A memo in front of `CodeTable.check` for the member check: coded fields (民族, 学历, 工作岗位) take a few
 * dozen distinct values across a whole dataset, so each distinct cell is checked once, and later records
 * cost one `Map.get` and allocate nothing. A memo belongs to the check that made it (one per member check
 * or dataset run) and goes with it.
 * @module
 */
import type { CodeTable } from './types.js';
import type { Issue } from '../result.js';
import type { Locale } from '../rules/define.js';
import { toText } from '../text/toText.js';

/** The outcome of checking one cell against a table. Issues have paths `[]` (the caller prefixes). */
export interface CodeOutcome {
  ok: boolean;
  /** The code (as given for `code.unverified`); `''` when none was found. */
  code: string;
  /** The table's name for it (`''` when unknown). */
  name: string;
  /** True when the cell held something other than the code, the name, or the `code name` dropdown text. */
  changed: boolean;
  issues: readonly Issue[];
}

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

/** Whether `text` is the code, the name, or `code name` with any spacing (the dropdown cell) — i.e. no change. */
function isVerbatim(text: string, code: string, name: string): boolean {
  if (text === code || (name !== '' && text === name)) return true;
  if (name === '' || !text.startsWith(code) || !text.endsWith(name)) return false;
  return text.slice(code.length, text.length - name.length).trim() === '';
}

const FAILED: CodeOutcome = Object.freeze({ ok: false, code: '', name: '', changed: false, issues: Object.freeze([]) });

/**
 * Checks a cell against a table (leaf codes only), without a memo.
 * @example
 * checkCodeCell(tableFor('ethnicity'), '01 汉族', 'zh-CN').code // '01'
 */
export function checkCodeCell(table: CodeTable, input: unknown, locale: Locale): CodeOutcome {
  let result;
  try {
    result = table.check(input, { leafOnly: true, locale });
  } catch {
    // Only a user-supplied table can throw; its failure is reported by the caller (no issues here).
    return FAILED;
  }
  if (!result.ok) return Object.freeze({ ok: false, code: '', name: '', changed: false, issues: Object.freeze(result.issues) });
  const { code, name } = result.value;
  const text = (toText(input) ?? '').trim();
  return Object.freeze({ ok: true, code, name, changed: !isVerbatim(text, code, name), issues: Object.freeze(result.issues) });
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
