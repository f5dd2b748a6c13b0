/**
 * The member's confirmation of the collected record (guide §三(二)(3)): signed, or confirmed by phone /
 * WeChat with who, when and what noted. Accepted as:
 * - `confirmation: '本人签字' | '电话确认' | '微信确认' | '远程确认' | 'signed' | 'phone' | 'wechat' | 'remote'`;
 * - `confirmation: { kind: 'signed' | 'remote' | (one of the words above), via?, by?, date?, what? }`;
 * - flat columns `confirmedBy` (核对人员), `confirmedDate` (核对时间), `confirmedWhat` (核对情况), which fill
 *   what the object leaves out — and, given alone, mean a remote confirmation (only those are annotated).
 * @module
 */
import { parseDate } from '../../identifiers/date.js';
import { prefixIssues } from '../../result.js';
import { MAX_LENGTH } from '../../text/limits.js';
import { CONFIRMATION_ALIASES, type ConfirmationWay } from '../normalize/choiceAliases.js';
import { lookupChoice } from '../normalize/lookupChoice.js';
import { confirmRemoteIncompleteRule, confirmRemoteRule } from '../rules/correctionRules.js';
import type { Confirmation, MemberDraft } from '../types.js';
import { isBlankCell, NOT_TEXT, readTextCell } from './cells.js';
import type { MemberEnv } from './env.js';
import { reportInvalid } from './fieldIssues.js';
import type { RawMember } from './readInput.js';
import type { RecordSink } from './sink.js';

const VIA: ReadonlySet<string> = new Set(['phone', 'wechat', 'other']);

interface Notes {
  way: ConfirmationWay | undefined;
  via: unknown;
  by: unknown;
  date: unknown;
  what: unknown;
}

/** The confirmation's parts from the field and the flat columns; `undefined` when the field is unusable. */
function gather(raw: RawMember): Notes | undefined {
  const notes: Notes = { way: undefined, via: undefined, by: raw.confirmedBy, date: raw.confirmedDate, what: raw.confirmedWhat };
  const c = raw.confirmation;
  if (isBlankCell(c)) return notes;
  if (typeof c !== 'object' || c === null) {
    notes.way = lookupChoice(CONFIRMATION_ALIASES, c);
    return notes.way === undefined ? undefined : notes;
  }
  try {
    const o = c as Record<string, unknown>;
    const kind = o.kind;
    notes.way = kind === 'signed' || kind === 'remote' ? { kind } : lookupChoice(CONFIRMATION_ALIASES, kind);
    if (notes.way === undefined) return undefined;
    notes.via = o.via;
    if (!isBlankCell(o.by)) notes.by = o.by;
    if (!isBlankCell(o.date)) notes.date = o.date;
    if (!isBlankCell(o.what)) notes.what = o.what;
  } catch {
    return undefined;
  }
  return notes;
}

/**
 * Reads the confirmation into the draft: `confirm.remote` (warning) for a remote one, and
 * `confirm.remote.incomplete` (error) when it lacks who, when or what.
 * @example
 * const sink = new RecordSink('zh-CN');
 * const draft = emptyMemberDraft();
 * checkConfirmation(Object.assign(new RawMember(), { confirmation: '微信确认' }), draft, memberEnv(resolveOptions({ today: '2017-07-24' })), sink);
 * draft.confirmation // { kind: 'remote', via: 'wechat' }
 * sink.issues?.map((issue) => issue.rule) // ['confirm.remote', 'confirm.remote.incomplete']
 */
export function checkConfirmation(raw: RawMember, draft: MemberDraft, env: MemberEnv, sink: RecordSink): void {
  if (isBlankCell(raw.confirmation) && isBlankCell(raw.confirmedBy) && isBlankCell(raw.confirmedDate) && isBlankCell(raw.confirmedWhat)) return;
  const notes = gather(raw);
  if (notes === undefined) return reportInvalid(sink, 'confirmation', raw.confirmation);
  const by = readTextCell(notes.by, MAX_LENGTH.name);
  const what = readTextCell(notes.what, MAX_LENGTH.text);
  if (by === NOT_TEXT || what === NOT_TEXT) return reportInvalid(sink, 'confirmation', raw.confirmation);
  let date: string | undefined;
  let dateGiven = false;
  if (!isBlankCell(notes.date)) {
    dateGiven = true;
    const parsed = parseDate(notes.date, env.messageOptions);
    if (parsed.issues.length > 0) sink.addAll(prefixIssues(parsed.issues, ['confirmation', 'date']));
    if (parsed.ok) date = parsed.value.value;
  }
  const way: ConfirmationWay = notes.way ?? { kind: 'remote' };
  const confirmation: Confirmation = { kind: way.kind };
  const via = typeof notes.via === 'string' && VIA.has(notes.via) ? (notes.via as Confirmation['via']) : way.via;
  if (way.kind === 'remote' && via !== undefined) confirmation.via = via;
  if (by !== undefined) confirmation.by = by;
  if (date !== undefined) confirmation.date = date;
  if (what !== undefined) confirmation.what = what;
  draft.confirmation = confirmation;
  if (way.kind !== 'remote') return;
  sink.add(confirmRemoteRule, ['confirmation'], { via });
  const en = env.locale === 'en';
  const missing: string[] = [];
  if (by === undefined) missing.push(en ? 'who checked' : '核对人员');
  if (!dateGiven) missing.push(en ? 'when' : '核对时间');
  if (what === undefined) missing.push(en ? 'what was checked' : '核对情况');
  if (missing.length > 0) sink.add(confirmRemoteIncompleteRule, ['confirmation'], { missing });
}
