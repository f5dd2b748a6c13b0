/**
 * The zod schema of a member record, for composition into larger schemas. It wraps {@link validateMember}
 * (the hand-written validator is the source of truth; zod only carries its result). Never calls `z.config()`.
 * @module
 */
import * as z from 'zod';
import type { ValidateOptions } from '../options.js';
import type { Member } from './types.js';
import { validateMember } from './validateMember.js';

/**
 * A zod schema validating member records with the given options (`today`, `policy`, `tables`, `locale`).
 * Each `error` issue becomes a zod custom issue at the same path, with `params: { rule, severity }`; the
 * parsed value is the normalised {@link Member}. Warnings and reviews do not fail a zod parse — use
 * `validateMember` to see them.
 * @example
 * createMemberSchema({ today: '2017-07-24' }).safeParse({}).success // false
 * @category Members
 */
export function createMemberSchema(options?: ValidateOptions): z.ZodType<Member, unknown> {
  return z.unknown().transform((input, ctx) => {
    const result = validateMember(input, options);
    if (result.ok) return result.value;
    for (const issue of result.issues) {
      if (issue.severity !== 'error') continue;
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, params: { rule: issue.rule, severity: issue.severity } });
    }
    return z.NEVER;
  });
}

/**
 * The member schema with default options (the reference date is the day of each parse).
 * @example
 * memberSchema.safeParse({ name: '张三' }).success // false
 * @example
 * memberSchema.safeParse({}).error?.issues[0]?.params?.rule // 'member.name.required'
 * @category Members
 */
export const memberSchema: z.ZodType<Member, unknown> = createMemberSchema();
