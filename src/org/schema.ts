/**
 * The zod schema of an organisation record, for composing with other zod schemas. It wraps
 * {@link validateOrg}: same rules, same messages, the rule id in each zod issue's `params`.
 * @module
 */
import { z } from 'zod';
import type { ValidateOptions } from '../options.js';
import type { Org } from './types.js';
import { validateOrg } from './validateOrg.js';

/**
 * Builds an org schema with fixed options (locale, policy, tables). Each `error` issue becomes a
 * zod `custom` issue with `params: { rule, severity }`; warnings and reviews do not fail a zod
 * parse (call `validateOrg` to see them). Never calls `z.config()`.
 * @example
 * createOrgSchema({ locale: 'en' }).safeParse({}).success // false
 * @category Organisations
 */
export function createOrgSchema(opts?: ValidateOptions): z.ZodType<Org, unknown> {
  return z.unknown().transform((input, ctx): Org => {
    const r = validateOrg(input, opts);
    if (r.ok) return r.value;
    for (const issue of r.issues) {
      if (issue.severity !== 'error') continue;
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, params: { rule: issue.rule, severity: issue.severity }, input });
    }
    return z.NEVER;
  });
}

/**
 * The org schema with default options (zh-CN messages).
 * @example
 * orgSchema.safeParse({ name: '中共某某支部委员会' }).success // false
 * @category Organisations
 */
export const orgSchema: z.ZodType<Org, unknown> = createOrgSchema();
