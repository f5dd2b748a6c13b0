/**
 * One cell checked against a code table (leaf codes only), as the member and unit checks read coded cells:
 * the code, its name, whether the cell said it differently, and the table's issues.
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
