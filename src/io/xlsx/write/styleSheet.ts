/**
 * `xl/styles.xml` while writing: the styles a package has stay at their indices; styles derived
 * from them (the same cell style with a fill or a number format) and new ones (bold, centred, a
 * title size) are appended, each once.
 * @module
 */
import { escapeXmlAttribute } from './escapeXml.js';
import { elementSpan, elements, tagAttribute, withAttribute } from './xmlTag.js';

/**
 * A cell style for new cells, by what it looks like.
 * @category Spreadsheets
 */
export interface StyleSpec {
  bold?: boolean;
  /** Font size in points. */
  size?: number;
  /** Solid fill colour, ARGB hex (`FFFFC7CE`). */
  fill?: string;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center' | 'bottom';
  wrap?: boolean;
  /** Number format code (`@` for text, `yyyy-mm-dd`). */
  numFmt?: string;
}

/** The styles of a package and what the writer added. */
export interface StyleSheet {
  xml: string;
  fonts: string[];
  fills: string[];
  xfs: string[];
  numFmts: { id: number; code: string }[];
  added: { fonts: number; fills: number; xfs: number; numFmts: number };
  memo: Map<string, number>;
}

/** Styles for a new workbook: one font, the two fills Excel requires, one border, the Normal style. */
export const DEFAULT_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const SECTION_ORDER: readonly string[] = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '@': 49 };

function sectionInner(xml: string, name: string): string {
  const span = elementSpan(xml, name);
  if (!span) return '';
  const element = xml.slice(span.start, span.end);
  const open = element.indexOf('>');
  return element[open - 1] === '/' ? '' : element.slice(open + 1, element.length - name.length - 3);
}

/**
 * The styles of a package (`undefined`: it has none, and gets {@link DEFAULT_STYLES}).
 * @example
 * readStyles(undefined).xfs.length // 1
 * readStyles(DEFAULT_STYLES).fills.length // 2
 */
export function readStyles(xml: string | undefined): StyleSheet {
  const source = xml ?? DEFAULT_STYLES;
  const numFmts = elements(sectionInner(source, 'numFmts'), 'numFmt').map((tag) => ({
    id: Number(tagAttribute(tag, 'numFmtId') ?? -1),
    code: tagAttribute(tag, 'formatCode') ?? '',
  }));
  return {
    xml: source,
    fonts: elements(sectionInner(source, 'fonts'), 'font'),
    fills: elements(sectionInner(source, 'fills'), 'fill'),
    xfs: elements(sectionInner(source, 'cellXfs'), 'xf'),
    numFmts,
    added: { fonts: 0, fills: 0, xfs: 0, numFmts: 0 },
    memo: new Map(),
  };
}

function added<T>(list: T[], item: T, counter: keyof StyleSheet['added'], sheet: StyleSheet): number {
  list.push(item);
  sheet.added[counter]++;
  return list.length - 1;
}

function numFmtId(sheet: StyleSheet, code: string): number {
  if (Object.hasOwn(BUILTIN_FORMATS, code)) return BUILTIN_FORMATS[code]!;
  const known = sheet.numFmts.find((f) => f.code === code);
  if (known) return known.id;
  const id = Math.max(163, ...sheet.numFmts.map((f) => f.id)) + 1;
  sheet.numFmts.push({ id, code });
  sheet.added.numFmts++;
  return id;
}

function fillId(sheet: StyleSheet, argb: string): number {
  const key = `fill:${argb}`;
  const known = sheet.memo.get(key);
  if (known !== undefined) return known;
  const same = sheet.fills.findIndex((f, i) => i > 1 && f.includes('patternType="solid"') && f.includes(`<fgColor rgb="${argb}"/>`));
  if (same >= 0) {
    sheet.memo.set(key, same);
    return same;
  }
  // Fills 0 and 1 are reserved (none, gray125): a package without fills gets them first.
  if (sheet.fills.length === 0) {
    added(sheet.fills, '<fill><patternFill patternType="none"/></fill>', 'fills', sheet);
    added(sheet.fills, '<fill><patternFill patternType="gray125"/></fill>', 'fills', sheet);
  }
  const id = added(sheet.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${escapeXmlAttribute(argb)}"/><bgColor indexed="64"/></patternFill></fill>`, 'fills', sheet);
  sheet.memo.set(key, id);
  return id;
}

function fontId(sheet: StyleSheet, spec: StyleSpec): number {
  let font = sheet.fonts[0] ?? '<font><sz val="11"/><name val="Calibri"/></font>';
  if (font.endsWith('/>')) font = `${font.slice(0, -2)}></font>`;
  const open = font.indexOf('>') + 1;
  let inner = font.slice(open, font.lastIndexOf('</font>'));
  const bold = elementSpan(inner, 'b');
  if (bold) inner = inner.slice(0, bold.start) + inner.slice(bold.end);
  if (spec.size !== undefined) {
    const size = `<sz val="${spec.size}"/>`;
    const at = elementSpan(inner, 'sz');
    inner = at ? inner.slice(0, at.start) + size + inner.slice(at.end) : size + inner;
  }
  return added(sheet.fonts, `${font.slice(0, open)}${spec.bold ? '<b/>' : ''}${inner}</font>`, 'fonts', sheet);
}

function baseXf(sheet: StyleSheet, index: number): string {
  return sheet.xfs[index] ?? sheet.xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
}

/**
 * The index of cell style `base` with a solid fill and/or a number format put on it.
 * @example
 * const styles = readStyles(undefined);
 * derivedStyle(styles, 0, { fill: 'FFFFC7CE' }) // 1
 * derivedStyle(styles, 0, { fill: 'FFFFC7CE' }) // 1
 * derivedStyle(styles, 0, { numFmt: '@' }) // 2
 */
export function derivedStyle(sheet: StyleSheet, base: number, change: { fill?: string; numFmt?: string }): number {
  if (change.fill === undefined && change.numFmt === undefined) return base;
  const key = `xf:${base}|${change.fill ?? ''}|${change.numFmt ?? ''}`;
  const known = sheet.memo.get(key);
  if (known !== undefined) return known;
  let xf = baseXf(sheet, base);
  if (change.fill !== undefined) xf = withAttribute(withAttribute(xf, 'fillId', String(fillId(sheet, change.fill))), 'applyFill', '1');
  if (change.numFmt !== undefined) xf = withAttribute(withAttribute(xf, 'numFmtId', String(numFmtId(sheet, change.numFmt))), 'applyNumberFormat', '1');
  const id = added(sheet.xfs, xf, 'xfs', sheet);
  sheet.memo.set(key, id);
  return id;
}

/**
 * The index of a cell style that looks like `spec` (built on the package's default style).
 * @example
 * specStyle(readStyles(undefined), { bold: true, horizontal: 'center' }) // 1
 */
export function specStyle(sheet: StyleSheet, spec: StyleSpec): number {
  const key = `spec:${spec.bold ? 1 : 0}|${spec.size ?? ''}|${spec.fill ?? ''}|${spec.horizontal ?? ''}|${spec.vertical ?? ''}|${spec.wrap ? 1 : 0}|${spec.numFmt ?? ''}`;
  const known = sheet.memo.get(key);
  if (known !== undefined) return known;
  let xf = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
  if (spec.bold || spec.size !== undefined) xf = withAttribute(withAttribute(xf, 'fontId', String(fontId(sheet, spec))), 'applyFont', '1');
  if (spec.fill !== undefined) xf = withAttribute(withAttribute(xf, 'fillId', String(fillId(sheet, spec.fill))), 'applyFill', '1');
  if (spec.numFmt !== undefined) xf = withAttribute(withAttribute(xf, 'numFmtId', String(numFmtId(sheet, spec.numFmt))), 'applyNumberFormat', '1');
  if (spec.horizontal || spec.vertical || spec.wrap) {
    const alignment = `<alignment${spec.horizontal ? ` horizontal="${spec.horizontal}"` : ''}${spec.vertical ? ` vertical="${spec.vertical}"` : ''}${spec.wrap ? ' wrapText="1"' : ''}/>`;
    xf = `${withAttribute(xf, 'applyAlignment', '1').slice(0, -2)}>${alignment}</xf>`;
  }
  const id = added(sheet.xfs, xf, 'xfs', sheet);
  sheet.memo.set(key, id);
  return id;
}

/** The first `<name …>` element inside `xml`, and its attribute `attr`. */
function childAttribute(xml: string | undefined, name: string, attr: string): string | undefined {
  if (xml === undefined) return undefined;
  const span = elementSpan(xml, name);
  return span ? tagAttribute(xml.slice(span.start, span.end), attr) : undefined;
}

const isOn = (value: string | undefined): boolean => value !== undefined && value !== '0' && value !== 'false';

/**
 * What cell style `index` of a package looks like, as far as a {@link StyleSpec} says it: a solid
 * fill's colour, bold, a font size other than the default font's, alignment and wrapping (the number
 * format is the reader's `styles.numFmt`). For copying a sheet of another workbook into this one.
 * @example
 * const styles = readStyles(undefined);
 * styleSpecOf(styles, specStyle(styles, { bold: true, fill: 'FFFFFF00', horizontal: 'center' })) // { fill: 'FFFFFF00', bold: true, horizontal: 'center' }
 */
export function styleSpecOf(sheet: StyleSheet, index: number): StyleSpec {
  const xf = sheet.xfs[index];
  if (xf === undefined) return {};
  const spec: StyleSpec = {};
  const fill = sheet.fills[Number(tagAttribute(xf, 'fillId') ?? 0)];
  const rgb = childAttribute(fill, 'fgColor', 'rgb');
  if (childAttribute(fill, 'patternFill', 'patternType') === 'solid' && rgb !== undefined) spec.fill = rgb;
  const font = sheet.fonts[Number(tagAttribute(xf, 'fontId') ?? 0)];
  if (font !== undefined && elementSpan(font, 'b') && isOn(childAttribute(font, 'b', 'val') ?? '1')) spec.bold = true;
  const size = Number(childAttribute(font, 'sz', 'val'));
  if (Number.isFinite(size) && size > 0 && size !== Number(childAttribute(sheet.fonts[0], 'sz', 'val'))) spec.size = size;
  const horizontal = childAttribute(xf, 'alignment', 'horizontal');
  const vertical = childAttribute(xf, 'alignment', 'vertical');
  if (horizontal === 'left' || horizontal === 'center' || horizontal === 'right') spec.horizontal = horizontal;
  if (vertical === 'top' || vertical === 'center' || vertical === 'bottom') spec.vertical = vertical;
  if (isOn(childAttribute(xf, 'alignment', 'wrapText'))) spec.wrap = true;
  return spec;
}

function withSection(xml: string, name: string, items: readonly string[], count: number): string {
  const span = elementSpan(xml, name);
  if (span) {
    // Keep the section's own attributes (x14ac:knownFonts and the like); only its count changes.
    const open = xml.slice(span.start, xml.indexOf('>', span.start) + 1).replace(/\/>$/, '>');
    return `${xml.slice(0, span.start)}${withAttribute(open, 'count', String(count))}${items.join('')}</${name}>${xml.slice(span.end)}`;
  }
  const content = `<${name} count="${count}">${items.join('')}</${name}>`;
  const later = SECTION_ORDER.slice(SECTION_ORDER.indexOf(name) + 1)
    .map((n) => elementSpan(xml, n)?.start)
    .find((at) => at !== undefined);
  const at = later ?? xml.lastIndexOf('</styleSheet>');
  return xml.slice(0, at) + content + xml.slice(at);
}

/**
 * The text of `xl/styles.xml` with what was added; the package's own text when nothing was.
 * @example
 * renderStyles(readStyles(DEFAULT_STYLES)) === DEFAULT_STYLES // true
 */
export function renderStyles(sheet: StyleSheet): string {
  const a = sheet.added;
  let xml = sheet.xml;
  if (a.numFmts > 0) {
    const items = sheet.numFmts.map((f) => `<numFmt numFmtId="${f.id}" formatCode="${escapeXmlAttribute(f.code)}"/>`);
    xml = withSection(xml, 'numFmts', items, items.length);
  }
  if (a.fonts > 0) xml = withSection(xml, 'fonts', sheet.fonts, sheet.fonts.length);
  if (a.fills > 0) xml = withSection(xml, 'fills', sheet.fills, sheet.fills.length);
  if (a.xfs > 0) xml = withSection(xml, 'cellXfs', sheet.xfs, sheet.xfs.length);
  return xml;
}
