/**
 * Cell comments (Excel's "notes"): the comments part, which holds the text, and the legacy VML
 * drawing, which Excel needs to show them. A cell that has a comment gets the new text added to it.
 * @module
 */
import { parseCellReference } from '../cellReference.js';
import { cellRef } from './cellRef.js';
import { textRun } from './cellXml.js';
import { escapeXmlText } from './escapeXml.js';
import { elementSpans, tagAttribute } from './xmlTag.js';

/** A comment to put on a cell. */
export interface CellComment {
  row: number;
  column: number;
  text: string;
}

const AUTHOR = 'partyinfo';

function run(text: string): string {
  return `<r><rPr><sz val="9"/><rFont val="Tahoma"/><family val="2"/></rPr>${textRun(text)}</r>`;
}

function appendedText(comment: string, text: string): string {
  const close = comment.lastIndexOf('</text>');
  if (close < 0) return comment;
  const open = comment.indexOf('<text>');
  let inner = comment.slice(open + 6, close);
  // A plain <t> (no runs) becomes a run, so that the text stays one kind of content.
  if (!inner.includes('<r>') && /^\s*<t[\s>]/.test(inner)) inner = `<r>${inner}</r>`;
  return `${comment.slice(0, open + 6)}${inner}${run(`\n${text}`)}${comment.slice(close)}`;
}

/**
 * The comments part with the comments added (`existing`: the sheet's comments part, if any), and
 * the comments that are new on their cell (each needs a shape in the VML drawing).
 * @example
 * commentsXml(undefined, [{ row: 3, column: 3, text: '格式错误' }]).added.length // 1
 */
export function commentsXml(existing: string | undefined, comments: readonly CellComment[]): { xml: string; added: CellComment[] } {
  const source =
    existing ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>';
  const spans = elementSpans(source, 'comment');
  const byRef = new Map<string, number>();
  spans.forEach((s, i) => {
    const ref = parseCellReference(tagAttribute(source.slice(s.start, s.end), 'ref') ?? '');
    if (ref) byRef.set(cellRef(ref.row, ref.column), i);
  });
  const authorSpans = elementSpans(source, 'author');
  const known = authorSpans.findIndex((s) => source.slice(s.start, s.end) === `<author>${AUTHOR}</author>`);
  const authorId = known >= 0 ? known : authorSpans.length;
  const appended = new Map<number, string[]>();
  const added: CellComment[] = [];
  for (const c of comments) {
    const at = byRef.get(cellRef(c.row, c.column));
    if (at === undefined) added.push(c);
    else appended.set(at, [...(appended.get(at) ?? []), c.text]);
  }
  const out: string[] = [];
  let p = 0;
  spans.forEach((s, i) => {
    const texts = appended.get(i);
    if (!texts) return;
    out.push(source.slice(p, s.start), appendedText(source.slice(s.start, s.end), texts.join('\n')));
    p = s.end;
  });
  out.push(source.slice(p));
  let xml = out.join('');
  if (known < 0 && added.length > 0) {
    const author = `<author>${escapeXmlText(AUTHOR)}</author>`;
    xml = xml.includes('</authors>') ? xml.replace('</authors>', `${author}</authors>`) : xml.replace(/<authors\s*\/>/, `<authors>${author}</authors>`);
  }
  const items = added.map((c) => `<comment ref="${cellRef(c.row, c.column)}" authorId="${authorId}"><text>${run(c.text)}</text></comment>`).join('');
  if (items) xml = xml.includes('</commentList>') ? xml.replace('</commentList>', `${items}</commentList>`) : xml.replace(/<commentList\s*\/>/, `<commentList>${items}</commentList>`);
  return { xml, added };
}

function shape(id: number, c: CellComment): string {
  const row = c.row - 1;
  const col = c.column - 1;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:80pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 4}, 15, ${row + 5}, 16</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/**
 * The VML drawing with a note shape for each new comment (`existing`: the sheet's drawing, if
 * any). `block` is the drawing's shape id block (1 for the first drawing of a workbook, …).
 * @example
 * vmlDrawingXml(undefined, [{ row: 3, column: 3, text: '' }], 1).includes('<x:Row>2</x:Row>') // true
 */
export function vmlDrawingXml(existing: string | undefined, comments: readonly CellComment[], block: number): string {
  let xml =
    existing ??
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${SHAPE_TYPE}</xml>`;
  if (!xml.includes('id="_x0000_t202"')) xml = xml.replace(/<\/xml>\s*$/, `${SHAPE_TYPE}</xml>`);
  let next = block * 1024 + 1;
  for (const m of xml.matchAll(/_x0000_s(\d+)/g)) next = Math.max(next, Number(m[1]) + 1);
  const shapes = comments.map((c, i) => shape(next + i, c)).join('');
  const end = xml.lastIndexOf('</xml>');
  return `${xml.slice(0, end)}${shapes}${xml.slice(end)}`;
}
