import { mapCharCodes } from './charCodeBuilder.js';

/**
 * Folds full-width ASCII (Ｕ+FF01–FF5E, e.g. `１２３Ｘ`) to ASCII and the ideographic space (U+3000)
 * to a plain space. The full-width comma and brackets ，（） are in that block and fold too
 * (`normalizeOrgName` puts Chinese brackets back); punctuation outside it (。、「」) is left alone.
 * Text with nothing to fold comes back as it is; linear time either way.
 * A value that is not a string gives `''`.
 * @example
 * foldFullWidth('３３０２１２Ｘ') // '330212X'
 * foldFullWidth('中共（筹）。') // '中共(筹)。'
 * @category Text
 */
export function foldFullWidth(text: string): string {
  return typeof text === 'string' ? mapCharCodes(text, foldCharCode) : '';
}

/**
 * One UTF-16 code unit as {@link foldFullWidth} folds it.
 * @example
 * foldCharCode(0xff11) // 0x31
 * foldCharCode(0x3000) // 0x20
 * foldCharCode(0x4e2d) // 0x4e2d
 */
export function foldCharCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  return c === 0x3000 ? 0x20 : c;
}
