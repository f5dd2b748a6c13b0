import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvText } from '../report/formats.js';
import { CsvParser } from './csvParser.js';

function parse(text: string, delimiter = ','): string[][] {
  const parser = new CsvParser(delimiter);
  return parser.end(parser.push(text, []));
}

function parseInPieces(text: string, cuts: number[]): string[][] {
  const parser = new CsvParser(',');
  const out: string[][] = [];
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    parser.push(text.slice(at, cut), out);
    at = cut;
  }
  parser.push(text.slice(at), out);
  return parser.end(out);
}

describe('CsvParser', () => {
  it('reads quoted fields, doubled quotes, line breaks in quotes and every line end', () => {
    expect(parse('a,"b,c","say ""hi"""\r\n"x\ny",,z\rlast')).toEqual([['a', 'b,c', 'say "hi"'], ['x\ny', '', 'z'], ['last']]);
    expect(parse('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
    expect(parse('')).toEqual([]);
    expect(parse('""')).toEqual([['']]);
    expect(parse('a\tb', '\t')).toEqual([['a', 'b']]);
  });

  it('is relaxed like Excel about stray quotes', () => {
    expect(parse('5"2,ab"c"d\n')).toEqual([['5"2', 'ab"c"d']]);
    expect(parse('"abc"def,g\n')).toEqual([['abcdef', 'g']]);
  });

  it('notes a quote that never closes instead of reading the rest as one field', () => {
    const parser = new CsvParser(',');
    expect(parser.end(parser.push('a,b\n"x\ny",1\nc,"unclosed,x\nmore\n', []))).toEqual([['a', 'b'], ['x\ny', '1']]);
    expect(parser.unclosedQuoteLine()).toBe(4);
    const closed = new CsvParser(',');
    closed.end(closed.push('a,"b\r\nc"\r\n', []));
    expect(closed.unclosedQuoteLine()).toBeUndefined();
  });

  it('gives the same rows however the text is cut into chunks', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r', ' ') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), fc.array(fc.nat(), { maxLength: 6 }), (rows, cuts) => {
        const text = csvText(rows, ',', false);
        const whole = parse(text);
        expect(whole).toEqual(rows);
        expect(parseInPieces(text, cuts.map((c) => c % (text.length + 1)))).toEqual(whole);
      }),
    );
  });
});
