import { describe, expect, it } from 'vitest';
import { readUnitSituation, unitSituationLabel } from './situation.js';

describe('readUnitSituation', () => {
  it.each([
    ['same-as-parent', 'same-as-parent'],
    ['与上级党组织相同', 'same-as-parent'],
    [' 与上级党组织 相同 ', 'same-as-parent'],
    ['legal-entity', 'legal-entity'],
    ['legalEntity', 'legal-entity'],
    ['法人单位', 'legal-entity'],
    ['2 法人单位', 'legal-entity'],
    ['☑法人单位', 'legal-entity'],
    ['joint', 'joint'],
    ['联合支部', 'joint'],
    ['联合党支部', 'joint'],
  ] as const)('%s → %s', (text, situation) => {
    expect(readUnitSituation(text)).toBe(situation);
  });
  it.each(['1', '2', '3', '法人', '其他', 'x'.repeat(100)])('does not guess %s', (text) => {
    expect(readUnitSituation(text)).toBeUndefined();
  });
  it('labels the three options as the form does', () => {
    expect(['same-as-parent', 'legal-entity', 'joint'].map((s) => unitSituationLabel(s as 'joint'))).toEqual([
      '与上级党组织相同',
      '法人单位',
      '联合支部',
    ]);
  });
});
