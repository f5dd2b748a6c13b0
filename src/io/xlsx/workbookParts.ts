/**
 * Where the parts of a workbook are: its sheets in order (name, visibility, part path), the shared
 * strings and styles parts, and whether its dates count from 1904 — read from `xl/workbook.xml`
 * and the relationships beside it.
 * @module
 */
import { attribute, decodeXml, tagName } from './xmlText.js';

/** A sheet as the workbook lists it. */
export interface SheetEntry {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** The worksheet's part path in the package (`xl/worksheets/sheet1.xml`); `undefined` when unresolved or not a worksheet. */
  path: string | undefined;
}

/** A workbook's table of contents. */
export interface WorkbookParts {
  sheets: SheetEntry[];
  sharedStrings: string | undefined;
  styles: string | undefined;
  date1904: boolean;
}

/** One relationship of a part, its attributes unescaped. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** `TargetMode="External"`: the target is a URL outside the package. */
  external?: boolean;
}

/** Each start tag of `xml` named `name`, as [from, to] offsets. */
function tags(xml: string, name: string): [number, number][] {
  const out: [number, number][] = [];
  for (let lt = xml.indexOf('<'); lt >= 0; lt = xml.indexOf('<', lt + 1)) {
    const gt = xml.indexOf('>', lt);
    if (gt < 0) break;
    if (xml.charCodeAt(lt + 1) !== 47 && tagName(xml, lt) === name) out.push([lt, gt]);
  }
  return out;
}

/**
 * The relationships of a `.rels` part (none for a part that is absent) — for the reader, and for the
 * writer, which keeps them as they are (external targets included) when it adds its own.
 * @example
 * parseRelationships('<Relationships><Relationship Id="rId1" Type="…/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')[0].target // 'worksheets/sheet1.xml'
 * parseRelationships('<Relationship Id="rId2" Type="…/hyperlink" Target="https://www.12371.cn/?a=1&amp;b=2" TargetMode="External"/>')[0] // { id: 'rId2', type: '…/hyperlink', target: 'https://www.12371.cn/?a=1&b=2', external: true }
 */
export function parseRelationships(xml: string | undefined): Relationship[] {
  if (!xml) return [];
  return tags(xml, 'Relationship').map(([lt, gt]) => {
    const read = (name: string) => decodeXml(attribute(xml, lt, gt, name) ?? '');
    return { id: read('Id'), type: read('Type'), target: read('Target'), ...(attribute(xml, lt, gt, 'TargetMode') === 'External' ? { external: true } : {}) };
  });
}

/**
 * A relationship target as a package path, relative to the folder of the part that holds it.
 * @example
 * resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml') // 'xl/worksheets/sheet1.xml'
 * resolveTarget('xl/workbook.xml', '/xl/styles.xml') // 'xl/styles.xml'
 */
export function resolveTarget(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/**
 * The folder-relative `.rels` part of a part.
 * @example
 * relsPath('xl/workbook.xml') // 'xl/_rels/workbook.xml.rels'
 */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function byType(rels: Relationship[], suffix: string): Relationship | undefined {
  return rels.find((r) => r.type.endsWith(suffix));
}

/**
 * The table of contents of a workbook part and its relationships.
 * @example
 * const rels = '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>';
 * parseWorkbook('xl/workbook.xml', '<sheets><sheet name="党员" sheetId="1" r:id="rId1"/></sheets>', rels).sheets // [{ name: '党员', state: 'visible', path: 'xl/worksheets/sheet1.xml' }]
 */
export function parseWorkbook(path: string, xml: string, relsXml: string): WorkbookParts {
  const rels = parseRelationships(relsXml);
  const target = (rel: Relationship | undefined) => (rel ? resolveTarget(path, rel.target) : undefined);
  const sheets = tags(xml, 'sheet').map(([lt, gt]): SheetEntry => {
    const id = decodeXml(attribute(xml, lt, gt, 'r:id') ?? attribute(xml, lt, gt, 'id') ?? '');
    const state = attribute(xml, lt, gt, 'state');
    return {
      name: decodeXml(attribute(xml, lt, gt, 'name') ?? ''),
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      // Chart sheets and dialog sheets hold no cells.
      path: target(rels.find((r) => r.id === id && r.type.endsWith('/worksheet'))),
    };
  });
  const pr = tags(xml, 'workbookPr')[0];
  const date1904 = pr ? /^(1|true)$/.test(attribute(xml, pr[0], pr[1], 'date1904') ?? '') : false;
  return { sheets, sharedStrings: target(byType(rels, '/sharedStrings')), styles: target(byType(rels, '/styles')), date1904 };
}
