/**
 * Items 22–26: 联系电话, 家庭住址, 党籍状态, 失联, 流动 — read, normalised, and their single-record rules.
 * @module
 */
import { parseLandline } from '../../identifiers/landline.js';
import { parseMobile } from '../../identifiers/mobile.js';
import { maskMobile } from '../../identifiers/mask.js';
import { MAX_LENGTH } from '../../text/limits.js';
import { normalizePartyStatus, normalizeYesNo } from '../normalize/choices.js';
import { hasHouseNumber } from '../normalize/houseNumber.js';
import {
  addressNoHouseNumberRule,
  floatingDestinationRule,
  lostContactDateRule,
  lostContactReportRule,
  mobileMissingRule,
  partyStatusNotNormalRule,
} from '../rules/statusRules.js';
import type { MemberDraft } from '../types.js';
import { isBlankCell, NOT_TEXT, readTextCell } from './cells.js';
import { readDateField } from './dateField.js';
import { displayValue } from './display.js';
import type { MemberEnv } from './env.js';
import { canonicalLandline, canonicalMobile } from '../../identifiers/canonical.js';
import { reportChange, reportInvalid, reportRequired } from './fieldIssues.js';
import type { RawMember } from './readInput.js';
import type { RecordSink } from './sink.js';

function readYesNo(input: unknown, field: 'lostContact' | 'floating', sink: RecordSink): boolean {
  if (isBlankCell(input)) return false;
  const value = normalizeYesNo(input);
  if (value === undefined) {
    reportInvalid(sink, field, input);
    return false;
  }
  if (typeof input !== 'boolean') reportChange(sink, field, input, value ? '是' : '否');
  return value;
}

/**
 * Reads 是否为失联党员 and 是否为流动党员 first: a 失联 member's blank fields are warnings, not errors.
 * A blank cell reads as 否 (the usual answer, guide item 25).
 * @example
 * const draft = emptyMemberDraft();
 * readFlags(Object.assign(new RawMember(), { lostContact: '是' }), draft, new RecordSink('zh-CN'));
 * draft.lostContact // true
 * draft.floating // false
 */
export function readFlags(raw: RawMember, draft: MemberDraft, sink: RecordSink): void {
  draft.lostContact = readYesNo(raw.lostContact, 'lostContact', sink);
  draft.floating = readYesNo(raw.floating, 'floating', sink);
  sink.lost = draft.lostContact;
}

/** 外出流向 as text, or `{ province, city, county }` joined by spaces; `undefined` when blank, NOT_TEXT when unusable. */
function readDestination(input: unknown): string | undefined | typeof NOT_TEXT {
  if (input === null || typeof input !== 'object') {
    const text = readTextCell(input, MAX_LENGTH.name);
    return text !== undefined && typeof input !== 'string' ? NOT_TEXT : text;
  }
  const parts: string[] = [];
  try {
    for (const key of ['province', 'city', 'county'] as const) {
      const part = readTextCell((input as Record<string, unknown>)[key], MAX_LENGTH.name);
      if (part === NOT_TEXT) return NOT_TEXT;
      if (part !== undefined) parts.push(part);
    }
  } catch {
    return NOT_TEXT;
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

function checkPartyStatus(raw: RawMember, draft: MemberDraft, env: MemberEnv, sink: RecordSink): void {
  if (isBlankCell(raw.partyStatus)) return reportRequired(sink, 'partyStatus');
  const allowStopped = env.policy.allowStoppedPartyStatus;
  const allowed = allowStopped ? (env.locale === 'en' ? '正常 or 停止党籍' : '正常或停止党籍') : '正常';
  const status = normalizePartyStatus(raw.partyStatus);
  if (status === undefined || (status === '停止党籍' && !allowStopped)) {
    sink.add(partyStatusNotNormalRule, ['partyStatus'], { value: displayValue(raw.partyStatus), allowed });
    return;
  }
  draft.partyStatus = status;
  reportChange(sink, 'partyStatus', raw.partyStatus, status);
  if (status === '停止党籍' && !draft.lostContact) {
    sink.add(partyStatusNotNormalRule, ['partyStatus'], { value: status, allowed, notLost: true }, 'warning');
  }
}

/**
 * Reads items 22–26 into the draft with their own rules: mobile missing, house number, 党籍状态, 失联 report
 * and date, 流动 destination.
 * @example
 * const sink = new RecordSink('zh-CN');
 * checkContactAndStatus(Object.assign(new RawMember(), { address: '某某村', partyStatus: '保留党籍' }), emptyMemberDraft(), memberEnv(resolveOptions({ today: '2017-07-24' })), sink);
 * sink.issues?.map((issue) => issue.rule) // ['member.mobile.missing', 'member.address.noHouseNumber']
 * sink.changes // [{ path: ['partyStatus'], before: '保留党籍', after: '正常' }]
 */
export function checkContactAndStatus(raw: RawMember, draft: MemberDraft, env: MemberEnv, sink: RecordSink): void {
  const mobileText = canonicalMobile(raw.mobile, env.policy.mobileCheck);
  if (mobileText !== undefined) draft.mobile = mobileText;
  else if (isBlankCell(raw.mobile)) sink.add(mobileMissingRule, ['mobile'], {});
  else {
    const mobile = parseMobile(raw.mobile, env.mobileOptions);
    if (mobile.issues.length > 0) sink.addUnder(mobile.issues, 'mobile');
    if (mobile.ok) {
      draft.mobile = mobile.value.value;
      reportChange(sink, 'mobile', raw.mobile, mobile.value.value, maskMobile);
    }
  }

  const landlineText = canonicalLandline(raw.landline);
  if (landlineText !== undefined) draft.landline = landlineText;
  else if (!isBlankCell(raw.landline)) {
    const landline = parseLandline(raw.landline, env.messageOptions);
    if (landline.issues.length > 0) sink.addUnder(landline.issues, 'landline');
    if (landline.ok) {
      draft.landline = landline.value.value;
      reportChange(sink, 'landline', raw.landline, landline.value.value, displayValue);
    }
  }

  const address = readTextCell(raw.address, MAX_LENGTH.text);
  if (address === undefined) reportRequired(sink, 'address');
  else if (address === NOT_TEXT || typeof raw.address !== 'string') reportInvalid(sink, 'address', raw.address);
  else {
    draft.address = address;
    reportChange(sink, 'address', raw.address, address);
    if (!hasHouseNumber(address)) sink.add(addressNoHouseNumberRule, ['address'], {});
  }

  checkPartyStatus(raw, draft, env, sink);

  // The form asks only for the year and month contact was lost: no `date.dayAssumed` for it.
  if (!isBlankCell(raw.lostContactDate)) {
    draft.lostContactDate = readDateField(raw.lostContactDate, 'lostContactDate', env, sink, 'date.dayAssumed');
  }
  if (draft.lostContact) {
    sink.add(lostContactReportRule, ['lostContact'], {});
    if (isBlankCell(raw.lostContactDate)) sink.add(lostContactDateRule, ['lostContactDate'], {});
  }

  const destination = readDestination(raw.floatingDestination);
  if (destination === NOT_TEXT) reportInvalid(sink, 'floatingDestination', raw.floatingDestination);
  else {
    draft.floatingDestination = destination;
    // A destination typed as text is trimmed: a change like any other cell's.
    if (destination !== undefined && typeof raw.floatingDestination === 'string') reportChange(sink, 'floatingDestination', raw.floatingDestination, destination);
    if (draft.floating && destination === undefined) sink.add(floatingDestinationRule, ['floatingDestination'], {});
  }
}
