import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeXml } from '../xmlText.js';
import { escapeXmlAttribute, escapeXmlText } from './escapeXml.js';

/** What an XML 1.0 parser accepts as characters (and keeps as they are in element text). */
const XML_CHAR = /^[\t\n\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

describe('escapeXml', () => {
  it('escapes markup, and control characters and lone surrogates the way Excel does', () => {
    expect(escapeXmlText(`a<b>&"'`)).toBe(`a&lt;b&gt;&amp;"'`);
    expect(escapeXmlAttribute(`a<b>&"'`)).toBe(`a&lt;b&gt;&amp;&quot;'`);
    expect(escapeXmlText('\u0000\u0007\u001f\r')).toBe('_x0000__x0007__x001F_&#13;');
    expect(escapeXmlText('a\ud800b')).toBe('a_xD800_b');
    expect(escapeXmlText('a\udc00')).toBe('a_xDC00_');
    expect(escapeXmlText('😀 党')).toBe('😀 党');
    expect(escapeXmlText('_x0041_ _x12_ _')).toBe('_x005F_x0041_ _x12_ _');
    expect(escapeXmlAttribute('a\tb\nc')).toBe('a&#9;b&#10;c');
  });

  it('leaves plain text alone', () => {
    expect(escapeXmlText('中共甲村支部委员会 12')).toBe('中共甲村支部委员会 12');
  });

  it('gives text an XML parser accepts, and unescaping gives the text back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        for (const escaped of [escapeXmlText(text), escapeXmlAttribute(text)]) {
          expect(escaped).toMatch(XML_CHAR);
          expect(decodeXml(escaped)).toBe(text);
        }
      }),
    );
    expect(decodeXml(escapeXmlText('x\u0001_x0041_\ud83d'))).toBe('x\u0001_x0041_\ud83d');
  });
});
