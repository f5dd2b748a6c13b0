/**
 * Text as SpreadsheetML holds it. XML 1.0 cannot hold most control characters or a lone surrogate,
 * so these are written the way Excel writes them, `_xHHHH_`; a literal `_xHHHH_` in the text keeps
 * its meaning by escaping its underscore (`_x005F_`). Surrogate pairs pass as they are.
 * @module
 */

// One pass: markup characters, characters XML 1.0 forbids, lone surrogates, an underscore that
// starts an `_xHHHH_` escape; in attributes also tab, newline and carriage return (which an XML
// parser would fold into spaces), in text a carriage return (which it would turn into a newline).
const TEXT_ESCAPES = /[&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|_(?=x[0-9A-Fa-f]{4}_)/g;
const ATTRIBUTE_ESCAPES = /[&<>"\t\n\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|_(?=x[0-9A-Fa-f]{4}_)/g;

/** Whether a text may need escaping at all (a cheap test that skips most cells). */
const MAYBE = /[&<>"\t\n\r\u0000-\u001f\ufffe\uffff\ud800-\udfff_]/;

function escapeOne(c: string): string {
  switch (c) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    case '\t':
      return '&#9;';
    case '\n':
      return '&#10;';
    case '\r':
      return '&#13;';
    case '_':
      return '_x005F_';
    default:
      return `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
  }
}

/**
 * Text for the content of an element (a cell's `<t>`, a comment).
 * @example
 * escapeXmlText('a<b & "c"') // 'a&lt;b &amp; "c"'
 * escapeXmlText('bell\u0007') // 'bell_x0007_'
 * escapeXmlText('_x0041_') // '_x005F_x0041_'
 * escapeXmlText('😀') // '😀'
 */
export function escapeXmlText(text: string): string {
  return MAYBE.test(text) ? text.replace(TEXT_ESCAPES, escapeOne) : text;
}

/**
 * Text for an attribute value in double quotes (a sheet name, a hyperlink's location).
 * @example
 * escapeXmlAttribute(`'a"b'!A1`) // "'a&quot;b'!A1"
 * escapeXmlAttribute('a\nb') // 'a&#10;b'
 */
export function escapeXmlAttribute(text: string): string {
  return MAYBE.test(text) ? text.replace(ATTRIBUTE_ESCAPES, escapeOne) : text;
}
