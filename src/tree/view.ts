/**
 * A light, defensive view of one organisation record for the tree: identity, name, category,
 * unit situation and units. Works alike on raw input records, `OrgDraft`s and validated `Org`s
 * (they share field names); it reads, it does not validate (that is `checkOrgRecord`).
 * @module
 */
import { compactIdentifier } from '../identifiers/readIdentifier.js';
import { FLAT_UNIT_COLUMNS } from '../org/fields.js';
import { normalizeOrgName } from '../org/names.js';
import { arrayLength, isRecordLike, readIndex, readOwn } from '../_lib/safeRead.js';
import { readUnitSituation } from '../org/situation.js';
import type { OrgDraft, OrgUnit, UnitSituation } from '../org/types.js';
import { MAX_LENGTH } from '../text/limits.js';
import { toText } from '../text/toText.js';

/**
 * What the tree knows of one record.
 * @category Tree
 */
export interface OrgView {
  id?: string;
  parentId?: string;
  name?: string;
  category?: string;
  unitSituation?: UnitSituation;
  /** The units the record lists, whatever the situation (read: `unit`, `units` or flat columns). */
  units: OrgUnit[];
  /** Where the units were found, for issue paths and for writing them back. */
  unitShape: 'unit' | 'units' | 'flat' | 'none';
}

/** Unit field → its flat spreadsheet column (`name` → `unitName`). */
const FLAT_COLUMN_OF: ReadonlyMap<string, string> = new Map(FLAT_UNIT_COLUMNS.map(([column, field]) => [field, column]));

/** More units than any joint branch has; the rest are not looked at. */
const MAX_UNITS = 1000;

/**
 * Reads the tree's view of a record; never throws. Ids are trimmed text (numbers as decimals).
 * @example
 * viewOrg({ id: 2, parentId: '1', name: '中共 某某支部委员会', unitSituation: '与上级党组织相同' }).unitSituation // 'same-as-parent'
 * viewOrg(null).units // []
 */
export function viewOrg(record: unknown): OrgView {
  if (!isRecordLike(record)) return { units: [], unitShape: 'none' };
  const name = text(readOwn(record, 'name'), MAX_LENGTH.name);
  const situationText = text(readOwn(record, 'unitSituation'), MAX_LENGTH.identifier);
  const view: OrgView = {
    id: text(readOwn(record, 'id'), MAX_LENGTH.name),
    parentId: text(readOwn(record, 'parentId'), MAX_LENGTH.name),
    name: name === undefined ? undefined : normalizeOrgName(name) || undefined,
    category: text(readOwn(record, 'category'), MAX_LENGTH.identifier),
    unitSituation: situationText === undefined ? undefined : readUnitSituation(situationText),
    units: [],
    unitShape: 'none',
  };
  readUnits(record, view);
  return view;
}

/**
 * The view of a draft `checkOrgRecord` made — what {@link viewOrg} reads from it, without reading it again:
 * a draft's fields are trimmed and normalised already, and its units are always in `units`.
 * @example
 * viewOfDraft({ id: 'a', name: '中共甲委员会', units: [], extra: {} }).unitShape // 'units'
 */
export function viewOfDraft(draft: OrgDraft): OrgView {
  return {
    id: draft.id,
    parentId: draft.parentId,
    name: draft.name || undefined,
    category: draft.category,
    unitSituation: draft.unitSituation,
    units: draft.units.map(unitFields),
    unitShape: 'units',
  };
}

/** A unit's own items (7–10 and its id), as a view holds them. */
function unitFields(unit: OrgUnit): OrgUnit {
  const view: OrgUnit = {};
  if (unit.id !== undefined) view.id = unit.id;
  if (unit.name !== undefined) view.name = unit.name;
  if (unit.category !== undefined) view.category = unit.category;
  if (unit.partySetup !== undefined) view.partySetup = unit.partySetup;
  if (unit.code !== undefined) view.code = unit.code;
  return view;
}

function readUnits(record: object, view: OrgView): void {
  const units = readOwn(record, 'units');
  const unit = readOwn(record, 'unit');
  const list = arrayLength(units) !== undefined ? units : arrayLength(unit) !== undefined ? unit : undefined;
  if (list !== undefined) {
    const n = Math.min(arrayLength(list) ?? 0, MAX_UNITS);
    for (let k = 0; k < n; k++) {
      const u = readIndex(list, k);
      view.units.push(isRecordLike(u) ? viewUnit((key) => readOwn(u, key)) : {});
    }
    view.unitShape = list === units ? 'units' : 'unit';
    return;
  }
  if (isRecordLike(unit)) {
    view.units.push(viewUnit((key) => readOwn(unit, key)));
    view.unitShape = 'unit';
    return;
  }
  const flat = viewUnit((key) => {
    const column = FLAT_COLUMN_OF.get(key);
    return column === undefined ? undefined : readOwn(record, column);
  });
  if (flat.name !== undefined || flat.code !== undefined || flat.category !== undefined || flat.partySetup !== undefined) {
    view.units.push(flat);
    view.unitShape = 'flat';
  }
}

function viewUnit(read: (key: string) => unknown): OrgUnit {
  const unit: OrgUnit = {};
  const id = text(read('id'), MAX_LENGTH.name);
  const name = text(read('name'), MAX_LENGTH.name);
  const category = text(read('category'), MAX_LENGTH.identifier);
  const partySetup = text(read('partySetup'), MAX_LENGTH.identifier);
  const code = text(read('code'), MAX_LENGTH.identifier);
  if (id !== undefined) unit.id = id;
  if (name !== undefined) unit.name = normalizeOrgName(name);
  if (category !== undefined) unit.category = category;
  if (partySetup !== undefined) unit.partySetup = partySetup;
  if (code !== undefined) unit.code = compactIdentifier(code);
  return unit;
}

/** Trimmed text of a cell within `max` characters, else `undefined`. */
function text(value: unknown, max: number): string | undefined {
  const t = toText(value);
  if (t === undefined || t.length > max) return undefined;
  const trimmed = t.trim();
  return trimmed === '' ? undefined : trimmed;
}
