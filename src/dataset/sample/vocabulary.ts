/**
 * Word lists the sample district is composed from: place names, unit names, people's names, roads.
 * The district (明州市江滨区) is fictional; the words are ordinary ones, so names look real without
 * naming a real organisation.
 * @module
 */

/** The fictional city and district. */
export const CITY = '明州市';
export const DISTRICT = '江滨区';
/** GB/T 2260 code used for the district's identifiers (a real county-level code, so region checks pass). */
export const DISTRICT_REGION = '330212';
/** Telephone area code of the district's landlines. */
export const AREA_CODE = '0574';

/** 街道 (urban sub-districts) and 镇 (towns). */
export const STREETS = ['江滨', '望湖', '青林', '云帆', '鹤鸣', '桂芳', '明楼', '潘桥'] as const;
export const TOWNS = ['石塘', '横溪', '下湾', '梅岭', '西坞', '柳庄'] as const;

/** Departments under the 区直属机关工作委员会: name, and how many 机关 branches a big one has (0 = one branch). */
export const DEPARTMENTS: readonly (readonly [string, number])[] = [
  ['区纪律检查委员会', 3], ['区委组织部', 2], ['区委宣传部', 0], ['区委统战部', 0], ['区委政法委', 0], ['区委办公室', 2],
  ['区人大常委会机关', 2], ['区政府办公室', 3], ['区政协机关', 0], ['区发展和改革局', 2], ['区科学技术局', 0],
  ['区经济和信息化局', 2], ['区民政局', 2], ['区司法局', 3], ['区财政局', 3], ['区人力资源和社会保障局', 3],
  ['区住房和城乡建设局', 4], ['区交通运输局', 3], ['区农林局', 3], ['区水利局', 2], ['区商务局', 0],
  ['区文化广电新闻出版局', 2], ['区审计局', 0], ['区统计局', 0], ['区环境保护局', 2], ['区市场监督管理局', 5],
  ['区安全生产监督管理局', 0], ['区城市管理局', 4], ['区档案局', 0], ['区总工会', 0], ['区政务服务管理办公室', 0],
  ['区妇联', 0], ['区科协', 0], ['区人民法院', 4], ['区人民检察院', 3], ['区信访局', 0], ['区机关事务管理局', 0],
  ['区残疾人联合会', 0], ['区供销合作社', 2], ['区委老干部局', 0],
];

/** Police stations of the public-security sub-bureau. */
export const POLICE_STATIONS = ['江滨', '望湖', '青林', '云帆', '鹤鸣', '桂芳', '石塘', '横溪', '梅岭'] as const;

/** District-owned enterprise groups. */
export const STATE_GROUPS = ['城市建设投资发展', '交通投资', '水务', '旅游发展', '农业发展'] as const;

/** Syllables of school, community, village, company and road names. */
export const PLACE_FIRST = [
  '春', '景', '和', '安', '明', '华', '锦', '兴', '嘉', '丽', '惠', '瑞', '泰', '东', '南', '西', '北', '新', '文', '长',
  '永', '宝', '福', '金', '银', '桃', '柳', '松', '竹', '梅', '兰', '荷', '桂', '枫', '泉', '湖', '江', '海', '山', '溪',
] as const;
export const COMMUNITY_SECOND = ['园', '苑', '城', '庭', '湾', '里', '悦', '府', '邻', '塘', '桥', '湖'] as const;
export const VILLAGE_FIRST = [
  '陈', '王', '李', '张', '周', '徐', '林', '胡', '俞', '应', '邵', '蔡', '鲍', '翁', '童', '上', '下', '前', '后',
  '东', '西', '南', '北', '大', '小', '新', '石', '沙', '塘', '岩', '竹', '湾', '姜', '施', '钱', '董', '孙',
] as const;
export const VILLAGE_SECOND = [
  '家', '家桥', '家岙', '家塘', '家湾', '河', '岙', '塘', '洋', '桥', '浦', '坞', '山', '溪', '港', '岭', '田', '庄',
  '漕', '头', '底', '堰', '墩', '岸',
] as const;
export const ROAD_SUFFIX = ['路', '街', '路', '巷', '路'] as const;
export const SCHOOL_KINDS: readonly (readonly [string, number])[] = [['小学', 5], ['中学', 3], ['实验学校', 1], ['幼儿园', 2]];

/** Company brand names are two syllables of this list. */
export const BRAND = [
  '恒', '信', '宏', '达', '鑫', '源', '华', '盛', '锦', '泰', '兴', '隆', '联', '创', '博', '远', '永', '正', '精', '瑞',
  '凯', '诚', '德', '裕', '海', '天', '嘉', '富', '晨', '光', '宇', '通', '顺', '力', '新', '星', '益', '升', '丰', '协',
] as const;
export const INDUSTRY = [
  '机械', '电器', '塑业', '纺织', '服饰', '模具', '五金', '电子', '汽车部件', '建材', '物流', '贸易', '科技', '文具',
  '轴承', '家电', '印刷', '包装', '食品', '化工', '光电', '新材料', '智能装备', '工艺品', '针织', '医疗器械',
] as const;
export const COMPANY_FORM = ['有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司'] as const;
export const SOCIAL_ORG_KINDS = ['商会', '协会', '培训学校', '养老服务中心', '社会工作服务社', '律师事务所'] as const;

/** Surnames (with rough weights) and the characters of given names. */
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 8], ['李', 7], ['张', 7], ['陈', 9], ['刘', 5], ['杨', 4], ['黄', 4], ['赵', 3], ['周', 5], ['吴', 4], ['徐', 5],
  ['孙', 3], ['胡', 4], ['朱', 3], ['高', 2], ['林', 4], ['何', 2], ['郭', 2], ['马', 2], ['罗', 2], ['梁', 1], ['宋', 2],
  ['郑', 3], ['谢', 2], ['韩', 1], ['唐', 2], ['冯', 1], ['于', 1], ['董', 2], ['萧', 1], ['程', 1], ['曹', 1], ['袁', 1],
  ['邓', 1], ['许', 2], ['傅', 2], ['沈', 2], ['曾', 1], ['彭', 1], ['吕', 1], ['俞', 3], ['应', 2], ['邵', 2], ['蔡', 2],
  ['鲍', 1], ['翁', 1], ['戴', 2], ['史', 1], ['钱', 1], ['虞', 1], ['欧阳', 0.3], ['上官', 0.1],
];
export const GIVEN_MALE = [
  '伟', '强', '军', '平', '勇', '杰', '涛', '明', '超', '斌', '刚', '波', '辉', '建', '国', '华', '志', '海', '林', '峰',
  '成', '立', '新', '荣', '良', '鹏', '飞', '浩', '宇', '俊', '磊', '晨', '文', '德', '春', '庆', '祥', '义', '福', '忠',
] as const;
export const GIVEN_FEMALE = [
  '芳', '娟', '敏', '静', '丽', '艳', '燕', '玲', '霞', '红', '梅', '萍', '娜', '琴', '云', '莉', '佳', '颖', '婷', '雪',
  '慧', '洁', '琳', '素', '秀', '英', '月', '美', '珍', '凤', '倩', '璐', '蓉', '菊', '兰', '晶', '悦', '欣', '怡', '君',
] as const;

/** Ethnic groups other than 汉族 seen in an east-coast district (with weights). */
export const MINORITIES: readonly (readonly [string, number])[] = [
  ['回族', 3], ['土家族', 3], ['苗族', 2], ['满族', 2], ['壮族', 1], ['蒙古族', 1], ['畲族', 3], ['布依族', 1], ['侗族', 1],
];

/**
 * County-level region codes for ID numbers (GB/T 2260): the district itself, its city, and where
 * members born elsewhere come from (weights roughly: most were born locally).
 */
export const BIRTH_REGIONS: readonly (readonly [string, number])[] = [
  ['330212', 40], ['330203', 6], ['330204', 4], ['330205', 3], ['330206', 3], ['330211', 2], ['330225', 3],
  ['330226', 2], ['330281', 3], ['330282', 3], ['330283', 2], ['330227', 4], ['330102', 1], ['330106', 1],
  ['330302', 1], ['330402', 1], ['330602', 1], ['330702', 1], ['331002', 1], ['332526', 0.5], ['340102', 1],
  ['341221', 1], ['362329', 0.5], ['411302', 0.5], ['422801', 0.5], ['433101', 0.5], ['510113', 0.5], ['522601', 0.5],
  ['360121', 0.5], ['320102', 0.5], ['110105', 0.3], ['310104', 0.5], ['350102', 0.3], ['430102', 0.3], ['640104', 0.2],
];

/** Mobile number segments in use in 2017 (first three digits). */
export const MOBILE_SEGMENTS = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157',
  '158', '159', '176', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189',
] as const;

/** Where floating members (流动党员) went: 省 市 县. */
export const DESTINATIONS = [
  '上海市 上海市 浦东新区', '江苏省 苏州市 昆山市', '广东省 深圳市 宝安区', '广东省 广州市 天河区', '北京市 北京市 朝阳区',
  '浙江省 杭州市 余杭区', '福建省 厦门市 思明区', '新疆维吾尔自治区 乌鲁木齐市 天山区', '四川省 成都市 武侯区',
] as const;
