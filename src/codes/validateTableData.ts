import type { Issue, Path } from '../result.js';
import { createIssue, type Locale } from '../rules/define.js';
import { isCodeShaped } from './_lib/nameKey.js';
import {
  codeTableCycleRule,
  codeTableDuplicateCodeRule,
  codeTableMissingParentRule,
  codeTableNoLeavesRule,
  codeTableParentPrefixRule,
  codeTableShapeRule,
} from './tableRules.js';
import type { CodeColumn, CodeEntry, CodeSource, CodeTableData, Confidence } from './types.js';

/** Limits that keep validation time proportionate. */
const MAX_ENTRIES = 20_000;
const MAX_CODE_LENGTH = 16;
const MAX_NAME_LENGTH = 200;
const CONFIDENCES: ReadonlySet<unknown> = /* @__PURE__ */ new Set<unknown>(['high', 'medium', 'low']);
const UNREADABLE = /* @__PURE__ */ Symbol('unreadable');

/** What {@link readTableData} found: a clean copy of the data when it is usable, and the issues. */
export interface TableDataReport {
  data?: CodeTableData;
  issues: Issue[];
}

/**
 * Reads table data of unknown origin defensively (odd types, throwing getters, proxies) into a clean
 * copy, and applies the integrity checks: unique codes, parents that exist, no cycles, at least one
 * leaf, and — where `hierarchicalCodes` is set — child codes that extend their parent's. Never throws.
 * `data` is present only when no issue is an error.
 * @internal
 */
export function readTableData(input: unknown, locale: Locale = 'zh-CN'): TableDataReport {
  const issues: Issue[] = [];
  const shape = (path: Path, field: string, expected: string): undefined => {
    issues.push(createIssue(codeTableShapeRule, path, { field, expected }, { locale }));
    return undefined;
  };
  if (!isRecord(input)) {
    shape([], 'data', 'an object');
    return { issues };
  }
  const text = (key: string, required: boolean, max = Infinity): string | undefined => {
    const value = read(input, key);
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string' || value.length > max || (required && value.trim() === '' && key !== 'standard')) {
      return shape([key], key, required && key !== 'standard' ? 'non-empty text' : 'text');
    }
    return value;
  };
  const id = text('id', true, 64);
  const title = text('title', true, MAX_NAME_LENGTH);
  const standard = text('standard', true);
  const complete = read(input, 'complete');
  if (typeof complete !== 'boolean') shape(['complete'], 'complete', 'boolean');
  const confidence = read(input, 'confidence');
  if (!CONFIDENCES.has(confidence)) shape(['confidence'], 'confidence', "'high', 'medium' or 'low'");
  const hierarchical = read(input, 'hierarchicalCodes');
  if (hierarchical !== undefined && typeof hierarchical !== 'boolean') shape(['hierarchicalCodes'], 'hierarchicalCodes', 'boolean');
  const optional = {
    titleEn: text('titleEn', false, MAX_NAME_LENGTH),
    label: text('label', false, MAX_NAME_LENGTH),
    labelEn: text('labelEn', false, MAX_NAME_LENGTH),
    confidenceNote: text('confidenceNote', false),
    gaps: text('gaps', false),
  };
  const sources = readList(input, 'sources', true, shape, (item, path): CodeSource | undefined => {
    const name = read(item, 'name');
    const what = read(item, 'what');
    if (typeof name !== 'string' || typeof what !== 'string') return shape(path, 'sources[]', '{ name: text, what: text }');
    return { name, what };
  });
  const columns = readList(input, 'columns', false, shape, (item, path): CodeColumn | undefined => {
    const key = read(item, 'key');
    const columnTitle = read(item, 'title');
    const note = read(item, 'note');
    if (typeof key !== 'string' || key === '' || typeof columnTitle !== 'string' || (note !== undefined && typeof note !== 'string')) {
      return shape(path, 'columns[]', '{ key: text, title: text, note?: text }');
    }
    return note === undefined ? { key, title: columnTitle } : { key, title: columnTitle, note };
  });
  const aliasColumns = readList(input, 'aliasColumns', false, shape, (item, path) =>
    typeof item === 'string' && item !== '' ? item : shape(path, 'aliasColumns[]', 'non-empty text'),
  );
  const entries = readList(input, 'entries', true, shape, (item, path) => readEntry(item, path, shape));
  if (entries && (entries.length === 0 || entries.length > MAX_ENTRIES)) shape(['entries'], 'entries', `a list of 1 to ${MAX_ENTRIES} entries`);
  if (issues.length > 0 || !entries || !sources) return { issues };

  checkIntegrity(entries, hierarchical === true, issues, locale);
  if (issues.length > 0) return { issues };
  const data: CodeTableData = {
    id: id!,
    title: title!,
    standard: standard!,
    complete: complete as boolean,
    confidence: confidence as Confidence,
    sources,
    entries,
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) (data as unknown as Record<string, unknown>)[key] = value;
  if (hierarchical !== undefined) data.hierarchicalCodes = hierarchical as boolean;
  if (columns) data.columns = columns;
  if (aliasColumns) data.aliasColumns = aliasColumns;
  return { data, issues };
}

type Shape = (path: Path, field: string, expected: string) => undefined;

function readEntry(item: unknown, path: Path, shape: Shape): CodeEntry | undefined {
  if (!isRecord(item)) return shape(path, 'entries[]', 'an object');
  let ok = true;
  const code = read(item, 'code');
  if (typeof code !== 'string' || code.length > MAX_CODE_LENGTH || !isCodeShaped(code)) {
    ok = shape([...path, 'code'], 'code', `a code of 1–${MAX_CODE_LENGTH} ASCII letters or digits`) ?? false;
  }
  const name = read(item, 'name');
  if (typeof name !== 'string' || name.length > MAX_NAME_LENGTH) ok = shape([...path, 'name'], 'name', 'text') ?? false;
  let parent = read(item, 'parent');
  if (parent === null || parent === '') parent = undefined;
  if (parent !== undefined && (typeof parent !== 'string' || !isCodeShaped(parent))) {
    ok = shape([...path, 'parent'], 'parent', 'a code, or absent at the top level') ?? false;
  }
  const aliases = read(item, 'aliases');
  const aliasList = aliases === undefined ? undefined : readStrings(aliases);
  if (aliases !== undefined && !aliasList) ok = shape([...path, 'aliases'], 'aliases', 'a list of non-empty names') ?? false;
  const confidence = read(item, 'confidence');
  if (confidence !== undefined && !CONFIDENCES.has(confidence)) ok = shape([...path, 'confidence'], 'confidence', "'high', 'medium' or 'low'") ?? false;
  const note = read(item, 'note');
  if (note !== undefined && typeof note !== 'string') ok = shape([...path, 'note'], 'note', 'text') ?? false;
  const entry: CodeEntry = { code: code as string, name: name as string };
  let keys: string[] = [];
  try {
    keys = Object.keys(item);
  } catch {
    ok = shape(path, 'entries[]', 'a readable object') ?? false;
  }
  for (const key of keys) {
    if (key === '__proto__' || key === 'code' || key === 'name' || key === 'parent' || key === 'aliases' || key === 'confidence' || key === 'note') continue;
    const value = read(item, key);
    if (value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
      entry[key] = value;
    } else ok = shape([...path, key], key, 'text, a number, a boolean or null') ?? false;
  }
  if (!ok) return undefined;
  if (parent !== undefined) entry.parent = parent as string;
  if (aliasList) entry.aliases = aliasList;
  if (confidence !== undefined) entry.confidence = confidence as Confidence;
  if (note !== undefined) entry.note = note as string;
  return entry;
}

function checkIntegrity(entries: CodeEntry[], hierarchical: boolean, issues: Issue[], locale: Locale): void {
  const at = new Map<string, number>();
  entries.forEach((entry, i) => {
    if (at.has(entry.code)) issues.push(createIssue(codeTableDuplicateCodeRule, ['entries', i, 'code'], { code: entry.code }, { locale }));
    else at.set(entry.code, i);
  });
  const parents = new Set<string>();
  entries.forEach((entry, i) => {
    const { code, parent } = entry;
    if (parent === undefined) return;
    if (!at.has(parent)) {
      issues.push(createIssue(codeTableMissingParentRule, ['entries', i, 'parent'], { code, parent }, { locale }));
      return;
    }
    parents.add(parent);
    if (hierarchical && !(code.length > parent.length && code.startsWith(parent))) {
      issues.push(createIssue(codeTableParentPrefixRule, ['entries', i, 'code'], { code, parent }, { locale }));
    }
  });
  // Walk each chain of parents once: 1 = on the current path, 2 = known to reach the top.
  const state = new Map<string, 1 | 2>();
  for (const entry of entries) {
    const path: string[] = [];
    let code: string | undefined = entry.code;
    while (code !== undefined && state.get(code) === undefined && at.has(code)) {
      state.set(code, 1);
      path.push(code);
      code = entries[at.get(code)!]!.parent;
    }
    if (code !== undefined && state.get(code) === 1) {
      const cycle = path.slice(path.indexOf(code));
      const first = Math.min(...cycle.map((c) => at.get(c)!));
      issues.push(createIssue(codeTableCycleRule, ['entries', first, 'parent'], { codes: [...cycle, code].join(' → ') }, { locale }));
    }
    for (const c of path) state.set(c, 2);
  }
  if (!entries.some((entry) => !parents.has(entry.code))) issues.push(createIssue(codeTableNoLeavesRule, ['entries'], {}, { locale }));
}

function isRecord(value: unknown): value is object {
  try {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** An own property, or `undefined`; `UNREADABLE` is turned into `undefined` after a throwing getter. */
function read(object: unknown, key: string): unknown {
  try {
    if (object === null || typeof object !== 'object') return undefined;
    return Object.prototype.hasOwnProperty.call(object, key) ? (object as Record<string, unknown>)[key] : undefined;
  } catch {
    return UNREADABLE;
  }
}

function readStrings(value: unknown): string[] | undefined {
  const list = toArray(value);
  if (!list || list.some((item) => typeof item !== 'string' || item.trim() === '' || item.length > MAX_NAME_LENGTH)) return undefined;
  return list as string[];
}

/** A copy of an array (proxies and getters guarded); `undefined` when it is not one. */
function toArray(value: unknown): unknown[] | undefined {
  try {
    if (!Array.isArray(value) || value.length > MAX_ENTRIES + 1) return undefined;
    return Array.from(value as unknown[]);
  } catch {
    return undefined;
  }
}

function readList<T>(
  object: object,
  key: string,
  required: boolean,
  shape: Shape,
  item: (value: unknown, path: Path) => T | undefined,
): T[] | undefined {
  const value = read(object, key);
  if (value === undefined && !required) return undefined;
  const list = toArray(value);
  if (!list) return shape([key], key, 'a list');
  const out: T[] = [];
  let ok = true;
  list.forEach((value, i) => {
    const read = item(value, [key, i]);
    if (read === undefined) ok = false;
    else out.push(read);
  });
  return ok ? out : undefined;
}
