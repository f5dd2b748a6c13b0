/**
 * The xlsx writer: edits an existing package (changed sheets, styles and comments rewritten,
 * everything else copied as it is) or creates a new one from rows. Bytes in, bytes out; no Node
 * built-ins, so it runs in a browser too.
 * @module
 */
export { editWorkbook, packageStyles, type WorkbookEdits } from './editWorkbook.js';
export { createWorkbook } from './createWorkbook.js';
export { openPackage, type XlsxPackage } from './xlsxPackage.js';
export { FFLATE_CODEC, type ZipCodec } from './zipArchive.js';
export type { CellEdit, SheetEdits } from './editSheetXml.js';
export type { NewSheet } from './newSheetXml.js';
export { styleSpecOf, type StyleSheet, type StyleSpec } from './styleSheet.js';
export type { CellValue } from './cellXml.js';
export { cellRef, columnName } from './cellRef.js';
