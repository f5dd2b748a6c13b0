// Generated from codes/workPost.json by scripts/generate-codes.ts (`npm run codes:gen`). Do not edit.
import type { CodeTableData } from '../types.js';

/**
 * Every code of 工作岗位代码 (`workPost`), groups included.
 * @example
 * const code: WorkPostCode = '011';
 * @category Codes
 */
export type WorkPostCode =
  | '0'
  | '01'
  | '011'
  | '012'
  | '02'
  | '0211'
  | '0212'
  | '0213'
  | '0214'
  | '0215'
  | '0216'
  | '0217'
  | '0218'
  | '0311'
  | '0312'
  | '0313'
  | '0314'
  | '0315'
  | '1'
  | '11'
  | '122'
  | '123'
  | '124'
  | '2'
  | '3'
  | '30'
  | '301'
  | '302'
  | '303'
  | '31'
  | '311'
  | '312'
  | '313'
  | '32'
  | '321'
  | '322'
  | '323'
  | '33'
  | '34'
  | '35'
  | '5'
  | '501'
  | '502'
  | '503'
  | '504'
  | '6'
  | '601'
  | '602'
  | '603'
  | '604'
  | '605'
  | '606'
  | '607'
  | '608'
  | '609'
  | '610'
  | '611'
  | '612'
  | '613';

/**
 * The leaf codes of 工作岗位代码: the ones forms carry.
 * @example
 * const code: WorkPostLeafCode = '011';
 * @category Codes
 */
export type WorkPostLeafCode =
  | '011'
  | '012'
  | '0211'
  | '0212'
  | '0213'
  | '0214'
  | '0215'
  | '0216'
  | '0217'
  | '0218'
  | '0311'
  | '0312'
  | '0313'
  | '0314'
  | '0315'
  | '11'
  | '122'
  | '123'
  | '124'
  | '2'
  | '301'
  | '302'
  | '303'
  | '311'
  | '312'
  | '313'
  | '321'
  | '322'
  | '323'
  | '33'
  | '34'
  | '35'
  | '501'
  | '502'
  | '503'
  | '504'
  | '601'
  | '602'
  | '603'
  | '604'
  | '605'
  | '606'
  | '607'
  | '608'
  | '609'
  | '610'
  | '611'
  | '612'
  | '613';

/**
 * The data of 工作岗位代码, as in `codes/workPost.json`.
 * @internal
 */
export const workPostData: CodeTableData = {
  "id": "workPost",
  "title": "工作岗位代码",
  "standard": "中组部全国党员管理信息系统（2017）“工作岗位代码”, as in the dropdown of the distributed 2017 member template.",
  "complete": true,
  "confidence": "high",
  "sources": [
    {
      "name": "2017《党员基本信息汇总表》模板（附件4），xiaocheng-keji/71cms public/sys/user.xlsx，隐藏工作表“工作岗位”",
      "what": "PRIMARY: the 49 selectable leaves (工作岗位!$A$1:$A$49) as “code name” cells; the hierarchy in merged columns B–D; sample row “011 公务员”."
    },
    {
      "name": "鄞州区委组织部《关于党组织和党员基本信息采集工作的辅导稿》（2017-07-24），第21项、注意事项（一）2",
      "what": "Example 011; 11 农牧渔业生产人员 may be filled and is parallel to 乡村医生/外出务工经商人员/其他农牧渔民; fallback 613 其他无业人员 agrees; its “611（其他从业人员）” conflicts with the template (612)."
    },
    {
      "name": "scmt1/SmartPartyBuilding JcxfPartyMemberServiceImpl.java:666, JcxfPayFeeDetailServiceImpl.java:1229",
      "what": "workPosition 501–504 treated as retirees: confirms the 5xx block."
    },
    {
      "name": "Party-member web app <select id=oneJob> (public code files 36576916505, 36286968826, 36716110913, 36842192937)",
      "what": "The same 49 leaf names in the same order (names only); writes 机关单位工勤岗位 / 事业单位工勤岗位."
    },
    {
      "name": "13320282511/ant-admin316 public/js/ccpStatistic/table2.js … table5.js",
      "what": "A DIFFERENT statistics scheme (113 外出务工, 4 离退休, 5 其他); NOT used."
    }
  ],
  "entries": [
    {
      "code": "0",
      "name": "在岗职工",
      "confidence": "medium",
      "note": "Group (merged cells in the template); not selectable."
    },
    {
      "code": "01",
      "name": "机关干部岗位",
      "parent": "0",
      "confidence": "medium",
      "note": "Group (merged cells in the template); not selectable."
    },
    {
      "code": "011",
      "name": "公务员",
      "parent": "01",
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. Also the sample row of the template ('011 公务员'). The 2017 Yinzhou guide gives 011 as its example value."
    },
    {
      "code": "012",
      "name": "参照公务员法管理的工作人员",
      "parent": "01",
      "aliases": [
        "参公人员"
      ],
      "confidence": "medium"
    },
    {
      "code": "02",
      "name": "企事业单位管理、专业技术岗位",
      "parent": "0",
      "confidence": "medium",
      "note": "Group (merged cells in the template); not selectable. Its children are 4-digit (0211–0218); the template has no 021 node."
    },
    {
      "code": "0211",
      "name": "事业单位管理岗位",
      "parent": "02",
      "confidence": "medium"
    },
    {
      "code": "0212",
      "name": "事业单位专业技术岗位",
      "parent": "02",
      "confidence": "medium"
    },
    {
      "code": "0213",
      "name": "公有经济控制企业管理岗位",
      "parent": "02",
      "confidence": "medium"
    },
    {
      "code": "0214",
      "name": "公有经济控制企业专业技术岗位",
      "parent": "02",
      "confidence": "medium"
    },
    {
      "code": "0215",
      "name": "非公有经济控制企业管理岗位",
      "parent": "02",
      "confidence": "medium"
    },
    {
      "code": "0216",
      "name": "非公有经济控制企业专业技术岗位",
      "parent": "02",
      "confidence": "medium"
    },
    {
      "code": "0217",
      "name": "民办非企业管理岗位",
      "parent": "02",
      "confidence": "medium"
    },
    {
      "code": "0218",
      "name": "民办非企业专业技术岗位",
      "parent": "02",
      "confidence": "medium"
    },
    {
      "code": "0311",
      "name": "公有经济控制单位工勤岗位",
      "parent": "0",
      "confidence": "medium",
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. The template puts 0311–0315 directly under 0 (cells C:D merged). It has no 03 or 031 node. Parent '0' is the template's layout; a hidden 03 group is possible but not attested."
    },
    {
      "code": "0312",
      "name": "非公有企业工勤岗位",
      "parent": "0",
      "confidence": "medium",
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. Parent as in 0311."
    },
    {
      "code": "0313",
      "name": "民办非企业工勤岗位",
      "parent": "0",
      "confidence": "medium",
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. Parent as in 0311."
    },
    {
      "code": "0314",
      "name": "机关单位工勤岗",
      "parent": "0",
      "aliases": [
        "机关单位工勤岗位"
      ],
      "confidence": "medium",
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. The template spells it 工勤岗, without a final 位. The independent web app writes 机关单位工勤岗位. Parent as in 0311."
    },
    {
      "code": "0315",
      "name": "事业单位工勤岗",
      "parent": "0",
      "aliases": [
        "事业单位工勤岗位"
      ],
      "confidence": "medium",
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. The template spells it 工勤岗; the web app writes 事业单位工勤岗位. Parent as in 0311."
    },
    {
      "code": "1",
      "name": "农牧渔民",
      "confidence": "medium",
      "note": "Group (merged cells in the template); not selectable."
    },
    {
      "code": "11",
      "name": "农牧渔业生产人员",
      "parent": "1",
      "aliases": [
        "农民渔业生产人员"
      ],
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. Matches the guide: code 11 can be filled and is parallel to 乡村医生/外出务工经商人员/其他农牧渔民. Those siblings are 122/123/124, which look like children of a '12' or of 11, hence the guide's warning. Excel may strip 011 to 11, but 11 is itself valid. The guide (注意事项一 2) spells it 农民渔业生产人员."
    },
    {
      "code": "122",
      "name": "乡村医生",
      "parent": "1",
      "confidence": "medium",
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. Sibling of 11 (no '12' node exists). The numbers fit the guide's remark but the guide does not state them."
    },
    {
      "code": "123",
      "name": "外出务工经商人员",
      "parent": "1",
      "confidence": "medium",
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. Sibling of 11. The guide asks to check members aged 70+ with this post. The ant-admin316 党统 tool counts this group as JobCode 113%, a different scheme (see sources)."
    },
    {
      "code": "124",
      "name": "其他农牧渔民",
      "parent": "1",
      "confidence": "medium",
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. Sibling of 11."
    },
    {
      "code": "2",
      "name": "解放军、武警",
      "aliases": [
        "解放军武警"
      ],
      "confidence": "medium",
      "note": "A top-level LEAF: the template merges B20:D20, so 2 has no children and is selectable. The guide names 解放军、武警 as a category to report by name. The guide asks for a name list when it appears (item 21)."
    },
    {
      "code": "3",
      "name": "学生",
      "confidence": "medium",
      "note": "Group (merged cells in the template); not selectable."
    },
    {
      "code": "30",
      "name": "研究生",
      "parent": "3",
      "confidence": "medium",
      "note": "Group (merged cells in the template); not selectable."
    },
    {
      "code": "301",
      "name": "研究生毕业年级学生",
      "parent": "30",
      "confidence": "medium"
    },
    {
      "code": "302",
      "name": "研究生一年级学生",
      "parent": "30",
      "confidence": "medium"
    },
    {
      "code": "303",
      "name": "研究生其他年级学生",
      "parent": "30",
      "confidence": "medium"
    },
    {
      "code": "31",
      "name": "大学本科学生",
      "parent": "3",
      "confidence": "medium",
      "note": "Group (merged cells in the template); not selectable."
    },
    {
      "code": "311",
      "name": "大学本科毕业年级学生",
      "parent": "31",
      "confidence": "medium"
    },
    {
      "code": "312",
      "name": "大学本科一年级学生",
      "parent": "31",
      "confidence": "medium"
    },
    {
      "code": "313",
      "name": "大学本科其他年级学生",
      "parent": "31",
      "confidence": "medium"
    },
    {
      "code": "32",
      "name": "大学专科学生",
      "parent": "3",
      "confidence": "medium",
      "note": "Group (merged cells in the template); not selectable."
    },
    {
      "code": "321",
      "name": "大学专科毕业年级学生",
      "parent": "32",
      "confidence": "medium"
    },
    {
      "code": "322",
      "name": "大学专科一年级学生",
      "parent": "32",
      "confidence": "medium"
    },
    {
      "code": "323",
      "name": "大学专科其他年级学生",
      "parent": "32",
      "confidence": "medium"
    },
    {
      "code": "33",
      "name": "中等专业学校学生",
      "parent": "3",
      "confidence": "medium",
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. A two-digit leaf (cells C:D merged)."
    },
    {
      "code": "34",
      "name": "高中学生",
      "parent": "3",
      "confidence": "medium",
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. A two-digit leaf."
    },
    {
      "code": "35",
      "name": "技工学校学生",
      "parent": "3",
      "confidence": "medium",
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. A two-digit leaf."
    },
    {
      "code": "5",
      "name": "离退休人员",
      "confidence": "medium",
      "note": "Group (merged cells in the template); not selectable. There is no code 4: 离退休 is 5 and 其他 is 6."
    },
    {
      "code": "501",
      "name": "离休干部",
      "parent": "5",
      "aliases": [
        "离休"
      ],
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. Independently, scmt1/SmartPartyBuilding (jcxf) treats workPosition 501–504 as retirees when it computes 党费 rates."
    },
    {
      "code": "502",
      "name": "退休人员",
      "parent": "5",
      "aliases": [
        "退休"
      ],
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. Same jcxf evidence as 501."
    },
    {
      "code": "503",
      "name": "退职人员",
      "parent": "5",
      "aliases": [
        "退职"
      ],
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. Same jcxf evidence as 501."
    },
    {
      "code": "504",
      "name": "内部退养职工",
      "parent": "5",
      "aliases": [
        "内退",
        "内部退养"
      ],
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. Same jcxf evidence as 501."
    },
    {
      "code": "6",
      "name": "其他人员",
      "confidence": "medium",
      "note": "Group (merged cells in the template); not selectable."
    },
    {
      "code": "601",
      "name": "大学生村官",
      "parent": "6",
      "confidence": "medium"
    },
    {
      "code": "602",
      "name": "社区工作人员",
      "parent": "6",
      "confidence": "medium"
    },
    {
      "code": "603",
      "name": "停薪留职人员",
      "parent": "6",
      "confidence": "medium"
    },
    {
      "code": "604",
      "name": "个体工商户中的从业人员",
      "parent": "6",
      "confidence": "medium"
    },
    {
      "code": "605",
      "name": "自由职业人员",
      "parent": "6",
      "aliases": [
        "自由职业者"
      ],
      "confidence": "medium"
    },
    {
      "code": "606",
      "name": "（转业）待安置、学生毕业未就业的人员",
      "parent": "6",
      "aliases": [
        "转业待安置、学生毕业未就业的人员",
        "转业待安置、学生毕业未就业人员"
      ],
      "confidence": "medium",
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. The template writes '606（转业）…' with no space after the code. The guide writes 转业待安置、学生毕业未就业的人员 and asks for a name list."
    },
    {
      "code": "607",
      "name": "公派或因私出国、出境逾期未归的人员",
      "parent": "6",
      "aliases": [
        "公派或因私出国、出境逾期未归人员"
      ],
      "confidence": "medium",
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. The guide asks for a name list."
    },
    {
      "code": "608",
      "name": "改革后不再保留原机关干部身份，党组织关系仍保留在原单位的人员",
      "parent": "6",
      "aliases": [
        "改革后不再保留原机关干部身份、党组织关系仍保留在原单位的人员"
      ],
      "confidence": "medium",
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. The guide asks for a name list."
    },
    {
      "code": "609",
      "name": "企业破产后，领取保险金或被辞退的职工中未重新就业的人员",
      "parent": "6",
      "confidence": "medium"
    },
    {
      "code": "610",
      "name": "由于各种原因，已经离开本人的生产、工作岗位，并已不在本单位从事其他工作，但仍与单位保留劳动关系的职工（不包括内部退养职工）",
      "parent": "6",
      "confidence": "medium"
    },
    {
      "code": "611",
      "name": "党组织关系在人才（劳动）服务中心，不明职业的人员",
      "parent": "6",
      "aliases": [
        "党组织关系在人才服务中心、不明职业的人员"
      ],
      "confidence": "medium",
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. CONFLICT: the 2017 Yinzhou guide says '611（其他从业人员）'. The template gives 611 to this entry and 612 to 其他从业人员. The template is a machine list; the guide is a transcript that probably mistyped 612, but this is not proven. The guide asks for a name list of 党组织关系在人才服务中心、不明职业的人员."
    },
    {
      "code": "612",
      "name": "其他从业人员",
      "parent": "6",
      "confidence": "medium",
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. CONFLICT with the guide, which calls 其他从业人员 611 (see 611). It is the fallback for an employed member whose post has no code."
    },
    {
      "code": "613",
      "name": "其他无业人员",
      "parent": "6",
      "note": "Leaf: in the dropdown list 工作岗位!A1:A49. The guide agrees: 613 = 其他无业人员, the fallback for an unemployed member whose case has no code."
    }
  ],
  "titleEn": "Work post codes",
  "label": "工作岗位",
  "labelEn": "work post",
  "confidenceNote": "High for the 49 leaves as printed in the template’s dropdown; the hierarchy (from merged cells) is medium; most codes are single-source, their names and order confirmed by an independent web app.",
  "gaps": "Only one copy of the coded list was found (a 2020 WPS-saved copy of the 12371.cn template, not the 中组部 original). CONFLICT: the guide says 611 = 其他从业人员; the template says 611 = 党组织关系在人才（劳动）服务中心，不明职业的人员 and 612 = 其他从业人员 — the template is followed. Structural quirks: no code 4; no 03/031 node above 0311–0315, no 12 node above 122–124, no 021 node above 0211–0218; 2 is a top-level leaf. Whether the live system has hidden parent codes (03, 12, 021), or later additions, is unknown.",
  "hierarchicalCodes": true
};
