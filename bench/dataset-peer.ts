/**
 * The peer of `bench/dataset.ts`: the same per-member checks written the way a user would without
 * partyinfo — a plain zod schema with refinements, `validator` for ID and mobile numbers, date-fns
 * `parse` for dates, code lists as `Set`s — plus the dataset part (branch by name, duplicate IDs)
 * with a `Set` and a `Map`.
 */
import { addYears, differenceInYears, isAfter, isBefore, isValid, parse } from 'date-fns';
import validator from 'validator';
import { z } from 'zod';
import { codeTables } from '../src/index.js';

const REF = new Date(2000, 0, 1);
const toDate = (s: string): Date => parse(s, 'yyyy-MM-dd', REF);
const date = z.string().refine((s) => isValid(toDate(s)), 'bad date');
const leaves = (name: 'education' | 'workPost'): Set<string> => new Set(codeTables[name].leaves());
const EDUCATION = leaves('education');
const WORK_POSTS = leaves('workPost');
const ETHNICITIES = new Set(codeTables.ethnicity.entries().map((e) => e.name));
const REPORT_LIST = new Set(['2', '301', '302', '303', '311', '312', '313', '321', '322', '323', '33', '34', '35', '606', '607', '608', '611']);
const FOUNDING = toDate('1921-07-01');

/** The member schema a user would write. */
export function peerMemberSchema(today: string) {
  const now = toDate(today);
  return z
    .object({
      name: z.string().trim().min(1).max(200),
      gender: z.enum(['男', '女']),
      ethnicity: z.string().refine((s) => ETHNICITIES.has(s), 'unknown ethnicity'),
      idNumber: z.string().refine((s) => validator.isIdentityCard(s, 'zh-CN'), 'bad ID number'),
      birthDate: date,
      education: z.string().refine((s) => EDUCATION.has(s), 'unknown education'),
      memberType: z.enum(['正式党员', '预备党员']),
      branch: z.string().trim().min(1).max(200),
      joinDate: date,
      fullDate: date.optional(),
      workPost: z.string().refine((s) => WORK_POSTS.has(s), 'unknown work post'),
      mobile: z.string().refine((s) => validator.isMobilePhone(s, 'zh-CN'), 'bad mobile'),
      landline: z.string().regex(/^0\d{2,3}-?\d{7,8}$/).optional(),
      address: z.string().min(1).max(1000).refine((s) => /\d+号/.test(s), 'no house number'),
      partyStatus: z.literal('正常'),
      lostContact: z.boolean(),
      lostContactDate: z.string().optional(),
      floating: z.boolean(),
      floatingDestination: z.string().optional(),
    })
    .superRefine((m, ctx) => {
      const issue = (path: string, message: string): void => ctx.addIssue({ code: 'custom', path: [path], message });
      const birth = toDate(m.birthDate);
      const join = toDate(m.joinDate);
      if (m.idNumber.slice(6, 14) !== m.birthDate.replace(/-/g, '')) issue('birthDate', 'birth date differs from ID');
      if ((Number(m.idNumber[16]) % 2 === 1 ? '男' : '女') !== m.gender) issue('gender', 'gender differs from ID');
      if (differenceInYears(join, birth) < 18) issue('joinDate', 'under 18');
      if (isAfter(join, now)) issue('joinDate', 'in the future');
      if (isBefore(join, FOUNDING)) issue('joinDate', 'before 1921-07-01');
      if (m.memberType === '正式党员') {
        if (m.fullDate === undefined) issue('fullDate', 'missing');
        else {
          const full = toDate(m.fullDate);
          if (isBefore(full, addYears(join, 1))) issue('fullDate', 'too early');
          if (isAfter(full, addYears(join, 2))) issue('fullDate', 'too late');
          if (isAfter(full, now)) issue('fullDate', 'in the future');
        }
      } else {
        if (m.fullDate !== undefined) issue('fullDate', 'unexpected');
        if (isBefore(addYears(join, 2), now)) issue('memberType', 'probation overdue');
      }
      const age = differenceInYears(now, birth);
      if (m.workPost === '123' && age >= 70) issue('workPost', 'elder migrant');
      if (['501', '502', '503', '504'].includes(m.workPost) && age <= 45) issue('workPost', 'young retiree');
      if (REPORT_LIST.has(m.workPost)) issue('workPost', 'report list');
      if (m.lostContact && !m.lostContactDate) issue('lostContactDate', 'missing');
      if (m.floating && !m.floatingDestination) issue('floatingDestination', 'missing');
    });
}

/** The peer's dataset check: each member through the schema, branch by name, duplicate IDs. Returns the issue count. */
export function peerCheck(orgs: readonly { name?: unknown }[], members: readonly unknown[], today: string): number {
  const schema = peerMemberSchema(today);
  const branches = new Set(orgs.map((o) => (typeof o === 'object' && o !== null ? String(o.name) : '')));
  const seen = new Map<string, number>();
  let issues = 0;
  members.forEach((m, i) => {
    const r = schema.safeParse(m);
    if (!r.success) {
      issues += r.error.issues.length;
      return;
    }
    if (!branches.has(r.data.branch)) issues++;
    if (seen.has(r.data.idNumber)) issues++;
    else seen.set(r.data.idNumber, i);
  });
  return issues;
}
