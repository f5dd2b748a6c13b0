/**
 * `[Content_Types].xml`: the content type of each part, by override or by file extension.
 * @module
 */
import { escapeXmlAttribute } from './escapeXml.js';

/** The content types of the parts the writer adds. */
export const CONTENT_TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vmlDrawing: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

function partNameAttribute(path: string): string {
  return `PartName="/${escapeXmlAttribute(path)}"`;
}

/**
 * The types with an override for a part (replacing one it had).
 * @example
 * withOverride('<Types></Types>', 'xl/a.xml', 'text/xml') // '<Types><Override PartName="/xl/a.xml" ContentType="text/xml"/></Types>'
 */
export function withOverride(xml: string, path: string, type: string): string {
  const stripped = withoutOverride(xml, path);
  const end = stripped.lastIndexOf('</Types>');
  return `${stripped.slice(0, end)}<Override ${partNameAttribute(path)} ContentType="${escapeXmlAttribute(type)}"/>${stripped.slice(end)}`;
}

/**
 * The types without the override of a part.
 * @example
 * withoutOverride('<Types><Override PartName="/xl/a.xml" ContentType="text/xml"/></Types>', 'xl/a.xml') // '<Types></Types>'
 */
export function withoutOverride(xml: string, path: string): string {
  const attribute = partNameAttribute(path);
  const at = xml.indexOf(attribute);
  if (at < 0) return xml;
  const start = xml.lastIndexOf('<', at);
  const end = xml.indexOf('>', at) + 1;
  return xml.slice(0, start) + xml.slice(end);
}

/**
 * The types with a default for a file extension, when they have none for it yet.
 * @example
 * withDefault('<Types></Types>', 'vml', 'text/vml') // '<Types><Default Extension="vml" ContentType="text/vml"/></Types>'
 */
export function withDefault(xml: string, extension: string, type: string): string {
  if (xml.includes(`Extension="${extension}"`)) return xml;
  const end = xml.lastIndexOf('</Types>');
  return `${xml.slice(0, end)}<Default Extension="${extension}" ContentType="${escapeXmlAttribute(type)}"/>${xml.slice(end)}`;
}
