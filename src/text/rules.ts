/**
 * Rules on text as such, whatever field holds it. Ids are public API; the catalogue is built from
 * {@link textRules}.
 * @module
 */
import { defineRule, type Rule } from '../rules/define.js';

/**
 * `text.hiddenChar` (warning): a name or text field holds a character a reader cannot see that hides
 * or reorders text (U+202E shows `张三` as `三张`): the name on screen is not the name in the cell.
 * @example
 * textHiddenCharRule.zh({ fieldZh: '姓名', fieldEn: 'name', char: 'U+202E' }) // '姓名含不可见的控制字符 U+202E，显示的文字可能与实际内容不同（如被颠倒显示），请删除该字符'
 */
export const textHiddenCharRule = defineRule<{ fieldZh: string; fieldEn: string; char: string }>({
  id: 'text.hiddenChar',
  severity: 'warning',
  summary: 'A name or text field holds an invisible control, bidi or zero-width character (U+202E …) that can disguise it',
  source: 'Unicode TR36 (bidi spoofing); docs/limits.md',
  zh: ({ fieldZh, char }) => `${fieldZh}含不可见的控制字符 ${char}，显示的文字可能与实际内容不同（如被颠倒显示），请删除该字符`,
  en: ({ fieldEn, char }) => `The ${fieldEn} holds the invisible control character ${char}; what shows may not be what it holds (e.g. reversed): remove it`,
});

/** Every text rule. */
export const textRules: readonly Rule<never>[] = Object.freeze([textHiddenCharRule as unknown as Rule<never>]);
