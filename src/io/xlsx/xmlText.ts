/**
 * The few pieces of XML the xlsx parts need: an attribute of a start tag, element text decoded
 * (entities, and the `_xHHHH_` escapes OOXML uses for control characters).
 * @module
 */

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * The value of attribute `name` in the start tag `xml.slice(from, to)`, undecoded; `undefined` when absent.
 * @example
 * attribute('<c r="B2" t="s">', 0, 15, 't') // 's'
 */
export function attribute(xml: string, from: number, to: number, name: string): string | undefined {
  let at = from;
  for (;;) {
    at = xml.indexOf(name, at + 1);
    if (at < 0 || at >= to) return undefined;
    const eq = at + name.length;
    if (!isSpace(xml.charCodeAt(at - 1)) || xml.charCodeAt(eq) !== 61 /* = */) continue;
    const quote = xml[eq + 1];
    if (quote !== '"' && quote !== "'") continue;
    const close = xml.indexOf(quote, eq + 2);
    return close < 0 || close > to ? undefined : xml.slice(eq + 2, close);
  }
}

function entity(match: string, body: string): string {
  if (body.charCodeAt(0) === 35 /* # */) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  }
  return Object.hasOwn(NAMED, body) ? NAMED[body]! : match;
}

/**
 * Element or attribute text as the characters it stands for.
 * @example
 * decodeXml('A&amp;B_x000D_') // 'A&B\r'
 * decodeXml('&#x4E2D;') // '中'
 */
export function decodeXml(text: string): string {
  let out = text;
  if (out.indexOf('&') >= 0) out = out.replace(/&(#?[0-9A-Za-z]{1,8});/g, entity);
  if (out.indexOf('_x') >= 0) out = out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return out;
}

/**
 * The local name of the tag starting at `lt` (`<x:row …>` → `row`), without a leading `/`.
 * @example
 * tagName('<x:row r="1">', 0) // 'row'
 */
export function tagName(xml: string, lt: number): string {
  let start = lt + 1;
  if (xml.charCodeAt(start) === 47 /* / */) start++;
  let end = start;
  let colon = -1;
  for (;;) {
    const c = xml.charCodeAt(end);
    if (Number.isNaN(c) || isSpace(c) || c === 62 /* > */ || c === 47) break;
    if (c === 58 /* : */) colon = end;
    end++;
  }
  return xml.slice(colon >= 0 ? colon + 1 : start, end);
}

/**
 * The name of the tag starting at `lt` as written, prefix included (`<x:c r="A1">` → `x:c`).
 * @example
 * qualifiedName('<x:c r="A1">', 0) // 'x:c'
 */
export function qualifiedName(xml: string, lt: number): string {
  let end = lt + 1;
  for (;;) {
    const c = xml.charCodeAt(end);
    if (Number.isNaN(c) || isSpace(c) || c === 62 || c === 47) break;
    end++;
  }
  return xml.slice(lt + 1, end);
}

/**
 * The text of each `<t>` in an `<si>` or `<is>` body, joined, phonetic runs (`<rPh>`) left out.
 * @example
 * runText('<r><t>张</t></r><r><t xml:space="preserve">三 </t></r>') // '张三 '
 */
export function runText(xml: string, from = 0, to = xml.length): string {
  let out = '';
  let at = from;
  while (at < to) {
    const lt = xml.indexOf('<', at);
    if (lt < 0 || lt >= to) break;
    const gt = xml.indexOf('>', lt);
    if (gt < 0 || gt >= to) break;
    const closing = xml.charCodeAt(lt + 1) === 47;
    const name = closing ? '' : tagName(xml, lt);
    if (name === 'rPh') {
      const end = xml.indexOf('rPh>', gt);
      at = end < 0 ? to : end + 4;
      continue;
    }
    if (name === 't' && xml.charCodeAt(gt - 1) !== 47) {
      const end = xml.indexOf('</', gt);
      if (end < 0 || end > to) break;
      out += decodeXml(xml.slice(gt + 1, end));
      at = end;
      continue;
    }
    at = gt + 1;
  }
  return out;
}
