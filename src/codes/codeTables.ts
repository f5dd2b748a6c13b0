import { createCodeTable } from './createCodeTable.js';
import { educationData, type EducationCode } from './generated/education.js';
import { educationGbt4658Data, type EducationGbt4658Code } from './generated/educationGbt4658.js';
import { ethnicityData, type EthnicityCode } from './generated/ethnicity.js';
import { orgCategoryData, type OrgCategoryCode } from './generated/orgCategory.js';
import { unitCategoryData, type UnitCategoryCode } from './generated/unitCategory.js';
import { unitPartySetupData, type UnitPartySetupCode } from './generated/unitPartySetup.js';
import { workPostData, type WorkPostCode } from './generated/workPost.js';
import type { CodeTable } from './types.js';

/**
 * 中共组织类别代码 (组织类别, form item 5). Incomplete: sure for 611/621/631/632 and 911/921/931/932.
 * @example
 * orgCategoryTable.check('党支部').value?.code // '631'
 * @category Codes
 */
export const orgCategoryTable: CodeTable<OrgCategoryCode> = /* @__PURE__ */ createCodeTable<OrgCategoryCode>(orgCategoryData);

/**
 * 单位性质类别代码 (单位类别, form item 8). Incomplete and partly inferred.
 * @example
 * unitCategoryTable.get('3')?.name // '事业单位'
 * @category Codes
 */
export const unitCategoryTable: CodeTable<UnitCategoryCode> = /* @__PURE__ */ createCodeTable<UnitCategoryCode>(unitCategoryData);

/**
 * 单位建立中共组织情况代码 (单位建立党组织情况, form item 9). Incomplete and partly inferred.
 * @example
 * unitPartySetupTable.get('11')?.name // '建立党委'
 * @category Codes
 */
export const unitPartySetupTable: CodeTable<UnitPartySetupCode> = /* @__PURE__ */ createCodeTable<UnitPartySetupCode>(unitPartySetupData);

/**
 * 学历代码 of the party member form (form item 16), with the 党校 codes 1A–2D.
 * @example
 * educationTable.find('本科') // '21'
 * @category Codes
 */
export const educationTable: CodeTable<EducationCode> = /* @__PURE__ */ createCodeTable<EducationCode>(educationData);

/**
 * 工作岗位代码 (form item 21): 49 leaves.
 * @example
 * workPostTable.get('612')?.name // '其他从业人员'
 * @category Codes
 */
export const workPostTable: CodeTable<WorkPostCode> = /* @__PURE__ */ createCodeTable<WorkPostCode>(workPostData);

/**
 * 民族代码 (form item 13): GB/T 3304 01–56 plus 91 其他族, 92 外国血统.
 * @example
 * ethnicityTable.find('Han') // '01'
 * @category Codes
 */
export const ethnicityTable: CodeTable<EthnicityCode> = /* @__PURE__ */ createCodeTable<EthnicityCode>(ethnicityData);

/**
 * GB/T 4658-2006 学历代码, as HR systems hold it; see {@link mapGbt4658ToEducation}.
 * @example
 * educationGbt4658Table.get('14')?.name // '硕士研究生毕业'
 * @category Codes
 */
export const educationGbt4658Table: CodeTable<EducationGbt4658Code> = /* @__PURE__ */ createCodeTable<EducationGbt4658Code>(educationGbt4658Data);

/**
 * The bundled tables, each typed with the literal union of its codes.
 * @example
 * Object.keys(codeTables).length // 7
 * @category Codes
 */
export interface BundledCodeTables {
  readonly orgCategory: CodeTable<OrgCategoryCode>;
  readonly unitCategory: CodeTable<UnitCategoryCode>;
  readonly unitPartySetup: CodeTable<UnitPartySetupCode>;
  readonly education: CodeTable<EducationCode>;
  readonly workPost: CodeTable<WorkPostCode>;
  readonly ethnicity: CodeTable<EthnicityCode>;
  readonly educationGbt4658: CodeTable<EducationGbt4658Code>;
}

/**
 * The bundled code tables by name (frozen). Each has `get`, `has`, `isLeaf`, `parent`, `children`,
 * `ancestors`, `find`, `entries`, `leaves` and `check`; see `docs/codes/` for their contents,
 * sources and confidence.
 * @example
 * codeTables.orgCategory.check(631).ok // true
 * codeTables.orgCategory.check('6').issues[0]?.rule // 'code.notLeaf'
 * codeTables.ethnicity.check('01 汉族').value?.name // '汉族'
 * @category Codes
 */
export const codeTables: BundledCodeTables = /* @__PURE__ */ Object.freeze({
  orgCategory: orgCategoryTable,
  unitCategory: unitCategoryTable,
  unitPartySetup: unitPartySetupTable,
  education: educationTable,
  workPost: workPostTable,
  ethnicity: ethnicityTable,
  educationGbt4658: educationGbt4658Table,
});
