/**
 * The shared string table (`xl/sharedStrings.xml`): the texts cells of type `s` point at by index.
 * @module
 */
import { chunkedXml, type ChunkedXml } from './chunkedXml.js';
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
  // Like sheetScan.ts's walk over start tags, kept apart from it for the sheet scan's speed (see there).
  const consume = (text: string): number => {
    let at = 0;
    for (;;) {
      const lt = text.indexOf('<', at);
      if (lt < 0) return text.length;
      const gt = text.indexOf('>', lt);
      if (gt < 0) return lt;
      if (text.charCodeAt(lt + 1) === 47 || tagName(text, lt) !== 'si') {
        at = gt + 1;
        continue;
      }
      if (text.charCodeAt(gt - 1) === 47) {
        strings.push('');
        at = gt + 1;
        continue;
      }
      const closer = `</${qualifiedName(text, lt)}>`;
      const close = text.indexOf(closer, gt);
      if (close < 0) return lt;
      strings.push(runText(text, gt + 1, close));
      at = close + closer.length;
    }
  };
  return { strings, xml: chunkedXml(consume) };
}
