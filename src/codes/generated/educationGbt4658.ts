// Generated from codes/educationGbt4658.json by scripts/generate-codes.ts (`npm run codes:gen`). Do not edit.
import type { CodeTableData } from '../types.js';

/**
 * Every code of 学历代码（GB/T 4658-2006） (`educationGbt4658`), groups included.
 * @example
 * const code: EducationGbt4658Code = '11';
 * @category Codes
 */
export type EducationGbt4658Code =
  | '10'
  | '11'
  | '12'
  | '13'
  | '14'
  | '15'
  | '16'
  | '17'
  | '18'
  | '19'
  | '20'
  | '21'
  | '22'
  | '23'
  | '28'
  | '30'
  | '31'
  | '32'
  | '33'
  | '40'
  | '41'
  | '42'
  | '43'
  | '44'
  | '45'
  | '46'
  | '47'
  | '48'
  | '49'
  | '60'
  | '61'
  | '62'
  | '63'
  | '70'
  | '71'
  | '73'
  | '80'
  | '81'
  | '83'
  | '90';

/**
 * The leaf codes of 学历代码（GB/T 4658-2006）: the ones forms carry.
 * @example
 * const code: EducationGbt4658LeafCode = '11';
 * @category Codes
 */
export type EducationGbt4658LeafCode =
  | '11'
  | '12'
  | '13'
  | '14'
  | '15'
  | '16'
  | '17'
  | '18'
  | '19'
  | '21'
  | '22'
  | '23'
  | '28'
  | '31'
  | '32'
  | '33'
  | '41'
  | '42'
  | '43'
  | '44'
  | '45'
  | '46'
  | '47'
  | '48'
  | '49'
  | '61'
  | '62'
  | '63'
  | '71'
  | '73'
  | '81'
  | '83'
  | '90';

/**
 * The data of 学历代码（GB/T 4658-2006）, as in `codes/educationGbt4658.json`.
 * @internal
 */
export const educationGbt4658Data: CodeTableData = {
  "id": "educationGbt4658",
  "title": "学历代码（GB/T 4658-2006）",
  "standard": "GB/T 4658-2006 学历代码 — the national standard many HR systems store. NOT the code set of the 2017 member form (see education); each leaf carries mapsTo, the party education code it corresponds to, where that is defensible.",
  "complete": true,
  "confidence": "high",
  "sources": [
    {
      "name": "GB/T 4658-2006",
      "what": "The standard (学历代码 引自GB/T 4658-2006 per 360docs.net/doc/225368525.html, which also defines 毕业/结业/肄业, 大学普通班 1970–1976 and 研究生班)."
    },
    {
      "name": "Java enum E_EducationLevel (public code file 46747157220)",
      "what": "All 40 codes 10–90 with names."
    },
    {
      "name": "Java enum Education (public code file 70489728685)",
      "what": "The same 40 codes; group-name variants 大学本科 / 专科教育."
    },
    {
      "name": "XML bean comment and JS table (public code files 527860308, 62213414448)",
      "what": "The same codes."
    },
    {
      "name": "education (this project’s party education table)",
      "what": "The targets of mapsTo."
    }
  ],
  "entries": [
    {
      "code": "10",
      "name": "研究生教育",
      "note": "Group (x0); not a leaf; no mapping."
    },
    {
      "code": "11",
      "name": "博士研究生毕业",
      "mapsTo": "11",
      "mapsToConfidence": "high",
      "parent": "10"
    },
    {
      "code": "12",
      "name": "博士研究生结业",
      "mapsTo": "11",
      "mapsToConfidence": "low",
      "parent": "10",
      "note": "结业 gives a 结业证书, not a 毕业证书; mapped to the same level, doubtful (the guide: go by the diploma)."
    },
    {
      "code": "13",
      "name": "博士研究生肄业",
      "parent": "10",
      "note": "肄业 (left without finishing): the party code goes by the diploma held, which this code does not show — no mapping; look up the member’s highest diploma."
    },
    {
      "code": "14",
      "name": "硕士研究生毕业",
      "mapsTo": "12",
      "mapsToConfidence": "high",
      "parent": "10",
      "note": "Party code 12 硕士研究生 (not party code 14, which does not exist)."
    },
    {
      "code": "15",
      "name": "硕士研究生结业",
      "mapsTo": "12",
      "mapsToConfidence": "low",
      "parent": "10",
      "note": "结业 gives a 结业证书, not a 毕业证书; mapped to the same level, doubtful (the guide: go by the diploma)."
    },
    {
      "code": "16",
      "name": "硕士研究生肄业",
      "parent": "10",
      "note": "肄业 (left without finishing): the party code goes by the diploma held, which this code does not show — no mapping; look up the member’s highest diploma."
    },
    {
      "code": "17",
      "name": "研究生班毕业",
      "mapsTo": "13",
      "mapsToConfidence": "medium",
      "parent": "10",
      "note": "研究生班 ≈ the party code 13 硕士生班 (one independent system labels 13 研究生班)."
    },
    {
      "code": "18",
      "name": "研究生班结业",
      "mapsTo": "13",
      "mapsToConfidence": "low",
      "parent": "10",
      "note": "结业 gives a 结业证书, not a 毕业证书; mapped to the same level, doubtful (the guide: go by the diploma)."
    },
    {
      "code": "19",
      "name": "研究生班肄业",
      "parent": "10",
      "note": "肄业 (left without finishing): the party code goes by the diploma held, which this code does not show — no mapping; look up the member’s highest diploma."
    },
    {
      "code": "20",
      "name": "大学本科教育",
      "aliases": [
        "大学本科"
      ],
      "note": "Group (x0); not a leaf; no mapping. Group names vary between sources."
    },
    {
      "code": "21",
      "name": "大学本科毕业",
      "mapsTo": "21",
      "mapsToConfidence": "high",
      "parent": "20"
    },
    {
      "code": "22",
      "name": "大学本科结业",
      "mapsTo": "21",
      "mapsToConfidence": "low",
      "parent": "20",
      "note": "结业 gives a 结业证书, not a 毕业证书; mapped to the same level, doubtful. Beware: party code 22 is 大专, not this."
    },
    {
      "code": "23",
      "name": "大学本科肄业",
      "parent": "20",
      "note": "肄业 (left without finishing): the party code goes by the diploma held, which this code does not show — no mapping; look up the member’s highest diploma."
    },
    {
      "code": "28",
      "name": "大学普通班毕业",
      "mapsTo": "23",
      "mapsToConfidence": "high",
      "parent": "20",
      "note": "Students admitted to regular universities 1970–1976; party code 23 大学普通班."
    },
    {
      "code": "30",
      "name": "大学专科教育",
      "aliases": [
        "专科教育"
      ],
      "note": "Group (x0); not a leaf; no mapping. Group names vary between sources."
    },
    {
      "code": "31",
      "name": "大学专科毕业",
      "mapsTo": "22",
      "mapsToConfidence": "high",
      "parent": "30",
      "note": "Party code 22 大专 (not party code 31, which does not exist)."
    },
    {
      "code": "32",
      "name": "大学专科结业",
      "mapsTo": "22",
      "mapsToConfidence": "low",
      "parent": "30",
      "note": "结业 gives a 结业证书, not a 毕业证书; mapped to the same level, doubtful (the guide: go by the diploma)."
    },
    {
      "code": "33",
      "name": "大学专科肄业",
      "parent": "30",
      "note": "肄业 (left without finishing): the party code goes by the diploma held, which this code does not show — no mapping; look up the member’s highest diploma."
    },
    {
      "code": "40",
      "name": "中等职业教育",
      "note": "Group (x0); not a leaf; no mapping."
    },
    {
      "code": "41",
      "name": "中等专科毕业",
      "mapsTo": "41",
      "mapsToConfidence": "high",
      "parent": "40"
    },
    {
      "code": "42",
      "name": "中等专科结业",
      "mapsTo": "41",
      "mapsToConfidence": "low",
      "parent": "40",
      "note": "结业 gives a 结业证书, not a 毕业证书; mapped to the same level, doubtful (the guide: go by the diploma)."
    },
    {
      "code": "43",
      "name": "中等专科肄业",
      "parent": "40",
      "note": "肄业 (left without finishing): the party code goes by the diploma held, which this code does not show — no mapping; look up the member’s highest diploma."
    },
    {
      "code": "44",
      "name": "职业高中毕业",
      "mapsTo": "44",
      "mapsToConfidence": "high",
      "parent": "40"
    },
    {
      "code": "45",
      "name": "职业高中结业",
      "mapsTo": "44",
      "mapsToConfidence": "low",
      "parent": "40",
      "note": "结业 gives a 结业证书, not a 毕业证书; mapped to the same level, doubtful (the guide: go by the diploma)."
    },
    {
      "code": "46",
      "name": "职业高中肄业",
      "parent": "40",
      "note": "肄业 (left without finishing): the party code goes by the diploma held, which this code does not show — no mapping; look up the member’s highest diploma."
    },
    {
      "code": "47",
      "name": "技工学校毕业",
      "mapsTo": "47",
      "mapsToConfidence": "high",
      "parent": "40"
    },
    {
      "code": "48",
      "name": "技工学校结业",
      "mapsTo": "47",
      "mapsToConfidence": "low",
      "parent": "40",
      "note": "结业 gives a 结业证书, not a 毕业证书; mapped to the same level, doubtful (the guide: go by the diploma)."
    },
    {
      "code": "49",
      "name": "技工学校肄业",
      "parent": "40",
      "note": "肄业 (left without finishing): the party code goes by the diploma held, which this code does not show — no mapping; look up the member’s highest diploma."
    },
    {
      "code": "60",
      "name": "普通高级中学教育",
      "note": "Group (x0); not a leaf; no mapping. Group names vary between sources."
    },
    {
      "code": "61",
      "name": "普通高中毕业",
      "mapsTo": "6",
      "mapsToConfidence": "high",
      "parent": "60",
      "note": "Party code 6 普通高中 (a leaf in the party template; some systems write 61)."
    },
    {
      "code": "62",
      "name": "普通高中结业",
      "mapsTo": "6",
      "mapsToConfidence": "low",
      "parent": "60",
      "note": "结业 gives a 结业证书, not a 毕业证书; mapped to the same level, doubtful (the guide: go by the diploma)."
    },
    {
      "code": "63",
      "name": "普通高中肄业",
      "parent": "60",
      "note": "肄业 (left without finishing): the party code goes by the diploma held, which this code does not show — no mapping; look up the member’s highest diploma."
    },
    {
      "code": "70",
      "name": "初级中学教育",
      "note": "Group (x0); not a leaf; no mapping."
    },
    {
      "code": "71",
      "name": "初中毕业",
      "mapsTo": "7",
      "mapsToConfidence": "high",
      "parent": "70"
    },
    {
      "code": "73",
      "name": "初中肄业",
      "parent": "70",
      "note": "肄业 (left without finishing): the party code goes by the diploma held, which this code does not show — no mapping; look up the member’s highest diploma."
    },
    {
      "code": "80",
      "name": "小学教育",
      "note": "Group (x0); not a leaf; no mapping."
    },
    {
      "code": "81",
      "name": "小学毕业",
      "mapsTo": "8",
      "mapsToConfidence": "high",
      "parent": "80"
    },
    {
      "code": "83",
      "name": "小学肄业",
      "parent": "80",
      "note": "肄业 (left without finishing): the party code goes by the diploma held, which this code does not show — no mapping; look up the member’s highest diploma."
    },
    {
      "code": "90",
      "name": "其他",
      "mapsTo": "9",
      "mapsToConfidence": "medium",
      "note": "Party code 9 其他 also covers less than primary school, presumably; not confirmed."
    }
  ],
  "titleEn": "Education codes (GB/T 4658-2006)",
  "label": "学历（GB/T 4658）",
  "labelEn": "education (GB/T 4658)",
  "confidenceNote": "The codes are high (four agreeing sources); the mapping to party codes is this project’s reading, per entry in mapsToConfidence.",
  "gaps": "Group names vary slightly between sources. There is no 72 or 82. GB/T 4658 has no codes for the party-school diplomas (1A, 1B, 2A–2D) or 24 第二学士学位班, so those party codes have no GB/T 4658 source. 肄业 codes have no mapping. Beware of same-looking codes with different meanings: GB/T 22 大学本科结业 vs party 22 大专; GB/T 14 vs party 12.",
  "hierarchicalCodes": false,
  "columns": [
    {
      "key": "mapsTo",
      "title": "党员学历代码 Party code",
      "note": "the party education code (education table) this code maps to; blank where no mapping is defensible"
    },
    {
      "key": "mapsToConfidence",
      "title": "对应可信度 Mapping confidence",
      "note": "low = doubtful: mapGbt4658ToEducation reports code.unverified"
    }
  ]
};
