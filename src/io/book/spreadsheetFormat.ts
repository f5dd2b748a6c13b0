/**
 * Telling a spreadsheet file's format by its name, else by its first bytes.
 * @module
 */

/**
 * The extension of a file name, lower case, with its dot (`''` when none).
 * @example
 * fileExtension('a/党员.XLSX') // '.xlsx'
 */
export function fileExtension(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

/**
 * The format of a file by its extension, else by its first bytes; `undefined` when neither says.
 * @example
 * spreadsheetFormat('党员.xlsx') // 'xlsx'
 * spreadsheetFormat('members.CSV') // 'csv'
 * @category Spreadsheets
 */
export function spreadsheetFormat(name: string, bytes?: Uint8Array): 'xlsx' | 'csv' | 'xls' | undefined {
  const ext = fileExtension(String(name ?? ''));
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  if (ext === '.xls' || ext === '.et') return 'xls';
  if (bytes && bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  if (bytes && bytes[0] === 0xd0 && bytes[1] === 0xcf) return 'xls';
  return undefined;
}
