/**
 * Editing an .xlsx package: bytes in, bytes out. Parts nobody changes are copied as they are
 * (compressed bytes and all); changed sheets are rewritten cell by cell (see editSheetXml), styles
 * get the fills and formats the edits need, comments go into the comments part and its VML
 * drawing, and new sheets are appended. Knows spreadsheets, not what is in them.
 * @module
 */
import { CONTENT_TYPES, withDefault, withOverride, withoutOverride } from './contentTypes.js';
import { commentsXml, vmlDrawingXml, type CellComment } from './commentsXml.js';
import { editSheetXml, mergedRanges, worksheetPrefix, type CellEdit, type SheetEdits } from './editSheetXml.js';
import { newSheetXml, type NewSheet } from './newSheetXml.js';
import { parseRelationships, relsPath, resolveTarget, type Relationship } from '../workbookParts.js';
import { freeRelationshipId, REL_TYPES, renderRelationships } from './relationships.js';
import { derivedStyle, readStyles, renderStyles, type StyleSheet } from './styleSheet.js';
import { packageBytes, partText, setPart, type XlsxPackage } from './xlsxPackage.js';
import { withFullCalcOnLoad, withSheetAdded, withSheetRemoved, workbookSheets } from './workbookXml.js';
import { elementSpans, tagAttribute } from './xmlTag.js';

/** What to change in a workbook. */
export interface WorkbookEdits {
  /** Sheets to remove, by name (a list a previous run added). */
  drop?: readonly string[];
  /** Sheets to append, in order. */
  add?: readonly NewSheet[];
  /** Cell edits by sheet name (also of sheets in `add`). */
  cells?: ReadonlyMap<string, SheetEdits>;
}

/** The package being written and what it knows of itself. */
interface Draft {
  pkg: XlsxPackage;
  workbookPath: string;
  workbook: string;
  rels: Relationship[];
  types: string;
  styles: StyleSheet;
}

function relativeTo(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

function freePath(pkg: XlsxPackage, pattern: (n: number) => string): string {
  let n = 1;
  while (pkg.parts.has(pattern(n))) n++;
  return pattern(n);
}

function sheetPath(draft: Draft, name: string): string | undefined {
  const sheet = workbookSheets(draft.workbook).find((s) => s.name === name);
  const rel = sheet && draft.rels.find((r) => r.id === sheet.relId);
  return rel ? resolveTarget(draft.workbookPath, rel.target) : undefined;
}

function dropSheet(draft: Draft, name: string): void {
  const sheets = workbookSheets(draft.workbook);
  const index = sheets.findIndex((s) => s.name.toLowerCase() === name.toLowerCase());
  if (index < 0) return;
  const path = sheetPath(draft, sheets[index]!.name);
  draft.workbook = withSheetRemoved(draft.workbook, index);
  draft.rels = draft.rels.filter((r) => r.id !== sheets[index]!.relId);
  if (path) {
    draft.pkg.parts.delete(path);
    draft.pkg.parts.delete(relsPath(path));
    draft.types = withoutOverride(draft.types, path);
  }
}

function addSheet(draft: Draft, sheet: NewSheet): void {
  const sheets = workbookSheets(draft.workbook);
  if (sheets.some((s) => s.name.toLowerCase() === sheet.name.toLowerCase())) throw new Error(`the workbook already has a sheet named ${sheet.name}`);
  const dir = draft.workbookPath.slice(0, draft.workbookPath.lastIndexOf('/') + 1);
  const path = freePath(draft.pkg, (n) => `${dir}worksheets/sheet${n}.xml`);
  const relId = freeRelationshipId(draft.rels);
  draft.rels.push({ id: relId, type: REL_TYPES.worksheet, target: relativeTo(draft.workbookPath, path) });
  draft.workbook = withSheetAdded(draft.workbook, { name: sheet.name, sheetId: Math.max(0, ...sheets.map((s) => s.sheetId)) + 1, relId, hidden: sheet.hidden === true });
  draft.types = withOverride(draft.types, path, CONTENT_TYPES.worksheet);
  setPart(draft.pkg, path, newSheetXml(sheet, draft.styles));
}

/** Edits moved from cells inside a merged range to its top-left cell (where Excel keeps the value). */
function toMergeMasters(xml: string, edits: SheetEdits): SheetEdits {
  const ranges = mergedRanges(xml).filter((r) => r.top !== r.bottom || r.left !== r.right);
  if (ranges.length === 0) return edits;
  const out: SheetEdits = new Map();
  for (const [row, cells] of edits) {
    for (const [column, edit] of cells) {
      const range = ranges.find((r) => row >= r.top && row <= r.bottom && column >= r.left && column <= r.right);
      const r = range ? range.top : row;
      const c = range ? range.left : column;
      const line = out.get(r) ?? new Map<number, CellEdit>();
      out.set(r, line);
      const before = line.get(c);
      const comment = [before?.comment, edit.comment].filter((t) => t !== undefined).join('\n');
      line.set(c, { ...before, ...edit, ...(comment ? { comment } : {}) });
    }
  }
  return out;
}

function vmlBlock(pkg: XlsxPackage): number {
  let block = 0;
  for (const name of pkg.parts.keys()) {
    if (!name.endsWith('.vml')) continue;
    const vml = partText(pkg, name) ?? '';
    for (let at = vml.indexOf('<o:idmap'); at >= 0; at = vml.indexOf('<o:idmap', at + 1)) {
      for (const n of (tagAttribute(vml.slice(at, vml.indexOf('>', at) + 1), 'data') ?? '').split(',')) block = Math.max(block, Number(n) || 0);
    }
  }
  return block + 1;
}

const AFTER_LEGACY_DRAWING: readonly string[] = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

function withLegacyDrawing(xml: string, relId: string): string {
  const prefix = worksheetPrefix(xml);
  const tail = Math.max(0, xml.lastIndexOf(`</${prefix}sheetData>`));
  const at = AFTER_LEGACY_DRAWING.map((n) => elementSpans(xml, `${prefix}${n}`, tail)[0]?.start).find((s) => s !== undefined) ?? xml.lastIndexOf(`</${prefix}worksheet>`);
  let out = `${xml.slice(0, at)}<${prefix}legacyDrawing r:id="${relId}"/>${xml.slice(at)}`;
  const root = /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.exec(out);
  if (root && !/xmlns:r=/.test(out.slice(root.index, out.indexOf('>', root.index)))) {
    const rootEnd = out.indexOf('>', root.index);
    out = `${out.slice(0, rootEnd)} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"${out.slice(rootEnd)}`;
  }
  return out;
}

function addComments(draft: Draft, path: string, xml: string, comments: CellComment[]): string {
  const relsFile = relsPath(path);
  const rels = parseRelationships(partText(draft.pkg, relsFile));
  const commentsRel = rels.find((r) => r.type === REL_TYPES.comments);
  const commentsPath = commentsRel ? resolveTarget(path, commentsRel.target) : freePath(draft.pkg, (n) => `xl/comments${n}.xml`);
  const { xml: commentsText, added } = commentsXml(commentsRel ? partText(draft.pkg, commentsPath) : undefined, comments);
  setPart(draft.pkg, commentsPath, commentsText);
  if (!commentsRel) {
    rels.push({ id: freeRelationshipId(rels), type: REL_TYPES.comments, target: relativeTo(path, commentsPath) });
    draft.types = withOverride(draft.types, commentsPath, CONTENT_TYPES.comments);
  }
  let out = xml;
  if (added.length > 0) {
    const prefix = worksheetPrefix(xml);
    const legacy = elementSpans(xml, `${prefix}legacyDrawing`, Math.max(0, xml.lastIndexOf(`</${prefix}sheetData>`)))[0];
    const legacyId = legacy ? tagAttribute(xml.slice(legacy.start, legacy.end), 'r:id') : undefined;
    const vmlRel = legacyId ? rels.find((r) => r.id === legacyId) : undefined;
    const vmlPath = vmlRel ? resolveTarget(path, vmlRel.target) : freePath(draft.pkg, (n) => `xl/drawings/vmlDrawing${n}.vml`);
    setPart(draft.pkg, vmlPath, vmlDrawingXml(vmlRel ? partText(draft.pkg, vmlPath) : undefined, added, vmlRel ? 1 : vmlBlock(draft.pkg)));
    draft.types = withDefault(draft.types, 'vml', CONTENT_TYPES.vmlDrawing);
    if (!vmlRel) {
      const id = freeRelationshipId(rels);
      rels.push({ id, type: REL_TYPES.vmlDrawing, target: relativeTo(path, vmlPath) });
      out = withLegacyDrawing(out, id);
    }
  }
  setPart(draft.pkg, relsFile, renderRelationships(rels));
  return out;
}

function editCells(draft: Draft, name: string, edits: SheetEdits): boolean {
  const path = sheetPath(draft, name);
  const source = path ? partText(draft.pkg, path) : undefined;
  if (!path || source === undefined) return false;
  const masters = toMergeMasters(source, edits);
  let xml = editSheetXml(source, masters, (base, e) => derivedStyle(draft.styles, base, { fill: e.fill, numFmt: e.numFmt }));
  const comments: CellComment[] = [];
  let values = false;
  for (const [row, cells] of masters) {
    for (const [column, edit] of cells) {
      if (edit.comment !== undefined && edit.comment !== '') comments.push({ row, column, text: edit.comment });
      if (Object.hasOwn(edit, 'value')) values = true;
    }
  }
  if (comments.length > 0) xml = addComments(draft, path, xml, comments);
  setPart(draft.pkg, path, xml);
  return values;
}

function dropCalcChain(draft: Draft): void {
  const rel = draft.rels.find((r) => r.type === REL_TYPES.calcChain);
  if (!rel) return;
  const path = resolveTarget(draft.workbookPath, rel.target);
  draft.rels = draft.rels.filter((r) => r !== rel);
  draft.pkg.parts.delete(path);
  draft.types = withoutOverride(draft.types, path);
}

function saveStyles(draft: Draft): void {
  const rel = draft.rels.find((r) => r.type === REL_TYPES.styles);
  const text = renderStyles(draft.styles);
  if (rel) {
    if (text !== draft.styles.xml) setPart(draft.pkg, resolveTarget(draft.workbookPath, rel.target), text);
    return;
  }
  const dir = draft.workbookPath.slice(0, draft.workbookPath.lastIndexOf('/') + 1);
  const path = `${dir}styles.xml`;
  draft.rels.push({ id: freeRelationshipId(draft.rels), type: REL_TYPES.styles, target: relativeTo(draft.workbookPath, path) });
  draft.types = withOverride(draft.types, path, CONTENT_TYPES.styles);
  setPart(draft.pkg, path, text);
}

/** Where the workbook part is, its relationships, and its styles. */
function workbookParts(pkg: XlsxPackage): { workbookPath: string; rels: Relationship[]; styles: StyleSheet } {
  const root = parseRelationships(partText(pkg, '_rels/.rels'));
  const officeDocument = root.find((r) => r.type === REL_TYPES.officeDocument);
  const workbookPath = officeDocument ? resolveTarget('', officeDocument.target) : 'xl/workbook.xml';
  const rels = parseRelationships(partText(pkg, relsPath(workbookPath)));
  const stylesRel = rels.find((r) => r.type === REL_TYPES.styles);
  const styles = readStyles(stylesRel ? partText(pkg, resolveTarget(workbookPath, stylesRel.target)) : undefined);
  return { workbookPath, rels, styles };
}

/**
 * The cell styles of a package (its `styles.xml`, found through the workbook's relationships).
 * @example
 * packageStyles(openPackage(createWorkbook([{ name: '党员', rows: [['姓名']] }]))).xfs.length > 0 // true
 */
export function packageStyles(pkg: XlsxPackage): StyleSheet {
  return workbookParts(pkg).styles;
}

/**
 * The package with the edits made, as .xlsx bytes. The package object is used up (its parts are
 * replaced); open it again from the input bytes to write another copy.
 * @example
 * editWorkbook(openPackage(bytes), { cells: new Map([['党员', new Map([[3, new Map([[3, { fill: 'FFFFC7CE', comment: '格式错误' }]])]])]]) })
 */
export function editWorkbook(pkg: XlsxPackage, edits: WorkbookEdits): Uint8Array {
  const { workbookPath, rels, styles } = workbookParts(pkg);
  const workbook = partText(pkg, workbookPath);
  if (workbook === undefined) throw new Error('not a workbook: the package has no workbook part');
  const types = partText(pkg, '[Content_Types].xml') ?? '';
  const draft: Draft = { pkg, workbookPath, workbook, rels: [...rels], types, styles };
  for (const name of edits.drop ?? []) dropSheet(draft, name);
  for (const sheet of edits.add ?? []) addSheet(draft, sheet);
  let values = (edits.drop ?? []).length > 0;
  for (const [name, sheetEdits] of edits.cells ?? []) if (editCells(draft, name, sheetEdits)) values = true;
  if (values) {
    dropCalcChain(draft);
    draft.workbook = withFullCalcOnLoad(draft.workbook);
  }
  saveStyles(draft);
  if (draft.workbook !== workbook) setPart(pkg, workbookPath, draft.workbook);
  const relsText = renderRelationships(draft.rels);
  if (relsText !== renderRelationships(rels)) setPart(pkg, relsPath(workbookPath), relsText);
  if (draft.types !== types) setPart(pkg, '[Content_Types].xml', draft.types);
  return packageBytes(pkg);
}
