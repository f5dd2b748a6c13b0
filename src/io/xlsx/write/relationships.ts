/**
 * Package relationships (`_rels/*.rels`) as the writer rewrites them (keeping external targets);
 * paths are resolved with the reader's `resolveTarget` and `relsPath`.
 * @module
 */
import { escapeXmlAttribute } from './escapeXml.js';
import { elements, tagAttributes } from './xmlTag.js';

/** One relationship of a part. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external?: boolean;
}

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
 * The relationships in a `.rels` part's text.
 * @example
 * parseRelationships('<Relationships><Relationship Id="rId1" Type="…/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')[0].target // 'worksheets/sheet1.xml'
 */
export function parseRelationships(xml: string | undefined): Relationship[] {
  if (!xml) return [];
  return elements(xml, 'Relationship').map((tag) => {
    const a = tagAttributes(tag);
    return { id: a.Id ?? '', type: a.Type ?? '', target: a.Target ?? '', ...(a.TargetMode === 'External' ? { external: true } : {}) };
  });
}

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
