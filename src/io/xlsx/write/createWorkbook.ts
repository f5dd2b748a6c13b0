/**
 * A new .xlsx workbook from sheets described by their rows (see {@link NewSheet}).
 * @module
 */
import { CONTENT_TYPES } from './contentTypes.js';
import { editWorkbook } from './editWorkbook.js';
import type { NewSheet } from './newSheetXml.js';
import { REL_TYPES, renderRelationships } from './relationships.js';
import { DEFAULT_STYLES } from './styleSheet.js';
import { newPackage, setPart, type XlsxPackage } from './xlsxPackage.js';
import { FFLATE_CODEC, type ZipCodec } from './zipArchive.js';

function emptyPackage(codec: ZipCodec): XlsxPackage {
  const pkg = newPackage(codec);
  setPart(
    pkg,
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      `<Default Extension="rels" ContentType="${CONTENT_TYPES.relationships}"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPES.workbook}"/><Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPES.styles}"/></Types>`,
  );
  setPart(pkg, '_rels/.rels', renderRelationships([{ id: 'rId1', type: REL_TYPES.officeDocument, target: 'xl/workbook.xml' }]));
  setPart(
    pkg,
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<bookViews><workbookView/></bookViews><sheets></sheets></workbook>',
  );
  setPart(pkg, 'xl/_rels/workbook.xml.rels', renderRelationships([{ id: 'rId1', type: REL_TYPES.styles, target: 'styles.xml' }]));
  setPart(pkg, 'xl/styles.xml', DEFAULT_STYLES);
  return pkg;
}

/**
 * A workbook of the given sheets, as .xlsx bytes.
 * @example
 * createWorkbook([{ name: '党员', rows: [['姓名'], ['张三']], frozenRows: 1 }]) // Uint8Array
 */
export function createWorkbook(sheets: readonly NewSheet[], cells?: WorkbookCells, codec: ZipCodec = FFLATE_CODEC): Uint8Array {
  return editWorkbook(emptyPackage(codec), { add: sheets, ...(cells ? { cells } : {}) });
}

/** Cell edits of a new workbook's sheets (marks on a CSV's cells, for example). */
export type WorkbookCells = NonNullable<Parameters<typeof editWorkbook>[1]['cells']>;
