// Generated from codes/unitPartySetup.json by scripts/generate-codes.ts (`npm run codes:gen`). Do not edit.
import type { CodeTableData } from '../types.js';

/**
 * Every code of 单位建立中共组织情况代码 (`unitPartySetup`), groups included.
 * @example
 * const code: UnitPartySetupCode = '11';
 * @category Codes
 */
export type UnitPartySetupCode =
  | '1'
  | '11'
  | '12'
  | '13'
  | '14'
  | '15';

/**
 * The leaf codes of 单位建立中共组织情况代码: the ones forms carry.
 * @example
 * const code: UnitPartySetupLeafCode = '11';
 * @category Codes
 */
export type UnitPartySetupLeafCode =
  | '11'
  | '12'
  | '13'
  | '14'
  | '15';

/**
 * The data of 单位建立中共组织情况代码, as in `codes/unitPartySetup.json`.
 * @internal
 */
export const unitPartySetupData: CodeTableData = {
  "id": "unitPartySetup",
  "title": "单位建立中共组织情况代码",
  "standard": "中组部全国党员管理信息系统（2017）代码集“单位建立中共组织情况”（later system label 法人单位建立党组织情况）。Official document not found; reconstructed.",
  "complete": false,
  "confidence": "low",
  "sources": [
    {
      "name": "鄞州区委组织部《关于党组织和党员基本信息采集工作的辅导稿》（2017-07-24），第9项",
      "what": "Fill a code from 《单位建立中共组织情况代码》, e.g. 11."
    },
    {
      "name": "JeeSite JSP mockup (public code file 24590904413)",
      "what": "The select shows “11 建立党委”."
    },
    {
      "name": "jcxf 智慧党建 Java service (public code file 27970840600; same code base as scmt1/SmartPartyBuilding, so not independent of it)",
      "what": "unit_org_situation 11 = 建立党委的, 15 = 建立党小组."
    },
    {
      "name": "ls895977/ZhiHuiDangJianAPP QueryDeptListBean.java",
      "what": "Real exported data: 11 on every organisation of a unit that has a 党委; 13 on units whose only organisation is a 党支部."
    },
    {
      "name": "Independent 党建 projects mirroring the 2017 form (public code files 35981721209, 12959243705 / 13626781487, 25689298905, 36496033651)",
      "what": "Option order 建立党委, 建立党总支部, 建立党支部, 建立联合党支部 (local values 1–4)."
    },
    {
      "name": "13320282511/ant-admin316 public/js/ccpStatistic/table26.js, table27.js",
      "what": "2017 党内统计 categories: 已单独建立党组织 (党委/总支部/支部), 已建立联合党支部, 未建立党组织 (建立党小组的, 仅有个别党员的, 没有党员的)."
    }
  ],
  "entries": [
    {
      "code": "1",
      "name": "",
      "confidence": "medium",
      "note": "Group implied by 11–15; official name not found (the statistics call this block 已单独建立党组织). Not selectable."
    },
    {
      "code": "11",
      "name": "建立党委",
      "parent": "1",
      "aliases": [
        "建立党委的"
      ],
      "confidence": "high",
      "note": "Three independent sources (mockup “11 建立党委”, jcxf “11 建立党委的”, real data); the guide’s example value is 11 (item 9). Describes the unit (its highest organisation), not the organisation filling the form."
    },
    {
      "code": "12",
      "name": "建立党总支部",
      "parent": "1",
      "aliases": [
        "建立党总支",
        "建立党总支的",
        "建立党总支部的",
        "建立总支部的"
      ],
      "confidence": "low",
      "note": "Code inferred: between the confirmed 11 and 13, and the 2nd option on every mirrored form."
    },
    {
      "code": "13",
      "name": "建立党支部",
      "parent": "1",
      "aliases": [
        "建立党支部的",
        "建立支部的"
      ],
      "confidence": "medium",
      "note": "Appears in real exported records (units whose only organisation is a 党支部 carry 13); 3rd option on every mirrored form. No code list names it."
    },
    {
      "code": "14",
      "name": "建立联合党支部",
      "parent": "1",
      "aliases": [
        "建立联合党支部的",
        "建立联合支部"
      ],
      "confidence": "low",
      "note": "Code inferred from the option order only (4th option on mirrored forms)."
    },
    {
      "code": "15",
      "name": "建立党小组",
      "parent": "1",
      "aliases": [
        "建立党小组的"
      ],
      "confidence": "low",
      "note": "Single source (jcxf). In 党内统计 建立党小组的 is a sub-case of 未建立党组织, so its place under group 1 is doubtful."
    }
  ],
  "titleEn": "Party organisation set-up in the unit",
  "label": "单位建立党组织情况",
  "labelEn": "party set-up of the unit",
  "confidenceNote": "High for 11 (the guide's example value, a mock-up, a service's code and real records); medium for 13 (real records only); low for 12, 14 and 15 (display order, or a single source). The 2017 党内统计 count 建立党小组 under 未建立党组织, so 15's place under group 1 is doubtful.",
  "gaps": "Codes for the 未建立党组织 cases (应建尚未建立 / 仅有个别党员 / 没有党员) were not found, though the categories are certain from 党内统计; they are not on the mirrored 2017 forms. Unknown whether 联合党支部 is 14 or sits in its own group. Hard-accept 11 and 13; 12, 14, 15 and unlisted codes give code.unverified.",
  "hierarchicalCodes": true
};
