/**
 * What spreadsheets write for the member form's tick boxes, by canonical answer. Data, not code: keys are
 * stored folded (full-width ASCII folded, trimmed, upper-case Latin) as `lookupChoice` compares them.
 * @module
 */
import type { Gender, MemberType, PartyStatus } from '../types.js';

/** 性别: 男/女, GB/T 2261.1 codes 1/2, 男性/女性, M/F, MALE/FEMALE. */
export const GENDER_ALIASES: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['男', '男'], ['女', '女'], ['1', '男'], ['2', '女'], ['男性', '男'], ['女性', '女'],
  ['M', '男'], ['F', '女'], ['MALE', '男'], ['FEMALE', '女'],
]);

/** 人员类别: 正式/预备 with or without 党员, and the common 1/2 convention of local systems (not official). */
export const MEMBER_TYPE_ALIASES: ReadonlyMap<string, MemberType> = new Map<string, MemberType>([
  ['正式党员', '正式党员'], ['预备党员', '预备党员'], ['正式', '正式党员'], ['预备', '预备党员'],
  ['1', '正式党员'], ['2', '预备党员'],
]);

/** 是/否 cells: 是/否, Y/N, YES/NO, ticks and crosses, 1/0, TRUE/FALSE (also real booleans). */
export const YES_NO_ALIASES: ReadonlyMap<string, boolean> = new Map<string, boolean>([
  ['是', true], ['否', false], ['Y', true], ['N', false], ['YES', true], ['NO', false],
  ['√', true], ['✓', true], ['✔', true], ['×', false], ['✗', false], ['✘', false],
  ['1', true], ['0', false], ['TRUE', true], ['FALSE', false],
]);

/**
 * 党籍状态: 正常; 保留党籍 is entered as 正常 (guide item 24); 停止党籍 is a status of its own, accepted only
 * under `policy.allowStoppedPartyStatus`.
 */
export const PARTY_STATUS_ALIASES: ReadonlyMap<string, PartyStatus> = new Map<string, PartyStatus>([
  ['正常', '正常'], ['正常党员', '正常'], ['保留党籍', '正常'], ['停止党籍', '停止党籍'],
]);

/** How a confirmation was made, as a spreadsheet column or JSON field writes it. */
export interface ConfirmationWay {
  kind: 'signed' | 'remote';
  via?: 'phone' | 'wechat' | 'other';
}

/**
 * 本人确认 cells: signed in person (本人签字, 签字, 已签字, signed) or remotely (电话确认, 微信确认, 远程确认, phone,
 * wechat, remote).
 */
export const CONFIRMATION_ALIASES: ReadonlyMap<string, ConfirmationWay> = new Map<string, ConfirmationWay>([
  ['本人签字', { kind: 'signed' }], ['签字', { kind: 'signed' }], ['已签字', { kind: 'signed' }],
  ['本人签字确认', { kind: 'signed' }], ['SIGNED', { kind: 'signed' }],
  ['电话确认', { kind: 'remote', via: 'phone' }], ['电话', { kind: 'remote', via: 'phone' }],
  ['电话核对', { kind: 'remote', via: 'phone' }], ['PHONE', { kind: 'remote', via: 'phone' }],
  ['微信确认', { kind: 'remote', via: 'wechat' }], ['微信', { kind: 'remote', via: 'wechat' }],
  ['微信核对', { kind: 'remote', via: 'wechat' }], ['WECHAT', { kind: 'remote', via: 'wechat' }],
  ['远程确认', { kind: 'remote' }], ['其他方式确认', { kind: 'remote', via: 'other' }], ['REMOTE', { kind: 'remote' }],
]);
