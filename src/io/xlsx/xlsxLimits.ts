/**
 * What the xlsx reader refuses to read: a sheet past Excel's own limits, or a package that unzips
 * to more than a cap. Reading stops as soon as a bound is crossed, so memory stays bounded.
 * @module
 */

/**
 * Caps of one read.
 * @category Spreadsheets
 */
export interface XlsxLimits {
  /** Rows of a sheet; Excel's limit is 1,048,576. */
  maxRows: number;
  /** Columns of a sheet; Excel's limit is 16,384 (XFD). */
  maxColumns: number;
  /** Bytes inflated from the package, all parts read together; default 1 GiB. */
  maxUnzippedBytes: number;
  /** Cells held (merged areas included), all sheets together; default 40 million. */
  maxCells: number;
}

/**
 * The default caps: Excel's own sheet size, 1 GiB unzipped, 40 million cells.
 * @example
 * XLSX_LIMITS.maxRows // 1048576
 * @category Spreadsheets
 */
export const XLSX_LIMITS: Readonly<XlsxLimits> = Object.freeze({
  maxRows: 1_048_576,
  maxColumns: 16_384,
  maxUnzippedBytes: 1024 * 1024 * 1024,
  maxCells: 40_000_000,
});

/** Which bound a workbook crossed. */
export type XlsxLimitKind = 'rows' | 'columns' | 'unzipped' | 'cells';

/** Thrown inside the reader when a bound is crossed; turned into an issue at the edge. */
export class XlsxLimitError extends Error {
  constructor(
    readonly kind: XlsxLimitKind,
    readonly limit: number,
    readonly sheet: string | undefined,
  ) {
    super(`xlsx ${kind} limit ${limit} crossed`);
    this.name = 'XlsxLimitError';
  }
}

/** Thrown inside the reader when the bytes are not a readable xlsx package. */
export class XlsxFormatError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'XlsxFormatError';
  }
}

/**
 * Caps as given, missing or invalid ones replaced by the defaults.
 * @example
 * xlsxLimits({ maxRows: 1000 }).maxColumns // 16384
 */
export function xlsxLimits(given: Partial<XlsxLimits> | undefined): XlsxLimits {
  const pick = (key: keyof XlsxLimits): number => {
    const value = given?.[key];
    return typeof value === 'number' && value > 0 && Number.isFinite(value) ? Math.floor(value) : XLSX_LIMITS[key];
  };
  return { maxRows: pick('maxRows'), maxColumns: pick('maxColumns'), maxUnzippedBytes: pick('maxUnzippedBytes'), maxCells: pick('maxCells') };
}
