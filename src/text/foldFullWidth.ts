/**
 * Folds full-width ASCII (Ｕ+FF01–FF5E, e.g. `１２３Ｘ`) to ASCII and the ideographic space (U+3000)
 * to a plain space. The full-width comma and brackets ，（） are in that block and fold too
 * (`normalizeOrgName` puts Chinese brackets back); punctuation outside it (。、「」) is left alone.
 * A value that is not a string gives `''`.
 * @example
 * foldFullWidth('３３０２１２Ｘ') // '330212X'
 * foldFullWidth('中共（筹）。') // '中共(筹)。'
 */
export function foldFullWidth(text: string): string {
  if (typeof text !== 'string') return '';
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) {
      out += text.slice(start, i) + String.fromCharCode(c === 0x3000 ? 0x20 : c - 0xfee0);
      start = i + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}
