/**
 * The shared string table (`xl/sharedStrings.xml`): the texts cells of type `s` point at by index.
 * @module
 */
import { chunkedXml, INCOMPLETE, startTags, type ChunkedXml } from './chunkedXml.js';
import { qualifiedName, runText, tagName } from './xmlText.js';

/**
 * A reader of the shared string table, fed in pieces; `strings` fills as it reads.
 * @example
 * const table = sharedStringsReader();
 * table.xml.push(new TextEncoder().encode('<sst><si><t>姓名</t></si><si/><si><r><t>张</t></r><r><t>三</t></r></si></sst>'));
 * table.xml.end();
 * table.strings // ['姓名', '', '张三']
 */
export function sharedStringsReader(): { strings: string[]; xml: ChunkedXml } {
  const strings: string[] = [];
  const consume = startTags((text, lt, gt) => {
    if (tagName(text, lt) !== 'si') return gt + 1;
    if (text.charCodeAt(gt - 1) === 47 /* / */) {
      strings.push('');
      return gt + 1;
    }
    const closer = `</${qualifiedName(text, lt)}>`;
    const close = text.indexOf(closer, gt);
    if (close < 0) return INCOMPLETE;
    strings.push(runText(text, gt + 1, close));
    return close + closer.length;
  });
  return { strings, xml: chunkedXml(consume) };
}
