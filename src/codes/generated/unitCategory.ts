// Generated from codes/unitCategory.json by scripts/generate-codes.ts (`npm run codes:gen`). Do not edit.
import type { CodeTableData } from '../types.js';

/**
 * Every code of 单位性质类别代码 (`unitCategory`), groups included.
 * @example
 * const code: UnitCategoryCode = '11';
 * @category Codes
 */
export type UnitCategoryCode =
  | '1'
  | '11'
  | '12'
  | '13'
  | '14'
  | '15'
  | '2'
  | '21'
  | '22'
  | '23'
  | '3'
  | '4'
  | '5'
  | '9';

/**
 * The leaf codes of 单位性质类别代码: the ones forms carry.
 * @example
 * const code: UnitCategoryLeafCode = '11';
 * @category Codes
 */
export type UnitCategoryLeafCode =
  | '11'
  | '12'
  | '13'
  | '14'
  | '15'
  | '21'
  | '22'
  | '23'
  | '3'
  | '4'
  | '5'
  | '9';

/**
 * The data of 单位性质类别代码, as in `codes/unitCategory.json`.
 * @internal
 */
export const unitCategoryData: CodeTableData = {
  "id": "unitCategory",
  "title": "单位性质类别代码",
  "standard": "中组部全国党员管理信息系统（2017）代码集“单位性质类别”（采集表称“单位类别”）。Official document not found; reconstructed. Not the 干部人事 ZB04 单位性质类别 table and not 单位隶属关系.",
  "complete": false,
  "confidence": "low",
  "sources": [
    {
      "name": "鄞州区委组织部《关于党组织和党员基本信息采集工作的辅导稿》（2017-07-24），第8项、注意事项（一）5",
      "what": "Fill a code from 《单位性质类别代码》, e.g. 11; 参公单位 count as 事业单位."
    },
    {
      "name": "JeeSite JSP mockup “机构添加-基本信息” (public code file 24590904413)",
      "what": "The 单位类别 select shows “11 城市街道” (the only source pairing a code with a name in group 1)."
    },
    {
      "name": "13320282511/ant-admin316 public/js/ccpStatistic/table24.js … table30.js",
      "what": "2017 党内统计 filters on the unit category: 21 国有经济控制, 22 集体经济控制, 23 非公有经济控制, 3 事业单位, 4 机关 (exact values, i.e. leaves); tables 25–30 split by 街道/社区/乡镇/村, 企业, 事业, 机关, 社会组织."
    },
    {
      "name": "ls895977/ZhiHuiDangJianAPP QueryDeptListBean.java",
      "what": "Real exported records: companyType 3 for units with 12-prefixed credit codes (事业单位), 4 for an 11-prefixed 公安分局 (机关)."
    },
    {
      "name": "Four unrelated 智慧党建 projects (public code files 35981721209, 12959243705 / 13626781487, 1275347261 / 2275548130, 36811170405)",
      "what": "The same 12 categories in the same order: 城市街道, 城市社区（居委会）, 乡镇, 乡镇社区（居委会）, 建制村, 国有经济控制, 集体经济控制, 非公有经济控制, 事业单位, 机关, 社会组织, 其他 (each numbered 1–12 locally)."
    },
    {
      "name": "Vue CodeTableSelect component (public code file 42837255568)",
      "what": "dm_dzz_dwxzlb (单位性质类别) is a parent/child table; only leaves are selectable."
    },
    {
      "name": "reference/unit-tables-notes.md (second search)",
      "what": "No authoritative coded list found; 71cms imports “code name” cells but its dictionaries are not in the repository."
    }
  ],
  "entries": [
    {
      "code": "1",
      "name": "",
      "confidence": "medium",
      "note": "Group implied by 11 (codes extend their parent). Official group name not found. Not selectable."
    },
    {
      "code": "11",
      "name": "城市街道",
      "parent": "1",
      "aliases": [
        "街道"
      ],
      "confidence": "medium",
      "note": "One mockup shows “11 城市街道”; first of the 12 categories every mirrored form lists in the same order; the guide’s example value is 11 (item 8). The 2017 党内统计 select 城市街道 by 隶属关系 (51…), not by this code, so the name rests on the one mock-up."
    },
    {
      "code": "12",
      "name": "城市社区（居委会）",
      "parent": "1",
      "aliases": [
        "城市社区",
        "城市社区居委会"
      ],
      "confidence": "low",
      "note": "Code inferred only from the fixed display order (2nd of 12); name confirmed by 4 sources."
    },
    {
      "code": "13",
      "name": "乡镇",
      "parent": "1",
      "confidence": "low",
      "note": "Code inferred from the display order (3rd); name confirmed by 4 sources. No source pairs 13 with 乡镇: the 2017 党内统计 select 乡镇 by 隶属关系 (52/53), not by this code. Whether 乡 and 镇 are split is unknown."
    },
    {
      "code": "14",
      "name": "乡镇社区（居委会）",
      "parent": "1",
      "aliases": [
        "乡镇社区",
        "农村社区（居委会）",
        "农村社区"
      ],
      "confidence": "low",
      "note": "Code inferred from the display order (4th); one project calls it 农村社区（居委会）."
    },
    {
      "code": "15",
      "name": "建制村",
      "parent": "1",
      "aliases": [
        "行政村"
      ],
      "confidence": "low",
      "note": "Code inferred from the display order (5th); name confirmed by 4 sources."
    },
    {
      "code": "2",
      "name": "企业",
      "confidence": "medium",
      "note": "Group; 企业 is the row label over 国有/集体/非公有经济控制 in the 2017 report tables. Not selectable."
    },
    {
      "code": "21",
      "name": "国有经济控制",
      "parent": "2",
      "aliases": [
        "国有经济控制企业",
        "国有企业"
      ],
      "confidence": "high",
      "note": "Exact value 21 in the 2017 党内统计 report code (ant-admin316 table24.js: 企业/国有经济控制), which selects units by this field's exact values; name in 4+ sources (also shown as 国有经济控制企业)."
    },
    {
      "code": "22",
      "name": "集体经济控制",
      "parent": "2",
      "aliases": [
        "集体经济控制企业",
        "集体企业"
      ],
      "confidence": "high",
      "note": "Exact value 22 in the 2017 党内统计 report code (ant-admin316 table24.js: 集体经济控制)."
    },
    {
      "code": "23",
      "name": "非公有经济控制",
      "parent": "2",
      "aliases": [
        "非公有制经济控制",
        "非公有经济控制企业",
        "非公有制经济控制企业",
        "非公企业",
        "非公有制企业"
      ],
      "confidence": "high",
      "note": "Exact value 23 in the 2017 党内统计 report code (ant-admin316 table24.js: 非公有经济控制); also written 非公有制经济控制（企业）."
    },
    {
      "code": "3",
      "name": "事业单位",
      "aliases": [
        "参公单位",
        "参照公务员法管理的事业单位"
      ],
      "confidence": "high",
      "note": "Two independent sources: the 2017 党内统计 report code (exact value 3) and real exported data (units with 12-prefixed credit codes carry 3). Used as a leaf. The guide: 参公单位为事业单位 (注意事项一 5)."
    },
    {
      "code": "4",
      "name": "机关",
      "aliases": [
        "机关单位"
      ],
      "confidence": "high",
      "note": "Two independent sources: the 2017 党内统计 report code (exact value 4) and real exported data (a 公安分局 with an 11-prefixed credit code). Used as a leaf."
    },
    {
      "code": "5",
      "name": "社会组织",
      "confidence": "low",
      "note": "Code inferred from the display order (11th of 12, after 机关); name confirmed. Sub-codes (社会团体, 民办非企业单位, 基金会 …) unknown."
    },
    {
      "code": "9",
      "name": "其他",
      "confidence": "low",
      "note": "Code inferred (last of 12, the conventional 9 其他); name confirmed."
    }
  ],
  "titleEn": "Unit category codes",
  "label": "单位类别",
  "labelEn": "unit category",
  "confidenceNote": "High for 21, 22, 23, 3 and 4 (the 2017 党内统计 report code selects units by exactly these values; 3 and 4 also in real exported records); medium for 11 (one mock-up and the guide's example value 11 — the statistics select 城市街道 by 隶属关系, not by this code); low for 12–15, 5 and 9 (codes inferred from a consistent display order; names certain).",
  "gaps": "Official code list not found (it would be on the hidden dropdown sheets of the 2017 附件3 《党组织和所在单位信息汇总表》; no copy found). Unknown: the name of group 1; whether 12–15, 5 and 9 really carry those codes; whether 3, 4 and 5 have sub-codes (the data seen use 3 and 4 as leaves); whether 乡 and 镇 are separate. Hard-accept 11, 21, 22, 23, 3, 4; the low-confidence codes and any unlisted code give code.unverified.",
  "hierarchicalCodes": true
};
