// Test fixtures: small .xlsx packages written by hand (XML strings zipped with fflate), for what
// exceljs never writes — inline strings, prefixed tags, built-in date ids, 1904 dates, `t="d"`.
import { strToU8, zipSync } from 'fflate';

/** One sheet: its name and the XML inside `<sheetData>` (and after it: merges). */
export interface HandSheet {
  name: string;
  rows: string;
  after?: string;
  state?: 'hidden';
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The bytes of an .xlsx package with the given sheets, shared strings and custom number formats. */
export function xlsxPackage(
  sheets: HandSheet[],
  options: { strings?: string[]; numFmts?: Record<number, string>; xfs?: number[]; date1904?: boolean; level?: 0 | 6 } = {},
): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, xml: string) => {
    files[name] = strToU8(xml);
  };
  put('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  put('_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`, `<Relationship Id="rIdT" Type="${REL}/styles" Target="/xl/styles.xml"/>`);
  put('xl/_rels/workbook.xml.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  const list = sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('');
  put('xl/workbook.xml', `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${REL}">${options.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${list}</sheets></workbook>`);
  const fmts = Object.entries(options.numFmts ?? {}).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code.replace(/"/g, '&quot;')}"/>`);
  const xfs = (options.xfs ?? [0]).map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}/>`);
  put('xl/styles.xml', `<?xml version="1.0"?><styleSheet xmlns="${NS}"><numFmts count="${fmts.length}">${fmts.join('')}</numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs></styleSheet>`);
  const sst = (options.strings ?? []).map((t) => (t.startsWith('<') ? `<si>${t}</si>` : `<si><t>${t}</t></si>`)).join('');
  put('xl/sharedStrings.xml', `<?xml version="1.0"?><sst xmlns="${NS}">${sst}</sst>`);
  sheets.forEach((s, i) => put(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData>${s.rows}</sheetData>${s.after ?? ''}</worksheet>`));
  return zipSync(files, { level: options.level ?? 6 });
}
