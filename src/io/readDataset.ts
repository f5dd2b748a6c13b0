/**
 * The whole way from files to the input of the dataset check (Node: files by path or by name and
 * bytes): load the org file, the member file (they may be the same workbook) and an optional
 * joint-branch unit file, read their records.
 * @module
 */
import { loadBook, type SpreadsheetInput } from './book/loadBook.js';
import { readDatasetWith, type DatasetInputs, type DatasetRead, type ReadDatasetOptions } from './readDatasetBytes.js';

export type { DatasetRead, ReadDatasetOptions } from './readDatasetBytes.js';

/**
 * The files of a dataset.
 * @category Spreadsheets
 */
export type DatasetFiles = DatasetInputs<SpreadsheetInput>;

/**
 * Reads a dataset from spreadsheet files. Never throws; an unreadable file is an
 * `io.file.unreadable` error naming the file and the reason.
 * @example
 * const read = await readDataset({ orgs: 'orgs.xlsx', members: 'members.xlsx' });
 * checkDataset({ orgs: read.orgs, members: read.members }).ok // true when all is well
 * const alone = await readDataset({ members: 'members.xlsx' });
 * checkDataset({ members: alone.members }).issues[0].rule // 'dataset.orgs.absent'
 * @category Spreadsheets
 */
export async function readDataset(files: DatasetFiles, options: ReadDatasetOptions = {}): Promise<DatasetRead> {
  return readDatasetWith(files, loadBook, options);
}
