/**
 * A streaming CSV parser for what spreadsheets write (RFC 4180: quoted fields, `""` inside quotes,
 * line breaks inside quoted fields, CRLF / LF / CR line ends), relaxed the way Excel reads: a quote
 * inside an unquoted field is kept as a character, text after a closing quote is kept. Text is fed
 * in chunks of any size (a chunk may end anywhere, even between `\r` and `\n`); rows come out as
 * arrays of field texts. A char loop over decoded text: several times faster than decoding to
 * bytes and back, and no dependency.
 *
 * A quote that never closes would swallow the rest of the file into one field: the parser notes
 * the line where that field began (`unclosedQuoteLine`), and stops collecting a quoted field once
 * it is longer than a spreadsheet cell can be ({@link MAX_QUOTED_FIELD}), so a broken file is
 * refused in bounded memory.
 * @module
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The longest quoted field read: Excel's own limit for a cell (32,767 characters). A longer one is
 * taken for a quote that never closes.
 * @example
 * MAX_QUOTED_FIELD // 32767
 */
export const MAX_QUOTED_FIELD = 32_767;

/** Line breaks in text: CRLF, LF or CR each count once. */
function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}

/** A CSV parser that takes text in chunks. */
export class CsvParser {
  private readonly delimiter: number;
  private row: string[] = [];
  private field = '';
  private quoted = false;
  /** Inside quotes, the last character was a quote: closing, or the first half of `""`. */
  private quoteSeen = false;
  private atFieldStart = true;
  /** The last character was a CR ending a row (a following LF belongs to it). */
  private afterCR = false;
  /** Rows ended, and line breaks inside closed quoted fields: together, the lines behind. */
  private rowsEnded = 0;
  private breaksInQuotes = 0;
  /** The line where the open quoted field began. */
  private quoteLine = 0;
  private unclosedAt: number | undefined;

  /**
   * @example
   * new CsvParser(',').push('a,"b,c"\n', []) // [['a', 'b,c']]
   */
  constructor(delimiter = ',') {
    this.delimiter = delimiter.charCodeAt(0);
  }

  private endField(): void {
    this.row.push(this.field);
    this.field = '';
    this.atFieldStart = true;
  }

  private endRow(out: string[][]): void {
    this.rowsEnded++;
    this.endField();
    out.push(this.row);
    this.row = [];
  }

  /**
   * The line where a quoted field began that never closed (or ran past {@link MAX_QUOTED_FIELD}
   * characters); `undefined` while all is well.
   * @example
   * const parser = new CsvParser(',');
   * parser.end(parser.push('a,b\n"c,d\ne,f\n', []));
   * parser.unclosedQuoteLine() // 2
   */
  unclosedQuoteLine(): number | undefined {
    return this.unclosedAt;
  }

  /**
   * The line the parser is at, plus the line breaks in `text` before `index` (`text` being the
   * next chunk, not yet pushed).
   * @example
   * new CsvParser(',').lineAt('a\nb\n\ufffd', 4) // 3
   */
  lineAt(text: string, index: number): number {
    const before = this.afterCR && text.charCodeAt(0) === LF ? text.slice(1, index) : text.slice(0, index);
    return 1 + this.rowsEnded + this.breaksInQuotes + (this.quoted ? countLineBreaks(this.field) : 0) + countLineBreaks(before);
  }

  /** Parses a chunk; complete rows are appended to `out` (returned for convenience). */
  push(text: string, out: string[][]): string[][] {
    if (this.unclosedAt !== undefined) return out;
    const d = this.delimiter;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.quoted) {
        if (!this.quoteSeen) {
          if (c === QUOTE) {
            this.field += text.slice(start, i);
            this.quoteSeen = true;
          }
          continue;
        }
        this.quoteSeen = false;
        if (c === QUOTE) {
          this.field += '"';
          start = i + 1;
          continue;
        }
        this.quoted = false;
        this.breaksInQuotes += countLineBreaks(this.field);
        start = i;
      }
      if (this.afterCR) {
        this.afterCR = false;
        if (c === LF) {
          start = i + 1;
          continue;
        }
      }
      if (c === d) {
        this.field += text.slice(start, i);
        this.endField();
        start = i + 1;
      } else if (c === LF || c === CR) {
        this.field += text.slice(start, i);
        this.endRow(out);
        this.afterCR = c === CR;
        start = i + 1;
      } else if (c === QUOTE && this.atFieldStart) {
        this.quoted = true;
        this.quoteLine = 1 + this.rowsEnded + this.breaksInQuotes;
        this.atFieldStart = false;
        start = i + 1;
      } else {
        this.atFieldStart = false;
      }
    }
    if (!(this.quoted && this.quoteSeen)) this.field += text.slice(start);
    if (this.quoted && this.field.length > MAX_QUOTED_FIELD) this.runaway();
    return out;
  }

  /** A quoted field that does not close: noted, and nothing more is collected. */
  private runaway(): void {
    this.unclosedAt = this.quoteLine;
    this.field = '';
    this.row = [];
    this.quoted = false;
    this.quoteSeen = false;
  }

  /**
   * Ends the input: the last row when it has no line end. A quote still open (the closing quote
   * would be the last character) is noted in {@link unclosedQuoteLine} and its row is dropped.
   */
  end(out: string[][]): string[][] {
    if (this.unclosedAt !== undefined) return out;
    if (this.quoted && !this.quoteSeen) {
      this.runaway();
      return out;
    }
    if (this.field !== '' || this.row.length > 0 || !this.atFieldStart) this.endRow(out);
    this.quoted = false;
    this.quoteSeen = false;
    return out;
  }
}
