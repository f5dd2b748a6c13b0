/**
 * `validateOrg`: one organisation record in, a typed {@link Org} out — or the reasons it cannot
 * be entered as it stands.
 * @module
 */
import { resolveOptions, type ValidateOptions } from '../options.js';
import { hasError, type Issue, type Result } from '../result.js';
import { misnamedKeys, type FieldName } from '../_lib/likelyField.js';
import { createIssue } from '../rules/define.js';
import { checkOrgRecord } from './checkOrgRecord.js';
import { FLAT_UNIT_COLUMNS, ORG_FIELDS, UNIT_CONTAINER_FIELDS, fieldLabel } from './fields.js';
import { orgKeyMisnamedRule } from './keyRule.js';
import type { Org, OrgBase, OrgDraft, OrgUnit, Unit } from './types.js';

/** The org fields (and `extra`, which a validated org holds) with the labels a person might use as keys. */
const ORG_FIELD_NAMES: readonly FieldName[] = [
  ...[...ORG_FIELDS, ...UNIT_CONTAINER_FIELDS].map((key) => ({ key, labels: [fieldLabel(key, 'zh-CN')] })),
  ...FLAT_UNIT_COLUMNS.map(([key, unitField]) => ({ key, labels: [fieldLabel(`unit.${unitField}`, 'zh-CN')] })),
  { key: 'extra', labels: [] },
];

/**
 * Validates an organisation record (items 1–10 of 《党组织和所在单位基本信息采集表》) and returns
 * it normalised and typed by its unit situation: `same-as-parent` (no unit), `legal-entity`
 * (`unit`) or `joint` (`units`, two or more). Warnings and reviews come with a valid value;
 * any error makes the result a failure. Never throws.
 *
 * Input fields: `id`, `parentId`, `name`, `secretary` (a name, or `{ name, role }` with role
 * `secretary` | `deputy` | `first` or 书记 / 副书记 / 第一书记), `deputySecretary`, `firstSecretary`,
 * `contact`, `contactPhone`, `category`, `unitSituation` (`same-as-parent` / 与上级党组织相同,
 * `legal-entity` / 法人单位, `joint` / 联合支部 / 联合党支部), `unit: { id?, name, category,
 * partySetup, code }`, `units: [...]`, or the flat columns `unitName`, `unitCategory`,
 * `unitPartySetup`, `unitCode` (`unitId`) — read only when neither `unit` nor `units` is given
 * (otherwise they are kept in `extra`, as is `unit` when `units` is given). Anything else is kept
 * in `extra`; blank cells of unused unit columns are left out. A validated org validates to itself:
 * an `extra` object is unpacked into `extra`, and a unit's `codeKind` is derived from its code.
 * @param input - the record
 * @param opts - `locale`, `policy` (unit-code placeholder, credit-code checksum and allow list, mobile check), `tables`
 * @example
 * const r = validateOrg({ name: '中共鄞州区下应街道湾底村第三支部委员会', secretary: '张三', contact: '张三', contactPhone: '13805740000', category: '631', unitSituation: '与上级党组织相同' });
 * r.ok && r.value.unitSituation // 'same-as-parent'
 * @example
 * validateOrg({ name: '中共某某支部委员会' }).ok // false
 * @example
 * validateOrg({ catgory: '631' }).issues.some((i) => i.rule === 'org.key.misnamed') // true
 * @category Organisations
 */
export function validateOrg(input: unknown, opts?: ValidateOptions): Result<Org> {
  const ctx = resolveOptions(opts);
  const { org, issues: recordIssues } = checkOrgRecord(input, ctx);
  const hints = misnamedKeys(input, ORG_FIELD_NAMES).map((hint) => createIssue(orgKeyMisnamedRule, [hint.key], hint, { locale: ctx.locale }));
  const issues: Issue[] = [...ctx.issues, ...recordIssues, ...hints];
  if (hasError(issues)) return { ok: false, issues };
  return { ok: true, value: toOrg(org), issues };
}

/**
 * The typed org of a draft without errors (every required field is then present; `''` stands in
 * defensively should one not be).
 */
function toOrg(draft: OrgDraft): Org {
  const base: OrgBase = {
    name: draft.name ?? '',
    secretary: draft.secretary ?? { name: '', role: 'secretary' },
    contact: draft.contact ?? '',
    contactPhone: draft.contactPhone ?? '',
    category: draft.category ?? '',
    extra: draft.extra,
  };
  if (draft.id !== undefined) base.id = draft.id;
  if (draft.parentId !== undefined) base.parentId = draft.parentId;
  switch (draft.unitSituation) {
    case 'legal-entity':
      return { ...base, unitSituation: 'legal-entity', unit: toUnit(draft.units[0] ?? {}) };
    case 'joint':
      return { ...base, unitSituation: 'joint', units: draft.units.map(toUnit) };
    default:
      return { ...base, unitSituation: 'same-as-parent' };
  }
}

function toUnit(unit: OrgUnit): Unit {
  const out: Unit = {
    name: unit.name ?? '',
    category: unit.category ?? '',
    partySetup: unit.partySetup ?? '',
    code: unit.code ?? '',
    codeKind: unit.codeKind ?? 'placeholder',
  };
  if (unit.id !== undefined) out.id = unit.id;
  if (unit.extra !== undefined) out.extra = unit.extra;
  return out;
}
