/**
 * A memo in front of `CodeTable.check` for the dataset check: coded fields (组织类别, 民族, 学历, 工作岗位 …)
 * take a few dozen distinct values across a whole dataset, so each distinct cell is checked once per table
 * and message language, and later records cost one `Map.get` and allocate nothing.
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

const memos = new WeakMap<CodeTable, Partial<Record<Locale, CodeMemo>>>();

/**
 * The memo of a table and language, shared by every caller (look it up once per run, not per cell).
 * @example
 * codeMemo(tableFor('education'), 'zh-CN') === codeMemo(tableFor('education'), 'zh-CN') // true
 */
export function codeMemo(table: CodeTable, locale: Locale): CodeMemo {
  let byLocale = memos.get(table);
  if (byLocale === undefined) memos.set(table, (byLocale = {}));
  return (byLocale[locale] ??= { table, locale, outcomes: new Map() });
}

/** Whether `text` is the code, the name, or `code name` with any spacing (the dropdown cell) — i.e. no change. */
function isVerbatim(text: string, code: string, name: string): boolean {
  if (text === code || (name !== '' && text === name)) return true;
  if (name === '' || !text.startsWith(code) || !text.endsWith(name)) return false;
  return text.slice(code.length, text.length - name.length).trim() === '';
}

const FAILED: CodeOutcome = Object.freeze({ ok: false, code: '', name: '', changed: false, issues: Object.freeze([]) });

function outcomeOf(table: CodeTable, input: unknown, locale: Locale): CodeOutcome {
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
 * lookupCode(codeMemo(tableFor('ethnicity'), 'zh-CN'), '01 汉族') // { ok: true, code: '01', name: '汉族', changed: false, issues: [] }
 */
export function lookupCode(memo: CodeMemo, input: unknown): CodeOutcome {
  const t = typeof input;
  if (t !== 'string' && t !== 'number') return outcomeOf(memo.table, input, memo.locale);
  const outcomes = memo.outcomes;
  let outcome = outcomes.get(input);
  if (outcome === undefined) {
    outcome = outcomeOf(memo.table, input, memo.locale);
    if (outcomes.size < MAX_REMEMBERED && (t === 'number' || (input as string).length <= 64)) outcomes.set(input, outcome);
  }
  return outcome;
}
