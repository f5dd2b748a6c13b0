/**
 * The org record as a whole: not an object, a field of the wrong kind or too long, and the review of a renamed org (items 1–10).
 * @module
 */
import { defineRule } from '../../rules/define.js';
import { fieldLabel } from '../fields.js';
import { GUIDE } from './source.js';

export const orgRecordInvalid = defineRule<{ got: string }>({
  id: 'org.record.invalid',
  severity: 'error',
  summary: 'The organisation record is not a readable object',
  source: 'partyinfo API',
  zh: ({ got }) => `党组织记录无法读取（应为对象，实为 ${got}）`,
  en: ({ got }) => `The organisation record cannot be read (expected an object, got ${got})`,
});

/** Value kinds as `describeKind` names them, in Chinese. */
const KIND_ZH: ReadonlyMap<string, string> = new Map([
  ['object', '对象'],
  ['array', '数组'],
  ['Date', '日期对象'],
  ['boolean', '布尔值'],
  ['symbol', '符号'],
  ['function', '函数'],
  ['unreadable', '读取出错'],
  ['number', '非有限数字'],
]);

export const orgFieldInvalid = defineRule<{ field: string; got: string }>({
  id: 'org.field.invalid',
  severity: 'error',
  summary: 'A field holds a value of the wrong kind, or reading it failed',
  source: 'partyinfo API',
  zh: ({ field, got }) => `${fieldLabel(field, 'zh-CN')}无法识别（${KIND_ZH.get(got) ?? got}）`,
  en: ({ field, got }) => `The ${fieldLabel(field, 'en')} cannot be read (${got})`,
});

export const orgFieldTooLong = defineRule<{ field: string; max: number }>({
  id: 'org.field.tooLong',
  severity: 'error',
  summary: 'A field is longer than any real value of it',
  source: 'partyinfo API',
  zh: ({ field, max }) => `${fieldLabel(field, 'zh-CN')}过长（超过 ${max} 个字符）`,
  en: ({ field, max }) => `The ${fieldLabel(field, 'en')} is too long (over ${max} characters)`,
});

export const changeOrgName = defineRule<{ before: string; after: string }>({
  id: 'change.orgName',
  severity: 'review',
  summary: 'An org name changed: once in the national system it changes only by formal renaming',
  source: `${GUIDE} item 1 (1)`,
  zh: ({ before, after }) =>
    `党组织名称由“${before}”改为“${after}”：名称录入全国系统后，除撤销或正式更名外一般不许更改，确需更改须按级上报至中组部同意`,
  en: ({ before, after }) =>
    `The org name changed from "${before}" to "${after}": once in the national system a name changes only by formal renaming approved up to the Central Organization Department`,
});
