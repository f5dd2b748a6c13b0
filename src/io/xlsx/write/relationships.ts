/**
 * Package relationships (`_rels/*.rels`) as the writer rewrites them (keeping external targets);
 * they are read with the reader's `parseRelationships`, paths resolved with its `resolveTarget` and `relsPath`.
 * @module
 */
import type { Relationship } from '../workbookParts.js';
import { escapeXmlAttribute } from './escapeXml.js';

const BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The relationship types the writer adds or follows. */
export const REL_TYPES = {
  officeDocument: `${BASE}/officeDocument`,
  worksheet: `${BASE}/worksheet`,
  styles: `${BASE}/styles`,
  comments: `${BASE}/comments`,
  vmlDrawing: `${BASE}/vmlDrawing`,
  calcChain: `${BASE}/calcChain`,
} as const;

/**
 * A `.rels` part's text.
 * @example
 * renderRelationships([{ id: 'rId1', type: REL_TYPES.styles, target: 'styles.xml' }]).includes('Id="rId1"') // true
 */
export function renderRelationships(rels: readonly Relationship[]): string {
  const items = rels.map(
    (r) => `<Relationship Id="${escapeXmlAttribute(r.id)}" Type="${escapeXmlAttribute(r.type)}" Target="${escapeXmlAttribute(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

/**
 * An id no relationship in the list has yet (`rId` and the next free number).
 * @example
 * freeRelationshipId([{ id: 'rId1', type: '', target: '' }, { id: 'rId3', type: '', target: '' }]) // 'rId4'
 */
export function freeRelationshipId(rels: readonly Relationship[]): string {
  let max = 0;
  for (const r of rels) {
    const m = /^rId(\d+)$/.exec(r.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  let n = max + 1;
  while (rels.some((r) => r.id === `rId${n}`)) n++;
  return `rId${n}`;
}
