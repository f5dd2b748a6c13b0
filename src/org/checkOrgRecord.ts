/**
 * One organisation record (items 1–10) checked field by field, then across fields. The lower
 * level under `validateOrg` and the dataset check: it always returns a draft, never throws.
 * @module
 */
import { isDate, isRecordLike, ownKeys, readOwn, setOwn } from '../_lib/safeRead.js';
import { isTemporaryOrgCategory, orgCategoryKind, tableFor } from '../codes/index.js';
import { maskMobile } from '../identifiers/mask.js';
import { canonicalMobile } from '../identifiers/canonical.js';
import { parseMobile } from '../identifiers/index.js';
import { contextOf, type Context } from '../options.js';
import { prefixIssues, type Change, type Issue, type Path } from '../result.js';
import { createIssue, type Locale } from '../rules/define.js';
import { foldFullWidth } from '../text/foldFullWidth.js';
import { MAX_LENGTH } from '../text/limits.js';
import { toText } from '../text/toText.js';
import { isTrimmedText } from '../text/trimmed.js';
import { firstHiddenChar } from '../text/hiddenChars.js';
import { textHiddenCharRule } from '../text/rules.js';
import { checkUnits } from './checkUnits.js';
import { keepExtra } from './extra.js';
import { ORG_RECORD_KEYS, fieldLabel } from './fields.js';
import { hasPartyPrefix, isChamberName, isJointName, isNumberOnlyName, isOldTwoNewName, orgNameType } from './nameType.js';
import { normalizeOrgName } from './names.js';
import { describeKind } from './describeKind.js';
import { readCode, noteChange } from './readUnit.js';
import { readText } from './readText.js';
import {
  orgCategoryJointMismatch,
  orgCategoryRequired,
  orgCategoryTemporary,
  orgContactMissing,
  orgContactPhoneNotMobile,
  orgNameFloating,
  orgNameJointMismatch,
  orgNameNumberedNoUnit,
  orgNamePrefix,
  orgNameRequired,
  orgNameTemporary,
  orgNameTwoNewRename,
  orgNameTypeMismatch,
  orgRecordInvalid,
  orgUnitSituationRequired,
  orgUnitSituationChamber,
  orgUnitSituationUnknown,
} from './rules.js';
import { readSecretary } from './secretary.js';
import { readUnitSituation } from './situation.js';
import type { OrgDraft } from './types.js';

/**
 * What checking one record gives: the draft (always), the issues and the normalising changes.
 * @category Organisations
 */
export interface OrgRecordCheck {
  org: OrgDraft;
  issues: Issue[];
  changes: Change[];
}

const KNOWN_FIELDS: ReadonlySet<string> = new Set<string>(ORG_RECORD_KEYS);

/** Form order of the top-level fields, for sorting issues and changes. */
const FIELD_ORDER: ReadonlyMap<string, number> = new Map(ORG_RECORD_KEYS.map((f, i) => [f, i]));

/**
 * Checks one organisation record against every `org.*` rule and the code / identifier rules of
 * its fields. Issue paths are relative to the record (`['unit', 'code']`, `['units', 1, 'name']`,
 * flat columns by their own name: `['unitCode']`). Fields the record has beyond the known ones are
 * kept in `org.extra`, as are unit fields the situation does not use.
 * @param input - a record as a system or spreadsheet holds it
 * @param ctx - resolved options (`resolveOptions`)
 * @example
 * checkOrgRecord({ name: '中共某某村支部委员会' }, resolveOptions({})).org.name // '中共某某村支部委员会'
 * checkOrgRecord(null, resolveOptions({})).issues[0]?.rule // 'org.record.invalid'
 * @category Organisations
 */
export function checkOrgRecord(input: unknown, ctx: Context): OrgRecordCheck {
  ctx = contextOf(ctx);
  const { locale } = ctx;
  const org: OrgDraft = { units: [], extra: {} };
  const issues: Issue[] = [];
  const changes: Change[] = [];
  if (!isRecordLike(input) || isDate(input)) {
    issues.push(createIssue(orgRecordInvalid, [], { got: describeKind(input) }, { locale }));
    return { org, issues, changes };
  }
  const keys = ownKeys(input);
  if (keys === undefined) {
    issues.push(createIssue(orgRecordInvalid, [], { got: 'unreadable' }, { locale }));
    return { org, issues, changes };
  }
  for (const key of keys) if (!KNOWN_FIELDS.has(key)) keepExtra(org.extra, key, readOwn(input, key));

  const id = readField(readOwn(input, 'id'), 'id', identity, locale, issues, changes);
  if (typeof id === 'string') org.id = id;
  const parentId = readField(readOwn(input, 'parentId'), 'parentId', identity, locale, issues, changes);
  if (typeof parentId === 'string') org.parentId = parentId;

  const name = readField(readOwn(input, 'name'), 'name', normalizeOrgName, locale, issues, changes);
  if (name === NOT_READ) {
    // Its issue is filed.
  } else if (name === undefined) issues.push(createIssue(orgNameRequired, ['name'], {}, { locale }));
  else {
    org.name = name;
    checkName(org.name, issues, locale);
  }

  const secretary = readSecretary(
    { secretary: readOwn(input, 'secretary'), deputySecretary: readOwn(input, 'deputySecretary'), firstSecretary: readOwn(input, 'firstSecretary') },
    locale,
  );
  if (secretary.secretary) org.secretary = secretary.secretary;
  issues.push(...secretary.issues);
  changes.push(...secretary.changes);
  for (const { field, value } of secretary.unused) setOwn(org.extra, field, value);

  const contact = readField(readOwn(input, 'contact'), 'contact', foldFullWidth, locale, issues, changes);
  if (contact === undefined) issues.push(createIssue(orgContactMissing, ['contact'], {}, { locale }));
  else if (contact !== NOT_READ) org.contact = contact;

  checkContactPhone(readOwn(input, 'contactPhone'), org, ctx, issues, changes);

  const categoryCell = { value: readOwn(input, 'category'), path: ['category'] as Path };
  const blankCategory = readText(categoryCell.value, 'category', ['category'], MAX_LENGTH.identifier, locale);
  if (!blankCategory.issue && blankCategory.text === undefined) issues.push(createIssue(orgCategoryRequired, ['category'], {}, { locale }));
  else {
    const category = readCode('orgCategory', 'category', categoryCell, ctx, issues, changes);
    if (category !== undefined) {
      org.category = category;
      if (isTemporaryOrgCategory(category, tableFor('orgCategory', ctx.tables))) issues.push(createIssue(orgCategoryTemporary, ['category'], { category }, { locale }));
    }
  }

  const situationValue = readOwn(input, 'unitSituation');
  const situation = readText(situationValue, 'unitSituation', ['unitSituation'], MAX_LENGTH.name, locale);
  if (situation.issue) issues.push(situation.issue);
  else if (situation.text === undefined) issues.push(createIssue(orgUnitSituationRequired, ['unitSituation'], {}, { locale }));
  else {
    org.unitSituation = readUnitSituation(situation.text);
    if (org.unitSituation === undefined) {
      issues.push(createIssue(orgUnitSituationUnknown, ['unitSituation'], { value: situation.text.slice(0, 40) }, { locale }));
    } else noteChange(changes, { value: situationValue, path: ['unitSituation'] }, org.unitSituation);
  }

  const units = checkUnits(input, org.unitSituation, ctx);
  org.units = units.units;
  issues.push(...units.issues);
  changes.push(...units.changes);
  for (const [key, value] of units.unused) setOwn(org.extra, key, value);

  checkAcrossFields(org, ctx, issues);
  checkHiddenChars(org, locale, issues);
  return { org, issues: sortByField(issues), changes: sortByField(changes) };
}

/** `text.hiddenChar` for the names of an org (its own, its secretary's and contact's, its units'). */
function checkHiddenChars(org: OrgDraft, locale: Locale, issues: Issue[]): void {
  const check = (text: string | undefined, path: Path, field: string): void => {
    const char = text === undefined ? undefined : firstHiddenChar(text);
    if (char) issues.push(createIssue(textHiddenCharRule, path, { fieldZh: fieldLabel(field, 'zh-CN'), fieldEn: fieldLabel(field, 'en'), char }, { locale }));
  };
  check(org.name, ['name'], 'name');
  check(org.secretary?.name, ['secretary'], 'secretary');
  check(org.contact, ['contact'], 'contact');
  org.units.forEach((unit, k) => check(unit.name, org.unitSituation === 'joint' ? ['units', k, 'name'] : ['unit', 'name'], 'unit.name'));
}

/** A text field whose cell had an issue (filed by {@link readField}). */
const NOT_READ: unique symbol = Symbol('not read');

const identity = (text: string): string => text;

/**
 * A text field (items 1–3): the cell trimmed, then `normalize`d — reported as a change when that differs
 * from the cell — `undefined` when blank, or {@link NOT_READ} with its issue filed. Text already trimmed and
 * normal is taken as it is, with nothing allocated.
 */
function readField(
  value: unknown,
  field: 'id' | 'parentId' | 'name' | 'contact',
  normalize: (text: string) => string,
  locale: Locale,
  issues: Issue[],
  changes: Change[],
): string | undefined | typeof NOT_READ {
  if (typeof value === 'string' && value.length <= MAX_LENGTH.name && isTrimmedText(value) && normalize(value) === value) return value;
  const read = readText(value, field, [field], MAX_LENGTH.name, locale);
  if (read.issue) {
    issues.push(read.issue);
    return NOT_READ;
  }
  if (read.text === undefined) return undefined;
  const text = normalize(read.text);
  noteChange(changes, { value, path: [field] }, text);
  return text;
}

/** The name rules that need only the name. */
function checkName(name: string, issues: Issue[], locale: Locale): void {
  if (!hasPartyPrefix(name)) issues.push(createIssue(orgNamePrefix, ['name'], { name }, { locale }));
  if (name.includes('临时')) issues.push(createIssue(orgNameTemporary, ['name'], { name }, { locale }));
  if (name.includes('流动')) issues.push(createIssue(orgNameFloating, ['name'], { name }, { locale }));
  if (isNumberOnlyName(name)) issues.push(createIssue(orgNameNumberedNoUnit, ['name'], { name }, { locale }));
  if (isOldTwoNewName(name)) issues.push(createIssue(orgNameTwoNewRename, ['name'], { name }, { locale }));
}

/** Item 4: the contact's mobile number (masked in every change). */
function checkContactPhone(value: unknown, org: OrgDraft, ctx: Context, issues: Issue[], changes: Change[]): void {
  const { locale } = ctx;
  const text = readText(value, 'contactPhone', ['contactPhone'], MAX_LENGTH.identifier, locale);
  if (text.issue) {
    issues.push(text.issue);
    return;
  }
  if (text.text === undefined) {
    issues.push(createIssue(orgContactPhoneNotMobile, ['contactPhone'], { given: false }, { locale }));
    return;
  }
  // A mobile number as the parser would give it back: nothing to report or change.
  const canonical = canonicalMobile(value, ctx.policy.mobileCheck);
  if (canonical !== undefined && canonical === value) {
    org.contactPhone = canonical;
    return;
  }
  const r = parseMobile(value, { locale, check: ctx.policy.mobileCheck });
  if (!r.ok) {
    issues.push(createIssue(orgContactPhoneNotMobile, ['contactPhone'], { given: true }, { locale }));
    return;
  }
  issues.push(...prefixIssues(r.issues, ['contactPhone']));
  org.contactPhone = r.value.value;
  const before = toText(value);
  if (before !== undefined && before !== r.value.value) {
    changes.push({ path: ['contactPhone'], before: maskMobile(before.trim()), after: maskMobile(r.value.value) });
  }
}

/** Rules across fields: the name's type and 联合 against the category and the situation. */
function checkAcrossFields(org: OrgDraft, ctx: Context, issues: Issue[]): void {
  const { locale } = ctx;
  const { name, category, unitSituation } = org;
  if (name !== undefined && unitSituation !== undefined) {
    const namedJoint = isJointName(name);
    if (namedJoint !== (unitSituation === 'joint')) issues.push(createIssue(orgNameJointMismatch, ['name'], { name, namedJoint }, { locale }));
    if (unitSituation === 'same-as-parent' && isChamberName(name)) issues.push(createIssue(orgUnitSituationChamber, ['unitSituation'], { name }, { locale }));
  }
  if (category === undefined) return;
  const table = tableFor('orgCategory', ctx.tables);
  const entry = table.get(category);
  const categoryText = (): string => (entry?.name ? `${category} ${entry.name}` : category);
  if (name !== undefined) {
    const nameType = orgNameType(name);
    const kind = orgCategoryKind(category, table);
    if (nameType !== undefined && kind !== 'other') {
      // No 党工委 code is known: a 工作委员会 is accepted under the 党委 codes.
      const fits = nameType.type === kind || (nameType.type === 'work-committee' && kind === 'committee');
      if (!fits) issues.push(createIssue(orgNameTypeMismatch, ['name'], { name, nameType: nameType.ending, category: categoryText() }, { locale }));
    }
  }
  if (unitSituation !== undefined && entry !== undefined) {
    const jointCategory = entry.name.includes('联合');
    if (jointCategory !== (unitSituation === 'joint')) {
      issues.push(createIssue(orgCategoryJointMismatch, ['category'], { category: categoryText(), jointCategory }, { locale }));
    }
  }
}

/** Stable sort by the form order of the first path element. */
function sortByField<T extends { path: Path }>(items: T[]): T[] {
  return items.length > 1 ? items.sort(byFieldOrder) : items;
}

function byFieldOrder(a: { path: Path }, b: { path: Path }): number {
  return fieldRank(a.path) - fieldRank(b.path);
}

function fieldRank(path: Path): number {
  return FIELD_ORDER.get(String(path[0])) ?? -1;
}
