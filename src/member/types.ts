import type { Change, Issue } from '../result.js';

/**
 * 性别 as the form ticks it.
 * @category Members
 */
export type Gender = '男' | '女';

/**
 * 人员类别 (item 17).
 * @category Members
 */
export type MemberType = '正式党员' | '预备党员';

/**
 * 党籍状态 (item 24): 正常 (保留党籍 is entered as 正常); 停止党籍 only under `policy.allowStoppedPartyStatus`.
 * @category Members
 */
export type PartyStatus = '正常' | '停止党籍';

/**
 * How the member confirmed the collected information (guide §三(二)(3)): signed the form in person, or — for
 * the few who cannot — confirmed by phone / WeChat, noted with who checked, when and what.
 * @category Members
 */
export interface Confirmation {
  kind: 'signed' | 'remote';
  /** Remote only: the channel, when known. */
  via?: 'phone' | 'wechat' | 'other';
  /** 核对人员: who checked with the member. */
  by?: string;
  /** 核对时间 (`YYYY-MM-DD`). */
  date?: string;
  /** 核对情况: what was checked / the outcome. */
  what?: string;
}

/**
 * A member record as read and normalised from any input — it always exists, fields are `undefined` where
 * they were blank or unreadable. Coded fields hold the code; `ethnicityName` etc. the table's name for it.
 * @category Members
 */
export interface MemberDraft {
  /** 姓名 (item 11): trimmed, middle dots folded to `·`, no inner spaces in Chinese names. */
  name?: string;
  /** 性别 (item 12). */
  gender?: Gender;
  /** 民族 (item 13): GB/T 3304 code, `01`. */
  ethnicity?: string;
  /** 民族 full name, `汉族`. */
  ethnicityName?: string;
  /** 公民身份证号 (item 14): the 18-character normalised number once it parsed. */
  idNumber?: string;
  /** 出生日期 (item 15), `YYYY-MM-DD`. */
  birthDate?: string;
  /** 学历 (item 16): leaf code of the 学历代码. */
  education?: string;
  /** 人员类别 (item 17). */
  memberType?: MemberType;
  /** 所在党支部 (item 18): normalised with `normalizeOrgName`, so it matches the org's name. */
  branch?: string;
  /** 加入党组织日期 (item 19). */
  joinDate?: string;
  /** 转为正式党员日期 (item 20). */
  fullDate?: string;
  /** 工作岗位 (item 21): leaf code of the 工作岗位代码. */
  workPost?: string;
  /** 手机号 (item 22): 11 digits. */
  mobile?: string;
  /** 固定电话 (item 22), as the landline parser normalised it. */
  landline?: string;
  /** 家庭住址 (item 23). */
  address?: string;
  /** 党籍状态 (item 24). */
  partyStatus?: PartyStatus;
  /** 是否为失联党员 (item 25); a blank cell reads as 否. */
  lostContact?: boolean;
  /** 失去联系日期: month precision on the form; stored as `YYYY-MM-01`. */
  lostContactDate?: string;
  /** 是否为流动党员 (item 26); a blank cell reads as 否. */
  floating?: boolean;
  /** 外出流向: province / city / county, joined by spaces when given as parts. */
  floatingDestination?: string;
  /** How the member confirmed the record, when noted. */
  confirmation?: Confirmation;
  /** Input fields this library does not know, kept as given (read-only; shared when empty). */
  extra: Readonly<Record<string, unknown>>;
}

/**
 * A member that passed {@link validateMember}: no errors; required fields are present unless 失联 = 是.
 * @category Members
 */
export interface Member extends MemberDraft {
  name: string;
  lostContact: boolean;
  floating: boolean;
}

/**
 * What {@link checkMemberRecord} returns: the draft, the issues and the normalisers' changes. Empty lists are shared and frozen.
 * @category Members
 */
export interface MemberCheck {
  member: MemberDraft;
  issues: readonly Issue[];
  changes: readonly Change[];
}
