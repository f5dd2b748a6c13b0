/**
 * Reading an .xlsx package: its sheets, in workbook order, as rows of values with their number
 * formats. Browser-safe (fflate, no Node built-ins). Each sheet part is inflated in pieces and
 * scanned as it comes, so a sheet past the limits is refused without being inflated whole.
 * @module
 */
import { parseCellStyles, type CellStyles } from './cellStyles.js';
import { applyMerges } from './mergedCells.js';
import { sharedStringsReader } from './sharedStrings.js';
import type { SheetCells } from './sheetCells.js';
import { sheetScanner, type CellBudget } from './sheetScan.js';
import { defaultInflater, entryText, findEntry, inflateEntry, openZip, type InflateBudget, type Inflater, type ZipArchive } from './zipArchive.js';
import { parseRelationships, parseWorkbook, relsPath, resolveTarget } from './workbookParts.js';
import { XlsxFormatError, xlsxLimits, type XlsxLimits } from './xlsxLimits.js';

/** A read workbook. */
export interface XlsxWorkbook {
  sheets: SheetCells[];
  styles: CellStyles;
  /** Dates count from 1904-01-01 (old Mac Excel) instead of 1899-12-30. */
  date1904: boolean;
}

/** Options of {@link readXlsx}. */
export interface ReadXlsxOptions {
  limits?: Partial<XlsxLimits>;
  /** How parts are inflated; default native where the platform has it. */
  inflater?: Inflater;
}

interface Reading {
  zip: ZipArchive;
  budget: InflateBudget;
  inflater: Inflater;
}

async function partText(at: Reading, path: string | undefined): Promise<string | undefined> {
  const entry = path === undefined ? undefined : findEntry(at.zip, path);
  return entry ? entryText(at.zip, entry, at.budget, at.inflater) : undefined;
}

async function streamPart(at: Reading, path: string, xml: { push(b: Uint8Array): void; end(): void }): Promise<boolean> {
  const entry = findEntry(at.zip, path);
  if (!entry) return false;
  await inflateEntry(at.zip, entry, at.budget, (chunk) => xml.push(chunk), at.inflater);
  xml.end();
  return true;
}

/**
 * Reads the sheets of an .xlsx package. Throws an `XlsxFormatError` for bytes that are not one
 * and an `XlsxLimitError` as soon as a sheet crosses a limit (the callers turn both into issues).
 * @example
 * (await readXlsx(bytes)).sheets.map((s) => s.name) // ['党员基本信息汇总表', '民族']
 */
export async function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): Promise<XlsxWorkbook> {
  const caps = xlsxLimits(options.limits);
  const at: Reading = { zip: openZip(bytes), budget: { used: 0, max: caps.maxUnzippedBytes }, inflater: options.inflater ?? defaultInflater() };
  const rootRels = parseRelationships((await partText(at, '_rels/.rels')) ?? '');
  const main = rootRels.find((r) => r.type.endsWith('/officeDocument'));
  const workbookPath = main ? resolveTarget('', main.target) : 'xl/workbook.xml';
  const workbookXml = await partText(at, workbookPath);
  if (workbookXml === undefined) throw new XlsxFormatError('no workbook part');
  const parts = parseWorkbook(workbookPath, workbookXml, (await partText(at, relsPath(workbookPath))) ?? '');
  const styles = parseCellStyles((await partText(at, parts.styles ?? 'xl/styles.xml')) ?? '');
  const table = sharedStringsReader();
  await streamPart(at, parts.sharedStrings ?? 'xl/sharedStrings.xml', table.xml);
  const cells: CellBudget = { used: 0 };
  const sheets: SheetCells[] = [];
  for (const entry of parts.sheets) {
    const scan = sheetScanner(entry.name, table.strings, caps, cells);
    if (entry.path === undefined || !(await streamPart(at, entry.path, scan.xml))) continue;
    const scanned = scan.finish();
    const mergedTo = applyMerges(scanned.rows, scanned.merges, entry.name, caps, cells);
    sheets.push({ name: entry.name, state: entry.state, rows: scanned.rows, rowCount: Math.max(scanned.rowCount, mergedTo), merges: scanned.merges });
  }
  return { sheets, styles, date1904: parts.date1904 };
}
