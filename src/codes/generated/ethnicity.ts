// Generated from codes/ethnicity.json by scripts/generate-codes.ts (`npm run codes:gen`). Do not edit.
import type { CodeTableData } from '../types.js';

/**
 * Every code of 民族代码 (`ethnicity`), groups included.
 * @example
 * const code: EthnicityCode = '01';
 * @category Codes
 */
export type EthnicityCode =
  | '01'
  | '02'
  | '03'
  | '04'
  | '05'
  | '06'
  | '07'
  | '08'
  | '09'
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
  | '24'
  | '25'
  | '26'
  | '27'
  | '28'
  | '29'
  | '30'
  | '31'
  | '32'
  | '33'
  | '34'
  | '35'
  | '36'
  | '37'
  | '38'
  | '39'
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
  | '50'
  | '51'
  | '52'
  | '53'
  | '54'
  | '55'
  | '56'
  | '91'
  | '92';

/**
 * The leaf codes of 民族代码: the ones forms carry.
 * @example
 * const code: EthnicityLeafCode = '01';
 * @category Codes
 */
export type EthnicityLeafCode =
  | '01'
  | '02'
  | '03'
  | '04'
  | '05'
  | '06'
  | '07'
  | '08'
  | '09'
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
  | '24'
  | '25'
  | '26'
  | '27'
  | '28'
  | '29'
  | '30'
  | '31'
  | '32'
  | '33'
  | '34'
  | '35'
  | '36'
  | '37'
  | '38'
  | '39'
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
  | '50'
  | '51'
  | '52'
  | '53'
  | '54'
  | '55'
  | '56'
  | '91'
  | '92';

/**
 * The data of 民族代码, as in `codes/ethnicity.json`.
 * @internal
 */
export const ethnicityData: CodeTableData = {
  "id": "ethnicity",
  "title": "民族代码",
  "standard": "GB/T 3304-1991《中国各民族名称的罗马字母拼写法和代码》 for 01–56 (numeric code, romanisation, two-letter code), plus the party system’s 91 其他族 and 92 外国血统 from the 2017 member template.",
  "complete": true,
  "confidence": "high",
  "sources": [
    {
      "name": "GB/T 3304-1991",
      "what": "The standard: numeric codes 01–56, romanisation and two-letter codes (cited by official data manuals: wenku.minyifei.cn, 360docs.net/doc/225368525.html)."
    },
    {
      "name": "2017《党员基本信息汇总表》模板（附件4），xiaocheng-keji/71cms public/sys/user.xlsx，隐藏工作表“民族”",
      "what": "The 58 dropdown items: 01 汉族 … 56 基诺族, 91 其他族, 92 外国血统."
    },
    {
      "name": "Python ETHNICITY_DATA (public code file 44503494856)",
      "what": "All 56 rows with romanisation and letter codes."
    },
    {
      "name": "JS nationInfo (public code file 31258341748)",
      "what": "All 56 rows with letter codes (拉祜族 given as LG, one disagreement); local extensions 81/97/98 not taken."
    },
    {
      "name": "JS table “GB/T 3304 字母代码” (public code file 62213414448) and SQL dictionary (public code file 7150623461)",
      "what": "Letter codes for 37–56 and romanisation for 43–56, identical."
    },
    {
      "name": "鄞州区委组织部《关于党组织和党员基本信息采集工作的辅导稿》（2017-07-24），第13项",
      "what": "The form records the full name (汉族、土家族); the short form and the code are accepted too."
    }
  ],
  "entries": [
    {
      "code": "01",
      "name": "汉族",
      "roman": "Han",
      "letter": "HA",
      "aliases": [
        "汉"
      ]
    },
    {
      "code": "02",
      "name": "蒙古族",
      "roman": "Mongol",
      "letter": "MG",
      "aliases": [
        "蒙古"
      ]
    },
    {
      "code": "03",
      "name": "回族",
      "roman": "Hui",
      "letter": "HU",
      "aliases": [
        "回"
      ]
    },
    {
      "code": "04",
      "name": "藏族",
      "roman": "Zang",
      "letter": "ZA",
      "aliases": [
        "藏"
      ]
    },
    {
      "code": "05",
      "name": "维吾尔族",
      "roman": "Uygur",
      "letter": "UG",
      "aliases": [
        "维吾尔"
      ]
    },
    {
      "code": "06",
      "name": "苗族",
      "roman": "Miao",
      "letter": "MH",
      "aliases": [
        "苗"
      ]
    },
    {
      "code": "07",
      "name": "彝族",
      "roman": "Yi",
      "letter": "YI",
      "aliases": [
        "彝"
      ]
    },
    {
      "code": "08",
      "name": "壮族",
      "roman": "Zhuang",
      "letter": "ZH",
      "aliases": [
        "壮"
      ]
    },
    {
      "code": "09",
      "name": "布依族",
      "roman": "Buyei",
      "letter": "BY",
      "aliases": [
        "布依"
      ]
    },
    {
      "code": "10",
      "name": "朝鲜族",
      "roman": "Chosen",
      "letter": "CS",
      "aliases": [
        "朝鲜"
      ]
    },
    {
      "code": "11",
      "name": "满族",
      "roman": "Man",
      "letter": "MA",
      "aliases": [
        "满"
      ]
    },
    {
      "code": "12",
      "name": "侗族",
      "roman": "Dong",
      "letter": "DO",
      "aliases": [
        "侗"
      ]
    },
    {
      "code": "13",
      "name": "瑶族",
      "roman": "Yao",
      "letter": "YA",
      "aliases": [
        "瑶"
      ]
    },
    {
      "code": "14",
      "name": "白族",
      "roman": "Bai",
      "letter": "BA",
      "aliases": [
        "白"
      ]
    },
    {
      "code": "15",
      "name": "土家族",
      "roman": "Tujia",
      "letter": "TJ",
      "aliases": [
        "土家"
      ]
    },
    {
      "code": "16",
      "name": "哈尼族",
      "roman": "Hani",
      "letter": "HN",
      "aliases": [
        "哈尼"
      ]
    },
    {
      "code": "17",
      "name": "哈萨克族",
      "roman": "Kazak",
      "letter": "KZ",
      "aliases": [
        "哈萨克"
      ]
    },
    {
      "code": "18",
      "name": "傣族",
      "roman": "Dai",
      "letter": "DA",
      "aliases": [
        "傣"
      ]
    },
    {
      "code": "19",
      "name": "黎族",
      "roman": "Li",
      "letter": "LI",
      "aliases": [
        "黎"
      ]
    },
    {
      "code": "20",
      "name": "傈僳族",
      "roman": "Lisu",
      "letter": "LS",
      "aliases": [
        "傈僳",
        "傈傈族",
        "僳僳族"
      ],
      "note": "Misspellings 傈傈族 / 僳僳族 seen in code are accepted as aliases."
    },
    {
      "code": "21",
      "name": "佤族",
      "roman": "Va",
      "letter": "VA",
      "aliases": [
        "佤"
      ]
    },
    {
      "code": "22",
      "name": "畲族",
      "roman": "She",
      "letter": "SH",
      "aliases": [
        "畲"
      ]
    },
    {
      "code": "23",
      "name": "高山族",
      "roman": "Gaoshan",
      "letter": "GS",
      "aliases": [
        "高山"
      ]
    },
    {
      "code": "24",
      "name": "拉祜族",
      "roman": "Lahu",
      "letter": "LH",
      "aliases": [
        "拉祜",
        "LG"
      ],
      "note": "One source gives the letter code LG (accepted as an alias); GB/T 3304 gives LH."
    },
    {
      "code": "25",
      "name": "水族",
      "roman": "Sui",
      "letter": "SU",
      "aliases": [
        "水"
      ]
    },
    {
      "code": "26",
      "name": "东乡族",
      "roman": "Dongxiang",
      "letter": "DX",
      "aliases": [
        "东乡"
      ]
    },
    {
      "code": "27",
      "name": "纳西族",
      "roman": "Naxi",
      "letter": "NX",
      "aliases": [
        "纳西"
      ]
    },
    {
      "code": "28",
      "name": "景颇族",
      "roman": "Jingpo",
      "letter": "JP",
      "aliases": [
        "景颇"
      ]
    },
    {
      "code": "29",
      "name": "柯尔克孜族",
      "roman": "Kirgiz",
      "letter": "KG",
      "aliases": [
        "柯尔克孜"
      ]
    },
    {
      "code": "30",
      "name": "土族",
      "roman": "Tu",
      "letter": "TU",
      "aliases": [
        "土"
      ]
    },
    {
      "code": "31",
      "name": "达斡尔族",
      "roman": "Daur",
      "letter": "DU",
      "aliases": [
        "达斡尔",
        "达翰尔族"
      ],
      "note": "Misspelling 达翰尔族 seen in code is accepted as an alias."
    },
    {
      "code": "32",
      "name": "仫佬族",
      "roman": "Mulao",
      "letter": "ML",
      "aliases": [
        "仫佬"
      ]
    },
    {
      "code": "33",
      "name": "羌族",
      "roman": "Qiang",
      "letter": "QI",
      "aliases": [
        "羌"
      ]
    },
    {
      "code": "34",
      "name": "布朗族",
      "roman": "Blang",
      "letter": "BL",
      "aliases": [
        "布朗"
      ]
    },
    {
      "code": "35",
      "name": "撒拉族",
      "roman": "Salar",
      "letter": "SL",
      "aliases": [
        "撒拉"
      ]
    },
    {
      "code": "36",
      "name": "毛南族",
      "roman": "Maonan",
      "letter": "MN",
      "aliases": [
        "毛南",
        "毛难族"
      ],
      "note": "Old name 毛难族 (renamed 1986) still appears in data; accepted as an alias."
    },
    {
      "code": "37",
      "name": "仡佬族",
      "roman": "Gelao",
      "letter": "GL",
      "aliases": [
        "仡佬"
      ]
    },
    {
      "code": "38",
      "name": "锡伯族",
      "roman": "Xibe",
      "letter": "XB",
      "aliases": [
        "锡伯"
      ]
    },
    {
      "code": "39",
      "name": "阿昌族",
      "roman": "Achang",
      "letter": "AC",
      "aliases": [
        "阿昌"
      ]
    },
    {
      "code": "40",
      "name": "普米族",
      "roman": "Pumi",
      "letter": "PM",
      "aliases": [
        "普米"
      ]
    },
    {
      "code": "41",
      "name": "塔吉克族",
      "roman": "Tajik",
      "letter": "TA",
      "aliases": [
        "塔吉克"
      ]
    },
    {
      "code": "42",
      "name": "怒族",
      "roman": "Nu",
      "letter": "NU",
      "aliases": [
        "怒"
      ]
    },
    {
      "code": "43",
      "name": "乌孜别克族",
      "roman": "Uzbek",
      "letter": "UZ",
      "aliases": [
        "乌孜别克"
      ]
    },
    {
      "code": "44",
      "name": "俄罗斯族",
      "roman": "Russ",
      "letter": "RS",
      "aliases": [
        "俄罗斯"
      ]
    },
    {
      "code": "45",
      "name": "鄂温克族",
      "roman": "Ewenki",
      "letter": "EW",
      "aliases": [
        "鄂温克"
      ]
    },
    {
      "code": "46",
      "name": "德昂族",
      "roman": "Deang",
      "letter": "DE",
      "aliases": [
        "德昂",
        "崩龙族"
      ],
      "note": "Old name 崩龙族 (renamed 1985) still appears in data; accepted as an alias."
    },
    {
      "code": "47",
      "name": "保安族",
      "roman": "Bonan",
      "letter": "BN",
      "aliases": [
        "保安"
      ]
    },
    {
      "code": "48",
      "name": "裕固族",
      "roman": "Yugur",
      "letter": "YG",
      "aliases": [
        "裕固"
      ]
    },
    {
      "code": "49",
      "name": "京族",
      "roman": "Gin",
      "letter": "GI",
      "aliases": [
        "京",
        "Jing"
      ],
      "note": "One SQL dictionary romanises it jing; accepted as an alias."
    },
    {
      "code": "50",
      "name": "塔塔尔族",
      "roman": "Tatar",
      "letter": "TT",
      "aliases": [
        "塔塔尔"
      ]
    },
    {
      "code": "51",
      "name": "独龙族",
      "roman": "Derung",
      "letter": "DR",
      "aliases": [
        "独龙"
      ]
    },
    {
      "code": "52",
      "name": "鄂伦春族",
      "roman": "Oroqen",
      "letter": "OR",
      "aliases": [
        "鄂伦春"
      ]
    },
    {
      "code": "53",
      "name": "赫哲族",
      "roman": "Hezhen",
      "letter": "HZ",
      "aliases": [
        "赫哲"
      ]
    },
    {
      "code": "54",
      "name": "门巴族",
      "roman": "Monba",
      "letter": "MB",
      "aliases": [
        "门巴"
      ]
    },
    {
      "code": "55",
      "name": "珞巴族",
      "roman": "Lhoba",
      "letter": "LB",
      "aliases": [
        "珞巴"
      ]
    },
    {
      "code": "56",
      "name": "基诺族",
      "roman": "Jino",
      "letter": "JN",
      "aliases": [
        "基诺",
        "基洛族"
      ],
      "note": "Misspelling 基洛族 seen in one file is accepted as an alias."
    },
    {
      "code": "91",
      "name": "其他族",
      "aliases": [
        "其他",
        "其它",
        "其他民族"
      ],
      "note": "Party-system code from the 2017 template’s dropdown; GB/T 3304 has no 91 (some HR systems use 97 其他)."
    },
    {
      "code": "92",
      "name": "外国血统",
      "aliases": [
        "外国血统中国籍人士"
      ],
      "note": "Party-system code from the 2017 template’s dropdown (外国血统中国籍人士); GB/T 3304-based HR systems use 98."
    }
  ],
  "titleEn": "Ethnic group codes",
  "label": "民族",
  "labelEn": "ethnicity",
  "gaps": "Letter codes for 91/92 are not standardised. Local variants are not mixed in: 57 其他 / 58 外国血统中国籍人士 (one party system, which also drops leading zeros: 1 汉族), 97 其他 / 98 外国血统中国籍人士 (GB/T 3304-style HR systems), 81 穿青人族 (one school system), 99 未说明民族 (GB/T 2261-style). 穿青人 is not a recognised group and has no code.",
  "hierarchicalCodes": false,
  "columns": [
    {
      "key": "roman",
      "title": "罗马字母拼写 Romanisation",
      "note": "GB/T 3304; also accepted as an alias"
    },
    {
      "key": "letter",
      "title": "字母代码 Letter code",
      "note": "GB/T 3304; also accepted as an alias"
    }
  ],
  "aliasColumns": [
    "roman",
    "letter"
  ]
};
