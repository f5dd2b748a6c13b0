/**
 * Rules of the review of corrections (guide §三(二)(3)–(4)): sensitive fields changed, and members who
 * confirmed remotely instead of signing.
 * @module
 */
import { defineRule } from '../../rules/define.js';

/**
 * `change.sensitive` (review): 姓名、性别、民族、身份证号、出生日期、加入党组织日期 or 转为正式党员日期 changed —
 * check against the member's file (档案). `before`/`after` come masked for the ID number.
 * @example
 * changeSensitiveRule.zh({ field: '姓名', before: '张三', after: '张四' }) // '姓名由“张三”改为“张四”，须查核党员档案'
 */
export const changeSensitiveRule = defineRule<{ field: string; before: string; after: string }>({
  id: 'change.sensitive',
  severity: 'review',
  summary: "A sensitive member field changed: check against the member's file",
  source: 'guide §三(二)(4)',
  zh: ({ field, before, after }) => `${field}由“${before}”改为“${after}”，须查核党员档案`,
  en: ({ field, before, after }) => `${field[0]!.toUpperCase()}${field.slice(1)} changed from "${before}" to "${after}": check the member's file`,
});

/**
 * `confirm.remote` (warning): the member confirmed by phone / WeChat instead of signing; such cases
 * "应为极少数" and need who, when and what noted on the form.
 * @example
 * confirmRemoteRule.en({ via: 'phone' }) // 'Confirmed by phone instead of signing: should be rare, with who, when and what noted'
 */
export const confirmRemoteRule = defineRule<{ via?: string }>({
  id: 'confirm.remote',
  severity: 'warning',
  summary: 'Confirmed by phone/WeChat instead of signing in person',
  source: 'guide §三(二)(3)',
  zh: ({ via }) =>
    `党员未本人签字，通过${via === 'wechat' ? '微信' : via === 'phone' ? '电话' : '电话、微信等方式'}确认：此类人员应为极少数，并须注明核对时间、核对人员、核对情况`,
  en: ({ via }) =>
    `Confirmed by ${via === 'wechat' ? 'WeChat' : via === 'phone' ? 'phone' : 'phone/WeChat'} instead of signing: should be rare, with who, when and what noted`,
});

/**
 * `confirm.remote.incomplete` (error): a remote confirmation without who checked, when, or what.
 * @example
 * confirmRemoteIncompleteRule.zh({ missing: ['核对人员', '核对时间'] }) // '远程确认未注明：核对人员、核对时间'
 */
export const confirmRemoteIncompleteRule = defineRule<{ missing: string[] }>({
  id: 'confirm.remote.incomplete',
  severity: 'error',
  summary: 'A remote confirmation without who checked, when, or what',
  source: 'guide §三(二)(3)',
  zh: ({ missing }) => `远程确认未注明：${missing.join('、')}`,
  en: ({ missing }) => `Remote confirmation does not say ${missing.join(', ')}`,
});
