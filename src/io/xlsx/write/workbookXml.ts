/**
 * `xl/workbook.xml`: the list of sheets (name, id, relationship, hidden or not), the sheet-scoped
 * defined names that count sheets by position, and the calculation settings.
 * @module
 */
import { escapeXmlAttribute } from './escapeXml.js';
import { elementSpans, tagAttribute, withAttribute } from './xmlTag.js';

/** A sheet as the workbook lists it. */
export interface WorkbookSheet {
  name: string;
  sheetId: number;
  relId: string;
  hidden: boolean;
}

/**
 * The sheets a workbook lists, in order.
 * @example
 * workbookSheets('<workbook><sheets><sheet name="党员" sheetId="1" r:id="rId1"/></sheets></workbook>') // [{ name: '党员', sheetId: 1, relId: 'rId1', hidden: false }]
 */
export function workbookSheets(xml: string): WorkbookSheet[] {
  const sheets = elementSpans(xml, 'sheets')[0];
  if (!sheets) return [];
  return elementSpans(xml.slice(sheets.start, sheets.end), 'sheet').map((s) => {
    const tag = xml.slice(sheets.start + s.start, sheets.start + s.end);
    const state = tagAttribute(tag, 'state');
    return { name: tagAttribute(tag, 'name') ?? '', sheetId: Number(tagAttribute(tag, 'sheetId') ?? 0), relId: tagAttribute(tag, 'r:id') ?? '', hidden: state === 'hidden' || state === 'veryHidden' };
  });
}

/**
 * The workbook with a sheet added at the end of its list.
 * @example
 * withSheetAdded('<workbook><sheets></sheets></workbook>', { name: 'a&b', sheetId: 4, relId: 'rId9', hidden: true }) // '<workbook><sheets><sheet name="a&amp;b" sheetId="4" state="hidden" r:id="rId9"/></sheets></workbook>'
 */
export function withSheetAdded(xml: string, sheet: WorkbookSheet): string {
  const tag = `<sheet name="${escapeXmlAttribute(sheet.name)}" sheetId="${sheet.sheetId}"${sheet.hidden ? ' state="hidden"' : ''} r:id="${escapeXmlAttribute(sheet.relId)}"/>`;
  const end = xml.indexOf('</sheets>');
  if (end >= 0) return xml.slice(0, end) + tag + xml.slice(end);
  return xml.replace(/<sheets\s*\/>/, `<sheets>${tag}</sheets>`);
}

/**
 * The workbook without its sheet at `index` (0-based): names scoped to it go, names scoped to
 * later sheets follow them down, the active and first visible tab stay in range.
 * @example
 * withSheetRemoved('<workbook><bookViews><workbookView activeTab="1"/></bookViews><sheets><sheet name="a"/><sheet name="b"/></sheets><definedNames><definedName localSheetId="0">x</definedName><definedName localSheetId="1">y</definedName></definedNames></workbook>', 0) // '<workbook><bookViews><workbookView activeTab="0"/></bookViews><sheets><sheet name="b"/></sheets><definedNames><definedName localSheetId="0">y</definedName></definedNames></workbook>'
 */
export function withSheetRemoved(xml: string, index: number): string {
  const sheets = elementSpans(xml, 'sheets')[0];
  if (!sheets) return xml;
  const span = elementSpans(xml, 'sheet', sheets.start + 1).filter((s) => s.end <= sheets.end)[index];
  if (!span) return xml;
  const count = workbookSheets(xml).length - 1;
  let out = xml.slice(0, span.start) + xml.slice(span.end);
  const names = elementSpans(out, 'definedName');
  for (let i = names.length - 1; i >= 0; i--) {
    const n = names[i]!;
    const tag = out.slice(n.start, n.end);
    const scope = tagAttribute(tag, 'localSheetId');
    if (scope === undefined) continue;
    const at = Number(scope);
    if (at === index) out = out.slice(0, n.start) + out.slice(n.end);
    else if (at > index) out = out.slice(0, n.start) + withAttribute(tag, 'localSheetId', String(at - 1)) + out.slice(n.end);
  }
  out = out.replace(/<definedNames>\s*<\/definedNames>/, '');
  const view = elementSpans(out, 'workbookView')[0];
  if (view) {
    let tag = out.slice(view.start, out.indexOf('>', view.start) + 1);
    for (const attribute of ['activeTab', 'firstSheet']) {
      const value = Number(tagAttribute(tag, attribute) ?? 0);
      const moved = Math.max(0, Math.min(value > index ? value - 1 : value, count - 1));
      if (moved !== value) tag = withAttribute(tag, attribute, String(moved));
    }
    out = out.slice(0, view.start) + tag + out.slice(out.indexOf('>', view.start) + 1);
  }
  return out;
}

const AFTER_CALC: readonly string[] = ['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

/**
 * The workbook set to recalculate its formulas when opened (after cell values changed).
 * @example
 * withFullCalcOnLoad('<workbook><sheets/></workbook>') // '<workbook><sheets/><calcPr fullCalcOnLoad="1"/></workbook>'
 */
export function withFullCalcOnLoad(xml: string): string {
  const calc = elementSpans(xml, 'calcPr')[0];
  if (calc) {
    const tagEnd = xml.indexOf('>', calc.start) + 1;
    return xml.slice(0, calc.start) + withAttribute(xml.slice(calc.start, tagEnd), 'fullCalcOnLoad', '1') + xml.slice(tagEnd);
  }
  const at = AFTER_CALC.map((n) => elementSpans(xml, n)[0]?.start).find((s) => s !== undefined) ?? xml.lastIndexOf('</workbook>');
  return `${xml.slice(0, at)}<calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`;
}
