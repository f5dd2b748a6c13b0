import { foldFullWidth } from '../text/foldFullWidth.js';
import type { UnitSituation } from './types.js';

/**
 * What item 6 may hold, by normalised text: the API ids, the form's labels and the labels the
 * templates use (`联合党支部`). Numbers are not accepted: no official coding of the three options
 * was found (one system stores 法人单位 as 2; 1 and 3 are only inferred from the order).
 */
const SITUATION_LABELS: ReadonlyMap<string, UnitSituation> = new Map([
  ['same-as-parent', 'same-as-parent'],
  ['sameasparent', 'same-as-parent'],
  ['与上级党组织相同', 'same-as-parent'],
  ['与上级党组织所在单位相同', 'same-as-parent'],
  ['legal-entity', 'legal-entity'],
  ['legalentity', 'legal-entity'],
  ['法人单位', 'legal-entity'],
  ['joint', 'joint'],
  ['联合支部', 'joint'],
  ['联合党支部', 'joint'],
]);

/** Longest label plus room for a dropdown prefix; longer text is not an option. */
const MAX_SITUATION_LENGTH = 40;

/**
 * Reads item 6 from text: the API ids (`legal-entity`), the form's labels (法人单位), and
 * dropdown cells with a tick or a number in front (`☑法人单位`, `2 法人单位`: the label decides).
 * @param text - trimmed text of the cell
 * @returns the situation, or `undefined` when the text is none of the three (or not a string)
 * @example
 * readUnitSituation('与上级党组织相同') // 'same-as-parent'
 * readUnitSituation('2 法人单位') // 'legal-entity'
 * readUnitSituation('2') // undefined
 * @category Organisations
 */
export function readUnitSituation(text: string): UnitSituation | undefined {
  if (typeof text !== 'string') return undefined;
  if (text.length > MAX_SITUATION_LENGTH) return undefined;
  const exact = SITUATION_LABELS.get(text);
  if (exact !== undefined) return exact;
  const folded = foldFullWidth(text).replace(/\s+/g, '').toLowerCase();
  const direct = SITUATION_LABELS.get(folded);
  if (direct !== undefined) return direct;
  // Dropdown exports put a number, a tick or a box before the label.
  const label = folded.replace(/^[0-9.、:：√☑■□✓✔]+/, '');
  return label === folded ? undefined : SITUATION_LABELS.get(label);
}

/**
 * The form's Chinese label of a unit situation.
 * @example
 * unitSituationLabel('joint') // '联合支部'
 * @category Organisations
 */
export function unitSituationLabel(situation: UnitSituation): string {
  return situation === 'same-as-parent' ? '与上级党组织相同' : situation === 'legal-entity' ? '法人单位' : '联合支部';
}
