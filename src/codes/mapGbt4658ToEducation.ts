import { failure, toResult, type Issue, type Result } from '../result.js';
import { createIssue, type MessageOptions } from '../rules/define.js';
import { educationGbt4658Table, educationTable } from './codeTables.js';
import type { EducationCode } from './generated/education.js';
import type { EducationGbt4658Code } from './generated/educationGbt4658.js';
import { codeNoMappingRule, codeUnverifiedRule } from './rules.js';

/**
 * A GB/T 4658 code mapped to the party's education code.
 * @example
 * mapGbt4658ToEducation('31').value?.from // { code: '31', name: '大学专科毕业' }
 * @category Codes
 */
export interface Gbt4658Mapping {
  /** The party education code (the `education` table) to enter on the member form. */
  code: EducationCode;
  name: string;
  /** The GB/T 4658 code it came from. */
  from: { code: EducationGbt4658Code; name: string };
}

/**
 * Maps a GB/T 4658-2006 学历 code (as HR systems hold it) to the party education code of the member
 * form, using each entry's `mapsTo` in `codes/educationGbt4658.json`. Accepts what
 * {@link CodeTable.check} accepts (14, `'14 硕士研究生毕业'`, 硕士研究生毕业). A doubtful mapping
 * (结业) comes with a `code.unverified` warning; groups and 肄业 (no diploma of that level) give
 * `code.noMapping`. Never throws.
 * @example
 * mapGbt4658ToEducation('14').value?.code // '12'
 * mapGbt4658ToEducation('15').issues[0]?.rule // 'code.unverified'
 * mapGbt4658ToEducation('16').issues[0]?.rule // 'code.noMapping'
 * @category Codes
 */
export function mapGbt4658ToEducation(input: unknown, options?: MessageOptions): Result<Gbt4658Mapping> {
  const locale = readLocale(options);
  const source = educationGbt4658Table.check(input, { locale, flagLowConfidence: false });
  if (!source.ok) return failure(source.issues);
  const entry = educationGbt4658Table.get(source.value.code);
  const label = { label: educationGbt4658Table.data.label ?? '', labelEn: educationGbt4658Table.data.labelEn ?? '' };
  const from = { code: source.value.code, name: source.value.name };
  const target = entry?.['mapsTo'];
  const mapped = typeof target === 'string' ? educationTable.get(target) : undefined;
  if (!entry || !mapped) return failure([createIssue(codeNoMappingRule, [], { ...label, ...from }, { locale })]);
  const issues: Issue[] = [...source.issues];
  if (entry['mapsToConfidence'] === 'low') {
    issues.push(createIssue(codeUnverifiedRule, [], { ...label, ...from, reason: 'mapping', target: `${mapped.code} ${mapped.name}` }, { locale }));
  }
  return toResult({ code: mapped.code, name: mapped.name, from }, issues);
}

function readLocale(options: unknown): 'zh-CN' | 'en' {
  try {
    return options !== null && typeof options === 'object' && Object.prototype.hasOwnProperty.call(options, 'locale') &&
      (options as MessageOptions).locale === 'en'
      ? 'en'
      : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}
