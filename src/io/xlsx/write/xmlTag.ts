/**
 * Reading and changing the attributes of one XML start tag held as text (`<c r="A1" s="3">`),
 * without parsing the document around it.
 * @module
 */
import { decodeXml } from '../xmlText.js';
import { escapeXmlAttribute } from './escapeXml.js';

/**
 * The attributes of a start tag, unescaped.
 * @example
 * tagAttributes('<sheet name="a&amp;b" sheetId="1"/>') // { name: 'a&b', sheetId: '1' }
 */
export function tagAttributes(tag: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  const end = tag.indexOf('>');
  const head = end < 0 ? tag : tag.slice(0, end);
  // A scan, not a regex: name, `=`, a quoted value, until the tag ends.
  let p = head.search(/[\s/]/);
  while (p >= 0 && p < head.length) {
    while (p < head.length && isSpace(head.charCodeAt(p))) p++;
    const eq = head.indexOf('=', p);
    if (eq < 0) break;
    const name = head.slice(p, eq).trim();
    let q = eq + 1;
    while (q < head.length && isSpace(head.charCodeAt(q))) q++;
    const quote = head[q];
    if (quote !== '"' && quote !== "'") break;
    const close = head.indexOf(quote, q + 1);
    if (close < 0) break;
    if (name !== '') out[name] = decodeXml(head.slice(q + 1, close));
    p = close + 1;
  }
  return out;
}

/**
 * One attribute of a start tag, unescaped; `undefined` when absent.
 * @example
 * tagAttribute('<c r="B2" s="4">', 's') // '4'
 */
export function tagAttribute(tag: string, name: string): string | undefined {
  const end = tag.indexOf('>');
  const head = end < 0 ? tag : tag.slice(0, end);
  const at = attributeAt(head, name);
  return at ? decodeXml(at.value) : undefined;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function attributeAt(head: string, name: string): { start: number; end: number; value: string } | undefined {
  let from = 0;
  for (;;) {
    const i = head.indexOf(name, from);
    if (i < 0) return undefined;
    from = i + name.length;
    const before = head.charCodeAt(i - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    let j = from;
    while (head[j] === ' ') j++;
    if (head[j] !== '=') continue;
    j++;
    while (head[j] === ' ') j++;
    const quote = head[j];
    if (quote !== '"' && quote !== "'") continue;
    const close = head.indexOf(quote, j + 1);
    if (close < 0) return undefined;
    return { start: i, end: close + 1, value: head.slice(j + 1, close) };
  }
}

/**
 * The start tag with an attribute set (added before the tag's end when absent) or, given
 * `undefined`, removed.
 * @example
 * withAttribute('<c r="B2" s="4">', 's', '9') // '<c r="B2" s="9">'
 * withAttribute('<c r="B2"/>', 's', '9') // '<c r="B2" s="9"/>'
 * withAttribute('<c r="B2" t="s">', 't', undefined) // '<c r="B2">'
 */
export function withAttribute(tag: string, name: string, value: string | undefined): string {
  const end = tag.indexOf('>');
  const headEnd = end < 0 ? tag.length : tag[end - 1] === '/' ? end - 1 : end;
  const at = attributeAt(tag.slice(0, headEnd), name);
  if (at) {
    if (value === undefined) return tag.slice(0, at.start - 1) + tag.slice(at.end);
    return `${tag.slice(0, at.start)}${name}="${escapeXmlAttribute(value)}"${tag.slice(at.end)}`;
  }
  if (value === undefined) return tag;
  return `${tag.slice(0, headEnd)} ${name}="${escapeXmlAttribute(value)}"${tag.slice(headEnd)}`;
}

/**
 * Where the elements with a name (`<name …/>` or `<name …>…</name>`) start and end in some text,
 * from `from` on; elements of that name must not nest.
 * @example
 * elementSpans('<a><b x="1"/></a>', 'b') // [{ start: 3, end: 13 }]
 */
export function elementSpans(xml: string, name: string, from = 0, limit = Infinity): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const open = `<${name}`;
  const close = `</${name}>`;
  let p = from;
  while (out.length < limit) {
    const i = xml.indexOf(open, p);
    if (i < 0) break;
    const next = xml.charCodeAt(i + open.length);
    if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) {
      p = i + open.length;
      continue;
    }
    const gt = xml.indexOf('>', i);
    if (gt < 0) break;
    const closeAt = xml[gt - 1] === '/' ? -1 : xml.indexOf(close, gt);
    if (xml[gt - 1] !== '/' && closeAt < 0) break;
    const end = closeAt < 0 ? gt + 1 : closeAt + close.length;
    out.push({ start: i, end });
    p = end;
  }
  return out;
}

/**
 * The complete elements with a name directly in some text (see {@link elementSpans}).
 * @example
 * elements('<fonts><font><b/></font><font/></fonts>', 'font') // ['<font><b/></font>', '<font/>']
 */
export function elements(xml: string, name: string): string[] {
  return elementSpans(xml, name).map((s) => xml.slice(s.start, s.end));
}

/**
 * Where the first element with a name starts and ends, or `undefined`.
 * @example
 * elementSpan('<a><b x="1"/></a>', 'b') // { start: 3, end: 13 }
 */
export function elementSpan(xml: string, name: string, from = 0): { start: number; end: number } | undefined {
  return elementSpans(xml, name, from, 1)[0];
}
