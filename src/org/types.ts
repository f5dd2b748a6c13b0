/**
 * The shapes of organisation records: the draft every check produces (fields that could be read)
 * and the validated {@link Org}, a discriminated union on the unit situation.
 * @module
 */

/**
 * 党组织所在单位情况 (item 6): `same-as-parent` 与上级党组织相同, `legal-entity` 法人单位,
 * `joint` 联合支部.
 * @category Organisations
 */
export type UnitSituation = 'same-as-parent' | 'legal-entity' | 'joint';

/**
 * Who fills the 党组织书记 item: the secretary, or by the guide's fallback the deputy, then the first secretary.
 * @category Organisations
 */
export type SecretaryRole = 'secretary' | 'deputy' | 'first';

/**
 * Item 2 as recorded: the name and which post it is (a fallback is visible in `role`).
 * @category Organisations
 */
export interface OrgSecretary {
  name: string;
  role: SecretaryRole;
}

/**
 * How a unit code was read: 统一社会信用代码, 组织机构代码, or the 18 × "0" placeholder.
 * @category Organisations
 */
export type UnitCodeKind = 'creditCode' | 'orgCode' | 'placeholder';

/**
 * One unit (items 7–10) as far as it could be read.
 * @category Organisations
 */
export interface OrgUnit {
  /** The unit record's own id, when the source system has one: orgs sharing a unit share its id. */
  id?: string;
  name?: string;
  category?: string;
  partySetup?: string;
  code?: string;
  codeKind?: UnitCodeKind;
  /** Unknown fields of the unit object, kept as given. */
  extra?: Record<string, unknown>;
}

/**
 * An organisation record as far as it could be read: every field that was readable and valid
 * after normalisation, `undefined` otherwise. Always produced, even from garbage input.
 * @category Organisations
 */
export interface OrgDraft {
  id?: string;
  parentId?: string;
  name?: string;
  category?: string;
  unitSituation?: UnitSituation;
  /** The units that count for the situation: none for `same-as-parent`, one for `legal-entity`. */
  units: OrgUnit[];
  secretary?: OrgSecretary;
  contact?: string;
  contactPhone?: string;
  /** Fields the record has beyond the known ones, and unit fields the situation does not use. */
  extra: Record<string, unknown>;
}

/**
 * A validated unit: items 7–10 all present.
 * @category Organisations
 */
export interface Unit {
  id?: string;
  name: string;
  category: string;
  partySetup: string;
  code: string;
  codeKind: UnitCodeKind;
  extra?: Record<string, unknown>;
}

/**
 * What every validated organisation has.
 * @category Organisations
 */
export interface OrgBase {
  id?: string;
  parentId?: string;
  /** Item 1, normalised with `normalizeOrgName`. */
  name: string;
  secretary: OrgSecretary;
  contact: string;
  /** The contact's mobile number, 11 digits. */
  contactPhone: string;
  /** 组织类别 leaf code (631). */
  category: string;
  extra: Record<string, unknown>;
}

/**
 * 与上级党组织相同: no unit of its own; the effective unit is inherited up the tree.
 * @category Organisations
 */
export interface OrgSameAsParent extends OrgBase {
  unitSituation: 'same-as-parent';
}

/**
 * 法人单位: one unit, items 7–10.
 * @category Organisations
 */
export interface OrgLegalEntity extends OrgBase {
  unitSituation: 'legal-entity';
  unit: Unit;
}

/**
 * 联合支部: every founding unit, two or more.
 * @category Organisations
 */
export interface OrgJoint extends OrgBase {
  unitSituation: 'joint';
  units: Unit[];
}

/**
 * A validated organisation record (items 1–10), discriminated on `unitSituation`.
 * @category Organisations
 */
export type Org = OrgSameAsParent | OrgLegalEntity | OrgJoint;
