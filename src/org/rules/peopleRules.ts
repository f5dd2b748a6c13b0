/**
 * The secretary and the contact (items 2–3): who fills a vacant secretary post, and a contact phone that is a mobile.
 * @module
 */
import { defineRule } from '../../rules/define.js';
import { GUIDE } from './source.js';

export const orgSecretaryMissing = defineRule({
  id: 'org.secretary.missing',
  severity: 'error',
  summary: 'No secretary, deputy secretary or first secretary is given',
  source: `${GUIDE} item 2`,
  zh: () => '党组织书记不能空缺：书记空缺的填副书记，书记、副书记均空缺的填第一书记',
  en: () => 'The secretary is required: if vacant give the deputy secretary, if both are vacant the first secretary',
});

/** Fires for the first secretary only: the deputy in a vacant post is the guide's own rule and stays quiet. */
export const orgSecretaryFallback = defineRule<{ role: 'deputy' | 'first' }>({
  id: 'org.secretary.fallback',
  severity: 'review',
  summary: 'Item 2 is filled by the first secretary because secretary and deputy are both vacant: confirm both posts are vacant',
  source: `${GUIDE} item 2`,
  zh: ({ role }) => `党组织书记一栏填的是${role === 'deputy' ? '副书记（书记空缺）' : '第一书记（书记、副书记均空缺）'}，请确认相应职务确实空缺`,
  en: ({ role }) =>
    `Item 2 holds the ${role === 'deputy' ? 'deputy secretary (the secretary post is vacant)' : 'first secretary (secretary and deputy are vacant)'}; please confirm the posts are vacant`,
});

export const orgContactMissing = defineRule({
  id: 'org.contact.missing',
  severity: 'error',
  summary: 'Item 3 党组织联系人 is empty',
  source: `${GUIDE} item 3`,
  zh: () => '党组织联系人不能为空，一般填党组织书记、副书记或专职党务工作者',
  en: () => 'The contact is required (usually the secretary, the deputy or a full-time Party worker)',
});

export const orgContactPhoneNotMobile = defineRule<{ given: boolean }>({
  id: 'org.contactPhone.notMobile',
  severity: 'error',
  summary: 'Item 4 is not the contact person\'s mobile number',
  source: `${GUIDE} item 4`,
  zh: ({ given }) => (given ? '联系电话不是有效的手机号码，应统一填联系人的手机号码' : '联系电话不能为空，应填联系人的手机号码'),
  en: ({ given }) =>
    given ? "The contact phone is not a valid mobile number; give the contact person's mobile" : "The contact phone is required: the contact person's mobile",
});
