// Generated from codes/education.json by scripts/generate-codes.ts (`npm run codes:gen`). Do not edit.
import type { CodeTableData } from '../types.js';

/**
 * Every code of 学历代码 (`education`), groups included.
 * @example
 * const code: EducationCode = '11';
 * @category Codes
 */
export type EducationCode =
  | '1'
  | '11'
  | '12'
  | '13'
  | '1A'
  | '1B'
  | '2'
  | '21'
  | '22'
  | '23'
  | '24'
  | '2A'
  | '2B'
  | '2C'
  | '2D'
  | '4'
  | '41'
  | '44'
  | '47'
  | '6'
  | '7'
  | '8'
  | '9';

/**
 * The leaf codes of 学历代码: the ones forms carry.
 * @example
 * const code: EducationLeafCode = '11';
 * @category Codes
 */
export type EducationLeafCode =
  | '11'
  | '12'
  | '13'
  | '1A'
  | '1B'
  | '21'
  | '22'
  | '23'
  | '24'
  | '2A'
  | '2B'
  | '2C'
  | '2D'
  | '41'
  | '44'
  | '47'
  | '6'
  | '7'
  | '8'
  | '9';

/**
 * The data of 学历代码, as in `codes/education.json`.
 * @internal
 */
export const educationData: CodeTableData = {
  "id": "education",
  "title": "学历代码",
  "standard": "中组部学历代码（干部/党员口径，含党校 1A/1B/2A–2D），as in the 2017 member template; NOT GB/T 4658-2006 (see educationGbt4658). Exact standard number and edition not confirmed.",
  "complete": true,
  "confidence": "high",
  "sources": [
    {
      "name": "2017《党员基本信息汇总表》模板（附件4），xiaocheng-keji/71cms public/sys/user.xlsx，隐藏工作表“学历”",
      "what": "The 20 selectable leaves (学历!$A$1:$A$20) as “code name” cells with their groups 1 研究生教育, 2 本专科教育, 4 中等职业学校; 6/7/8/9 are leaves."
    },
    {
      "name": "鄞州区委组织部《关于党组织和党员基本信息采集工作的辅导稿》（2017-07-24），第16项",
      "what": "Fill a code from 《学历代码》, e.g. 12; go by the diploma (a master’s degree without graduate schooling is not 研究生)."
    },
    {
      "name": "pc_edu_code MySQL dump (public code files 16418571407, 16401500301)",
      "what": "The same codes with groups; it adds 61/71/81 below 6/7/8 (not in the template)."
    },
    {
      "name": "jcxf partyMemberEcharts Vue page (public code file 27650689661)",
      "what": "Independent coded labels 1A … 2D, 41 中等专科(中专), 44 职业高中（中技）, 47, 6, 7, 8, 9; 研究生班 for 13."
    },
    {
      "name": "Older party-member web app (public code files 36576916505, 36286968826, 36716110913, 36842192937)",
      "what": "The same 20 leaf names in the same order."
    },
    {
      "name": "Navicat dump of 2017 records, 亳州 (public code file 18613607142)",
      "what": "Real 2017 records store names from this list (中等专科, 普通高中, 大专, 大学, 初中, 小学)."
    }
  ],
  "entries": [
    {
      "code": "1",
      "name": "研究生教育",
      "note": "Group in the template’s dropdown sheet; not selectable."
    },
    {
      "code": "11",
      "name": "博士研究生",
      "parent": "1",
      "aliases": [
        "博士"
      ],
      "note": "Alias 博士 accepted with the warning member.education.degree; the guide says go by the diploma (学历证书), not the degree."
    },
    {
      "code": "12",
      "name": "硕士研究生",
      "parent": "1",
      "aliases": [
        "硕士"
      ],
      "note": "The guide’s example value (item 16). Alias 硕士 accepted with the warning member.education.degree, but a member with a master’s degree and no graduate diploma is not 研究生 (go by the diploma)."
    },
    {
      "code": "13",
      "name": "硕士生班",
      "parent": "1",
      "aliases": [
        "研究生班"
      ],
      "note": "One independent system labels it 研究生班."
    },
    {
      "code": "1A",
      "name": "中央党校研究生",
      "parent": "1"
    },
    {
      "code": "1B",
      "name": "省（区、市）委党校研究生",
      "parent": "1",
      "aliases": [
        "省委党校研究生",
        "省（区，市）委党校研究生"
      ],
      "note": "One dump writes 省（区，市）."
    },
    {
      "code": "2",
      "name": "本专科教育",
      "note": "Group in the template’s dropdown sheet; not selectable."
    },
    {
      "code": "21",
      "name": "大学",
      "parent": "2",
      "aliases": [
        "本科",
        "大学本科",
        "学士"
      ],
      "note": "Alias 学士 (the degree of a 本科 graduate) accepted; the member check warns (member.education.degree): go by the diploma (guide item 16)."
    },
    {
      "code": "22",
      "name": "大专",
      "parent": "2",
      "aliases": [
        "专科",
        "大学专科"
      ]
    },
    {
      "code": "23",
      "name": "大学普通班",
      "parent": "2",
      "aliases": [
        "大学普通版"
      ],
      "note": "One dump misspells it 大学普通版."
    },
    {
      "code": "24",
      "name": "第二学士学位班",
      "parent": "2",
      "aliases": [
        "第二学士学位",
        "第二学士学位办"
      ],
      "note": "One dump misspells it 第二学士学位办."
    },
    {
      "code": "2A",
      "name": "中央党校大学",
      "parent": "2"
    },
    {
      "code": "2B",
      "name": "省（区、市）委党校大学",
      "parent": "2",
      "aliases": [
        "省委党校大学"
      ]
    },
    {
      "code": "2C",
      "name": "中央党校大专",
      "parent": "2"
    },
    {
      "code": "2D",
      "name": "省（区、市）委党校大专",
      "parent": "2",
      "aliases": [
        "省委党校大专"
      ]
    },
    {
      "code": "4",
      "name": "中等职业学校",
      "aliases": [
        "中等职业学校教育"
      ],
      "note": "Group in the template’s dropdown sheet (one dump: 中等职业学校教育); not selectable."
    },
    {
      "code": "41",
      "name": "中等专科",
      "parent": "4",
      "aliases": [
        "中专",
        "中等专科（中专）"
      ]
    },
    {
      "code": "44",
      "name": "职业高中",
      "parent": "4",
      "aliases": [
        "职高",
        "职业高中（中技）"
      ]
    },
    {
      "code": "47",
      "name": "技工学校",
      "parent": "4",
      "aliases": [
        "技校"
      ]
    },
    {
      "code": "6",
      "name": "普通高中",
      "aliases": [
        "高中"
      ],
      "note": "A leaf in the template (no 61 below it); some local systems write 61."
    },
    {
      "code": "7",
      "name": "初中",
      "note": "A leaf in the template; some local systems write 71."
    },
    {
      "code": "8",
      "name": "小学",
      "note": "A leaf in the template; some local systems write 81."
    },
    {
      "code": "9",
      "name": "其他",
      "aliases": [
        "其它"
      ]
    }
  ],
  "titleEn": "Education codes (Party member form)",
  "label": "学历",
  "labelEn": "education",
  "confidenceNote": "The 20 leaves are the dropdown of the distributed 2017 template and match three independent code bases; group names from the template.",
  "gaps": "Whether the list was revised after 2017 is unknown. Some local systems write 61/71/81 for 普通高中/初中/小学; the template uses 6/7/8 as leaves, so 61/71/81 are unknown codes here. One 党内统计 tool uses a conflicting group scheme (1% 研究生 … 6% 初中及以下); not used.",
  "hierarchicalCodes": true
};
