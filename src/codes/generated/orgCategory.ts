// Generated from codes/orgCategory.json by scripts/generate-codes.ts (`npm run codes:gen`). Do not edit.
import type { CodeTableData } from '../types.js';

/**
 * Every code of 中共组织类别代码 (`orgCategory`), groups included.
 * @example
 * const code: OrgCategoryCode = '611';
 * @category Codes
 */
export type OrgCategoryCode =
  | '6'
  | '61'
  | '611'
  | '612'
  | '62'
  | '621'
  | '63'
  | '631'
  | '632'
  | '641'
  | '9'
  | '91'
  | '911'
  | '92'
  | '921'
  | '93'
  | '931'
  | '932'
  | '3'
  | '4'
  | '42'
  | '421'
  | '422'
  | '423';

/**
 * The leaf codes of 中共组织类别代码: the ones forms carry.
 * @example
 * const code: OrgCategoryLeafCode = '611';
 * @category Codes
 */
export type OrgCategoryLeafCode =
  | '611'
  | '612'
  | '621'
  | '631'
  | '632'
  | '641'
  | '911'
  | '921'
  | '931'
  | '932'
  | '3'
  | '421'
  | '422'
  | '423';

/**
 * The data of 中共组织类别代码, as in `codes/orgCategory.json`.
 * @internal
 */
export const orgCategoryData: CodeTableData = {
  "id": "orgCategory",
  "title": "中共组织类别代码",
  "standard": "中组部全国党员管理信息系统（2017）代码集“中共组织类别代码”。The official document was not found in any public source; reconstructed from independent implementations and exported data.",
  "complete": false,
  "confidence": "medium",
  "sources": [
    {
      "name": "鄞州区委组织部《关于党组织和党员基本信息采集工作的辅导稿》（2017-07-24），第5项",
      "what": "Fill the leaf code, not text: 631 党支部, never 6 党的基层组织; temporary organisations need approval documents."
    },
    {
      "name": "xiaocheng-keji/71cms application/common/model/Department.php",
      "what": "$type_options: 611 党委, 612 党组, 621 党总支部, 631 党支部, 632 联合党支部, 641 党小组, 911 临时党委, 921 临时党总支部, 931 临时党支部, 932 临时联合党支部; its Excel import reads “631 党支部” dropdown cells."
    },
    {
      "name": "jcxf 智慧党建 Java backend (public code files 27691441206, 27970840600, 28084597854; most likely scmt1/SmartPartyBuilding)",
      "what": "Comment listing 611 党委, 911 临时党委, 621 党总支部, 921 临时党总支部, 631 党支部, 931 临时党支部, 632 联合党支部, 932 临时联合党支部; BRANCH_ARRAY {631, 632, 931, 932}."
    },
    {
      "name": "13320282511/ant-admin316 public/js/ccpStatistic/table24.js",
      "what": "2017 党内统计 report: 党委 = 611, 总支部 = 621, 支部 = 631 + 632; 党的基层组织数 = codes starting with 6."
    },
    {
      "name": "pc_agency_code MySQL dump (public code file 16418571407)",
      "what": "6 党的基层组织, 611, 621, 631, 632, 641 二级党委 (conflict), 4 / 421 / 422 / 423 政府工作部门党组织. Local-looking codes 430, 630, 7, 711, 799 were not taken."
    },
    {
      "name": "easyui org-tree JS (public code file 7195814386)",
      "what": "PAR_TYPE 3 党组, 611 … 932, 699 党小组 (699 not taken)."
    },
    {
      "name": "OrganType Vue/iView app (public code files 42664305961, 42857250242, 42968508756, 49530550422)",
      "what": "Branch-level types 631/632/931/932; 党总支 = 621/921."
    },
    {
      "name": "ls895977/ZhiHuiDangJianAPP QueryDeptListBean.java",
      "what": "Real exported records: 631 for 30 党支部, 621 for a 离退休党总支."
    },
    {
      "name": "党组织和党员基本信息采集说明(0614) (m.1wenmi.com/doc/213602.html)",
      "what": "Item 5: 组织类别 is chosen from a dropdown."
    }
  ],
  "entries": [
    {
      "code": "6",
      "name": "党的基层组织",
      "confidence": "high",
      "note": "Top level; not selectable. The guide (item 5) itself names 6 党的基层组织 and its leaf 631 党支部; the pc_agency_code dump agrees; 党内统计 counts 基层组织 as codes starting with 6."
    },
    {
      "code": "61",
      "name": "",
      "parent": "6",
      "confidence": "medium",
      "note": "Group implied by 611 (codes extend their parent). Official name not found (probably the 基层委员会/党委 group). Not selectable."
    },
    {
      "code": "611",
      "name": "党委",
      "kind": "committee",
      "parent": "61",
      "aliases": [
        "基层党委",
        "机关党委",
        "党的基层委员会"
      ],
      "confidence": "high",
      "note": "Confirmed by 5 independent sources. Covers 基层党委 incl. 机关党委 (no separate code found for 机关党委)."
    },
    {
      "code": "612",
      "name": "党组",
      "parent": "61",
      "confidence": "low",
      "note": "Single source (71cms $type_options), structurally doubtful; another project codes 党组 as top-level 3. Do not accept without confirmation."
    },
    {
      "code": "62",
      "name": "",
      "parent": "6",
      "confidence": "medium",
      "note": "Group implied by 621. Official name not found (probably 总支部委员会). Not selectable."
    },
    {
      "code": "621",
      "name": "党总支部",
      "kind": "general-branch",
      "parent": "62",
      "aliases": [
        "党总支",
        "总支",
        "总支部",
        "总支部委员会",
        "党总支部委员会"
      ],
      "confidence": "high",
      "note": "Confirmed by 6+ sources incl. real exported data (ZhiHuiDangJianAPP)."
    },
    {
      "code": "63",
      "name": "",
      "parent": "6",
      "confidence": "medium",
      "note": "Group implied by 631/632. Official name not found (probably 支部委员会). Not selectable."
    },
    {
      "code": "631",
      "name": "党支部",
      "kind": "branch",
      "parent": "63",
      "aliases": [
        "支部",
        "支部委员会",
        "党支部委员会"
      ],
      "confidence": "high",
      "note": "The guide’s own example (item 5); confirmed by every source incl. real data."
    },
    {
      "code": "632",
      "name": "联合党支部",
      "kind": "branch",
      "parent": "63",
      "aliases": [
        "联合支部",
        "联合支部委员会",
        "联合党支部委员会"
      ],
      "confidence": "high",
      "note": "Confirmed by 6+ sources. Its org is expected to have 党组织所在单位情况 = 联合支部 with two or more units."
    },
    {
      "code": "641",
      "name": "党小组",
      "parent": "6",
      "confidence": "low",
      "note": "CONFLICT: 71cms says 党小组, the pc_agency_code dump says 二级党委, a third project uses 699 for 党小组. A 党小组 is not a 党组织 in 党内统计 and does not fill the org form. Known but unusual."
    },
    {
      "code": "9",
      "name": "",
      "confidence": "medium",
      "note": "Top level of the temporary (临时) organisations, implied by 911–932. Official name not found (one dashboard shows 临时基层党组织: a hint only). Not selectable."
    },
    {
      "code": "91",
      "name": "",
      "parent": "9",
      "confidence": "medium",
      "note": "Group implied by 911; name not found."
    },
    {
      "code": "911",
      "name": "临时党委",
      "kind": "committee",
      "parent": "91",
      "confidence": "high",
      "note": "Confirmed by 3+ sources. Temporary organisations must be reported with their approval documents (guide item 5)."
    },
    {
      "code": "92",
      "name": "",
      "parent": "9",
      "confidence": "medium",
      "note": "Group implied by 921; name not found."
    },
    {
      "code": "921",
      "name": "临时党总支部",
      "kind": "general-branch",
      "parent": "92",
      "aliases": [
        "临时党总支",
        "临时总支",
        "临时总支部"
      ],
      "confidence": "high",
      "note": "Confirmed by 3+ sources."
    },
    {
      "code": "93",
      "name": "",
      "parent": "9",
      "confidence": "medium",
      "note": "Group implied by 931/932; name not found."
    },
    {
      "code": "931",
      "name": "临时党支部",
      "kind": "branch",
      "parent": "93",
      "aliases": [
        "临时支部"
      ],
      "confidence": "high",
      "note": "Confirmed by 4 sources."
    },
    {
      "code": "932",
      "name": "临时联合党支部",
      "kind": "branch",
      "parent": "93",
      "aliases": [
        "临时联合支部"
      ],
      "confidence": "high",
      "note": "Confirmed by 4 sources."
    },
    {
      "code": "3",
      "name": "党组",
      "confidence": "low",
      "note": "Single source (easyui org-tree JS, PAR_TYPE 3 = 党组); sub-codes unknown. Not a 基层组织; not expected on the 2017 collection form. Conflicts with 612 党组."
    },
    {
      "code": "4",
      "name": "政府工作部门党委（总支部，支部）",
      "confidence": "low",
      "note": "Single source (pc_agency_code dump); not expected on the 2017 基层 collection form."
    },
    {
      "code": "42",
      "name": "",
      "parent": "4",
      "confidence": "low",
      "note": "Group implied by 421–423 in the pc_agency_code dump; name not found."
    },
    {
      "code": "421",
      "name": "地方政府工作部门党委",
      "parent": "42",
      "confidence": "low",
      "note": "Single source (pc_agency_code dump)."
    },
    {
      "code": "422",
      "name": "地方政府工作部门党总支",
      "parent": "42",
      "confidence": "low",
      "note": "Single source (pc_agency_code dump)."
    },
    {
      "code": "423",
      "name": "地方政府工作部门党支部",
      "parent": "42",
      "confidence": "low",
      "note": "Single source (pc_agency_code dump)."
    }
  ],
  "titleEn": "Party organisation category codes",
  "label": "组织类别",
  "labelEn": "organisation category",
  "confidenceNote": "High for the basic-level leaves 611/621/631/632, the temporary leaves 911/921/931/932 and the top level 6; low for 612, 641, 3, 4 and 42x.",
  "gaps": "No official code list was reachable. Unknown: the names of 61/62/63, 9 and 91/92/93; codes 1, 2, 5, 7, 8 (presumably 党的中央/地方委员会, 工作委员会 …); the code for 党工委 (which also fill the org form); whether 机关党委/二级党委/党组性质党委 have their own leaf codes (612 and 641 conflict between sources). Local codes seen in one source only and NOT included: 430 地方政府工作部门第一党支部, 630 第一党支部, 7 未建立党组织, 711 党小组, 799 未建立党组织, 699 党小组. Safe to accept on the 2017 基层 form: 611/621/631/632/911/921/931/932; anything else is flagged (code.unverified).",
  "hierarchicalCodes": true,
  "columns": [
    {
      "key": "kind",
      "title": "类型 Kind",
      "note": "committee 党委 · general-branch 党总支 · branch 党支部 (used by orgCategoryKind)"
    }
  ]
};
