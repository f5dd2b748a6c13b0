/**
 * A streaming CSV parser for what spreadsheets write (RFC 4180: quoted fields, `""` inside quotes,
 * line breaks inside quoted fields, CRLF / LF / CR line ends), relaxed the way Excel reads: a quote
 * inside an unquoted field is kept as a character, text after a closing quote is kept. Text is fed
 * in chunks of any size (a chunk may end anywhere, even between `\r` and `\n`); rows come out as
 * arrays of field texts. A char loop over decoded text: several times faster than decoding to
 * bytes and back, and no dependency.
 * @module
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

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
    this.endField();
    out.push(this.row);
    this.row = [];
  }

  /** Parses a chunk; complete rows are appended to `out` (returned for convenience). */
  push(text: string, out: string[][]): string[][] {
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
        this.atFieldStart = false;
        start = i + 1;
      } else {
        this.atFieldStart = false;
      }
    }
    if (!(this.quoted && this.quoteSeen)) this.field += text.slice(start);
    return out;
  }

  /** Ends the input: the last row when it has no line end (an unclosed quote ends with the text). */
  end(out: string[][]): string[][] {
    if (this.field !== '' || this.row.length > 0 || !this.atFieldStart) this.endRow(out);
    this.quoted = false;
    this.quoteSeen = false;
    return out;
  }
}
