import type { Result } from '../result.js';
import { createIssue, type Locale } from '../rules/define.js';
import { foldFullWidth } from '../text/foldFullWidth.js';
import { MAX_LENGTH } from '../text/limits.js';
import { displayValue } from './_lib/display.js';
import { isAlnum, isCodeShaped, isSpace, nameKey, stripZeros, upperAscii } from './_lib/nameKey.js';
import { leavesUnder, type CodeNode, type KeyHit, type TableIndex } from './_lib/tableIndex.js';
import {
  codeAmbiguousRule,
  codeNameMismatchRule,
  codeNotLeafRule,
  codeUnknownRule,
  codeUnverifiedRule,
  type InputKind,
} from './rules.js';
import type { CodeCheckValue, ResolvedBy } from './types.js';

/** How many leaves a `code.notLeaf` message lists. */
const MAX_LISTED = 8;

interface Settings {
  leafOnly: boolean;
  flagLow: boolean;
  locale: Locale;
}

const DEFAULTS: Settings = { leafOnly: true, flagLow: true, locale: 'zh-CN' };

/**
 * The algorithm behind {@link CodeTable.check} (see there). Order: the code as given; trimmed and
 * folded; upper-cased; a name or alias; leading zeros restored or dropped where one code fits;
 * a `code name` cell. Whatever is left is `code.unverified` (well-formed, incomplete table) or
 * `code.unknown`. Never throws.
 */
export function checkCode(index: TableIndex, input: unknown, options?: unknown): Result<CodeCheckValue> {
  const settings = readSettings(options);
  let text: string;
  let by: ResolvedBy = 'code';
  switch (typeof input) {
    case 'string':
      text = input;
      break;
    case 'number':
      if (!Number.isSafeInteger(input) || input < 0) return unknown(index, settings, displayValue(String(input)), 'value');
      text = String(input);
      by = 'number';
      break;
    case 'bigint':
      if (input < 0n) return unknown(index, settings, displayValue(input.toString()), 'value');
      text = input.toString();
      by = 'number';
      break;
    case 'undefined':
      return unknown(index, settings, '', 'blank');
    case 'object':
      if (input === null) return unknown(index, settings, '', 'blank');
      return unknown(index, settings, objectKind(input), 'type');
    default:
      return unknown(index, settings, typeof input as InputKind, 'type');
  }
  if (text.length > MAX_LENGTH.name) return unknown(index, settings, displayValue(text), 'value');
  const exact = index.nodes.get(text);
  if (exact) return finish(index, settings, exact, by);
  const found = resolveText(index, settings, text, by);
  if (found.kind === 'result') return found.result;
  return finish(index, settings, found.node, found.by);
}

/** A string input resolved to an entry, or the final result when it resolves to none. */
type Resolution = { kind: 'node'; node: CodeNode; by: ResolvedBy } | { kind: 'result'; result: Result<CodeCheckValue> };

function resolveText(index: TableIndex, settings: Settings, text: string, by: ResolvedBy): Resolution {
  const node = (found: CodeNode, how: ResolvedBy): Resolution => ({ kind: 'node', node: found, by: how });
  const result = (r: Result<CodeCheckValue>): Resolution => ({ kind: 'result', result: r });
  const trimmed = foldFullWidth(text).trim();
  if (trimmed === '') return result(unknown(index, settings, '', 'blank'));
  let found = trimmed !== text ? index.nodes.get(trimmed) : undefined;
  if (found) return node(found, by);
  const upper = upperAscii(trimmed);
  if (upper !== trimmed && (found = index.nodes.get(upper))) return node(found, by);

  const hit = index.keys.get(nameKey(trimmed));
  if (hit?.kind === 'one') return node(index.nodes.get(hit.code)!, hit.via);
  if (hit) return result(ambiguous(index, settings, trimmed, hit.codes));

  if (isCodeShaped(upper)) {
    const padded = withZeros(index, upper);
    if (padded.length === 1) return node(index.nodes.get(padded[0]!)!, 'padded');
    if (padded.length > 1) return result(ambiguous(index, settings, trimmed, padded));
    return result(unlisted(index, settings, upper, by, trimmed));
  }
  const cell = splitCell(trimmed);
  if (!cell) return result(unknown(index, settings, displayValue(trimmed), 'value'));
  const nameHit = index.keys.get(nameKey(cell.name));
  const candidates = index.nodes.has(cell.code) ? [cell.code] : withZeros(index, cell.code);
  for (const candidate of candidates) {
    if (belongs(nameHit, candidate)) return node(index.nodes.get(candidate)!, 'dropdown');
  }
  return result(cellMismatch(index, settings, cell, nameHit, candidates, trimmed));
}

/** Array, Date or plain object — guarded, since a revoked proxy throws even on these checks. */
function objectKind(input: object): InputKind {
  try {
    return Array.isArray(input) ? 'array' : input instanceof Date ? 'date' : 'object';
  } catch {
    return 'object';
  }
}

function readSettings(options: unknown): Settings {
  if (options === undefined || options === null || typeof options !== 'object') return DEFAULTS;
  try {
    const own = (key: string): unknown =>
      Object.prototype.hasOwnProperty.call(options, key) ? (options as Record<string, unknown>)[key] : undefined;
    return {
      leafOnly: own('leafOnly') !== false,
      flagLow: own('flagLowConfidence') !== false,
      locale: own('locale') === 'en' ? 'en' : 'zh-CN',
    };
  } catch {
    return DEFAULTS;
  }
}

/** Codes that equal `code` once leading zeros are ignored (`1` → `01`; `211` → `0211`; `0631` → `631`). */
function withZeros(index: TableIndex, code: string): string[] {
  return index.unpadded.get(stripZeros(code)) ?? [];
}

const SEPARATORS: ReadonlySet<number> = /* @__PURE__ */ new Set([0x2d, 0x3a, 0xff1a, 0x3001, 0x7c, 0x2013, 0x2014]); // - : ： 、 | – —

/** `631 党支部`, `01汉族`, `606（转业）…` → code and name; `undefined` when the text has no such shape. */
function splitCell(text: string): { code: string; name: string } | undefined {
  let i = 0;
  while (i < text.length && isAlnum(text.charCodeAt(i))) i++;
  if (i === 0 || i === text.length) return undefined;
  let j = i;
  while (j < text.length && (isSpace(text.charCodeAt(j)) || SEPARATORS.has(text.charCodeAt(j)))) j++;
  const name = text.slice(j);
  // A name has a letter or a non-ASCII character: `6-3-1` and `6 3 1` are not cells.
  let named = false;
  for (let k = 0; k < name.length && !named; k++) {
    const c = name.charCodeAt(k);
    named = c >= 0x80 || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  }
  return named ? { code: upperAscii(text.slice(0, i)), name } : undefined;
}

function belongs(hit: KeyHit | undefined, code: string): boolean {
  if (!hit) return false;
  return hit.kind === 'one' ? hit.code === code : hit.codes.includes(code);
}

/** A `code name` cell whose parts do not agree, or whose code is not listed. */
function cellMismatch(
  index: TableIndex,
  settings: Settings,
  cell: { code: string; name: string },
  nameHit: KeyHit | undefined,
  candidates: string[],
  shown: string,
): Result<CodeCheckValue> {
  const otherCode = nameHit?.kind === 'one' ? nameHit.code : undefined;
  const node = candidates.length === 1 ? index.nodes.get(candidates[0]!) : undefined;
  if (node || otherCode !== undefined) {
    const issue = createIssue(
      codeNameMismatchRule,
      [],
      {
        ...index.label,
        value: displayValue(shown),
        code: node?.code ?? cell.code,
        name: node?.name ?? '',
        given: displayValue(cell.name),
        otherCode,
      },
      { locale: settings.locale },
    );
    return { ok: false, issues: [issue] };
  }
  if (candidates.length > 1) return ambiguous(index, settings, shown, candidates);
  return unlisted(index, settings, cell.code, 'dropdown', shown);
}

function finish(index: TableIndex, settings: Settings, node: CodeNode, resolvedBy: ResolvedBy): Result<CodeCheckValue> {
  if (settings.leafOnly && node.children.length > 0) {
    const under = leavesUnder(index, node.code);
    const sure = under.filter((leaf) => !leaf.low);
    const pool = sure.length > 0 ? sure : under;
    const issue = createIssue(
      codeNotLeafRule,
      [],
      { ...index.label, code: node.code, leaves: pool.slice(0, MAX_LISTED).map(describe), total: pool.length },
      { locale: settings.locale },
    );
    return { ok: false, issues: [issue] };
  }
  const value: CodeCheckValue = { code: node.code, name: node.name, resolvedBy };
  if (!(settings.flagLow && node.low)) return { ok: true, value, issues: [] };
  const issue = createIssue(
    codeUnverifiedRule,
    [],
    { ...index.label, code: node.code, name: node.name, reason: 'lowConfidence' },
    { locale: settings.locale },
  );
  return { ok: true, value, issues: [issue] };
}

/** A code the table does not hold: a warning on an incomplete table when it looks like one of its codes. */
function unlisted(index: TableIndex, settings: Settings, code: string, by: ResolvedBy, shown: string): Result<CodeCheckValue> {
  if (index.complete || !wellFormed(index, code)) return unknown(index, settings, displayValue(shown), 'value');
  const issue = createIssue(
    codeUnverifiedRule,
    [],
    { ...index.label, code, name: '', reason: 'unlisted' },
    { locale: settings.locale },
  );
  return { ok: true, value: { code, name: '', resolvedBy: by }, issues: [issue] };
}

function wellFormed(index: TableIndex, code: string): boolean {
  if (code.length < index.minLength || code.length > index.maxLength) return false;
  if (index.letters) return true;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function ambiguous(index: TableIndex, settings: Settings, shown: string, codes: string[]): Result<CodeCheckValue> {
  const described = codes.map((code) => describe(index.nodes.get(code)!));
  const issue = createIssue(
    codeAmbiguousRule,
    [],
    { ...index.label, value: displayValue(shown), codes: described },
    { locale: settings.locale },
  );
  return { ok: false, issues: [issue] };
}

function unknown(index: TableIndex, settings: Settings, value: string, problem: 'blank' | 'type' | 'value'): Result<CodeCheckValue> {
  return { ok: false, issues: [createIssue(codeUnknownRule, [], { ...index.label, value, problem }, { locale: settings.locale })] };
}

function describe(node: CodeNode): string {
  if (node.name === '') return node.code;
  return `${node.code} ${node.name.length > 16 ? node.name.slice(0, 16) + '…' : node.name}`;
}
