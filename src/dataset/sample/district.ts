/**
 * The shape of the sample district, after the guide's own (鄞州区: 2,906 orgs, 61,451 members): one
 * district committee; the 区直机关工委 with the departments; the education, health and police
 * systems; district-owned enterprises; streets (街道党工委) with communities, a few villages and a
 * 两新组织综合党委; towns (镇党委) with villages; and the non-public enterprises, joint branches and
 * social organisations that make up most of the count.
 * @module
 */
import { addBody, addBranch, addOrg, chineseNumeral, makeUnit, placeWord, uniqueName, type Builder } from './builder.js';
import type { Profile } from './types.js';
import {
  CITY, COMMUNITY_SECOND, DEPARTMENTS, DISTRICT, POLICE_STATIONS, SCHOOL_KINDS, STATE_GROUPS, STREETS, TOWNS,
  VILLAGE_FIRST, VILLAGE_SECOND,
} from './vocabulary.js';

const D = DISTRICT; // 江滨区
const CITY_D = CITY + DISTRICT; // 明州市江滨区

/** A township-level place (street or town): where 两新 orgs are filled in later. */
export interface Township {
  /** `江滨区石塘镇`. */
  stem: string;
  /** Index of its 两新组织综合党委. */
  twoNew: number;
  /** Home address prefix `明州市江滨区石塘镇`. */
  home: string;
  isTown: boolean;
}

/** Builds everything but the 两新 filler; returns the townships to fill. */
export function buildDistrictCore(b: Builder): Township[] {
  const { rnd } = b;
  const root = addOrg(b, undefined, `中共${CITY_D}委员会`, '611', 'legal-entity',
    makeUnit(b, `中国共产党${CITY_D}委员会`, '4', '11', '11'));

  // 区直机关工委 and the departments.
  const organs = addOrg(b, root, `中共${D}直属机关工作委员会`, '611', 'legal-entity',
    makeUnit(b, `中共${CITY_D}直属机关工作委员会`, '4', '11', '11'));
  const organHome = `${CITY_D}`;
  for (const [dept, branchCount] of DEPARTMENTS) {
    const stem = `中共江滨${dept}`;
    const unitName = `${CITY}江滨${dept}`;
    if (branchCount === 0) {
      addBranch(b, organs, `${stem}机关支部委员会`, { profile: 'organ', home: organHome, size: rnd.int(8, 35) },
        'legal-entity', makeUnit(b, unitName, '4', '13', '11'));
      continue;
    }
    const top = addOrg(b, organs, `${stem}机关委员会`, '611', 'legal-entity', makeUnit(b, unitName, '4', '11', '11'));
    for (let n = 1; n <= branchCount; n++) {
      addBranch(b, top, `${stem}机关第${chineseNumeral(n)}支部委员会`, { profile: 'organ', home: organHome, size: rnd.int(10, 35) });
    }
    addBranch(b, top, `${stem}离退休干部支部委员会`, { profile: 'retiree', home: organHome, size: rnd.int(10, 40) });
  }

  // Public security: stations are branches of the sub-bureau (not legal entities themselves).
  const police = addOrg(b, root, `中共${CITY}公安局江滨分局委员会`, '611', 'legal-entity',
    makeUnit(b, `${CITY}公安局江滨分局`, '4', '11', '11'));
  for (let n = 1; n <= 3; n++) {
    addBranch(b, police, `中共${CITY}公安局江滨分局机关第${chineseNumeral(n)}支部委员会`, { profile: 'police', home: organHome, size: rnd.int(15, 40) });
  }
  for (const station of POLICE_STATIONS) {
    addBranch(b, police, `中共${CITY}公安局江滨分局${station}派出所支部委员会`, { profile: 'police', home: organHome, size: rnd.int(12, 40) });
  }

  buildEducation(b, root);
  const health = buildHealth(b, root);

  // District-owned enterprise groups.
  for (const group of STATE_GROUPS) {
    const company = `${CITY_D}${group}集团有限公司`;
    const top = addOrg(b, root, `中共${company}委员会`, '611', 'legal-entity', makeUnit(b, company, '21', '11', '91'));
    const branchCount = rnd.int(2, 4);
    for (let n = 1; n <= branchCount; n++) {
      addBranch(b, top, `中共${company}第${chineseNumeral(n)}支部委员会`, { profile: 'state', home: organHome, size: rnd.int(10, 40) });
    }
    const subsidiaries = rnd.int(1, 3);
    for (let n = 0; n < subsidiaries; n++) {
      const sub = uniqueName(b, () => `${CITY_D}${group}${rnd.pick(['工程', '建设', '物业管理', '运营', '置业', '检测'])}有限公司`);
      addBranch(b, top, `中共${sub}支部委员会`, { profile: 'state', home: organHome, size: rnd.int(5, 30) },
        'legal-entity', makeUnit(b, sub, '21', '13', '91'));
    }
  }

  const townships: Township[] = [];
  STREETS.forEach((street, i) => townships.push(buildTownship(b, root, health, `${street}街道`, false, i < 4 ? rnd.int(2, 5) : 0)));
  for (const town of TOWNS) townships.push(buildTownship(b, root, health, `${town}镇`, true, rnd.int(17, 24)));
  return townships;
}

function buildEducation(b: Builder, root: number): void {
  const { rnd } = b;
  const top = addOrg(b, root, `中共${D}教育局委员会`, '611', 'legal-entity', makeUnit(b, `${CITY_D}教育局`, '4', '11', '11'));
  addBranch(b, top, `中共${D}教育局机关支部委员会`, { profile: 'organ', home: CITY_D, size: rnd.int(15, 35) });
  for (let n = 0; n < 56; n++) {
    const school = uniqueName(b, () => `${CITY_D}${placeWord(b, ['华', '阳', '明', '湖', '江', '山', '林', '园', '城', '桥'])}${rnd.weighted(SCHOOL_KINDS)}`);
    const stem = `中共${D}${school.slice(CITY_D.length)}`;
    if (rnd.chance(0.3)) {
      const general = addOrg(b, top, `${stem}总支部委员会`, '621', 'legal-entity', makeUnit(b, school, '3', '12', '12'));
      const teachers = rnd.int(2, 3);
      for (let k = 1; k <= teachers; k++) {
        addBranch(b, general, `${stem}教师第${chineseNumeral(k)}支部委员会`, { profile: 'school', home: CITY_D, size: rnd.int(10, 35) });
      }
      addBranch(b, general, `${stem}离退休教师支部委员会`, { profile: 'retiree', home: CITY_D, size: rnd.int(8, 30) });
    } else {
      addBranch(b, top, `${stem}支部委员会`, { profile: 'school', home: CITY_D, size: rnd.int(6, 40) }, 'legal-entity', makeUnit(b, school, '3', '13', '12'));
    }
  }
}

function buildHealth(b: Builder, root: number): number {
  const { rnd } = b;
  const top = addOrg(b, root, `中共${D}卫生和计划生育局委员会`, '611', 'legal-entity', makeUnit(b, `${CITY_D}卫生和计划生育局`, '4', '11', '11'));
  addBranch(b, top, `中共${D}卫生和计划生育局机关支部委员会`, { profile: 'organ', home: CITY_D, size: rnd.int(12, 30) });
  const hospitals: [string, string[]][] = [
    ['人民医院', ['内科', '外科', '医技', '门诊', '护理', '行政后勤', '离退休']],
    ['中医医院', ['临床', '医技', '行政后勤', '离退休']],
  ];
  for (const [name, depts] of hospitals) {
    const unit = `${CITY_D}${name}`;
    const hospital = addOrg(b, top, `中共${D}${name}委员会`, '611', 'legal-entity', makeUnit(b, unit, '3', '11', '12'));
    for (const dept of depts) {
      const profile: Profile = dept === '离退休' ? 'retiree' : 'hospital';
      addBranch(b, hospital, `中共${D}${name}${dept}支部委员会`, { profile, home: CITY_D, size: rnd.int(15, 45) });
    }
  }
  for (const name of ['妇幼保健院', '疾病预防控制中心', '卫生监督所']) {
    addBranch(b, top, `中共${D}${name}支部委员会`, { profile: 'hospital', home: CITY_D, size: rnd.int(8, 30) },
      'legal-entity', makeUnit(b, `${CITY_D}${name}`, '3', '13', '12'));
  }
  return top;
}

function buildTownship(b: Builder, root: number, health: number, place: string, isTown: boolean, villages: number): Township {
  const { rnd } = b;
  const stem = `${D}${place}`; // 江滨区石塘镇
  const home = `${CITY_D}${place}`;
  const top = isTown
    ? addOrg(b, root, `中共${stem}委员会`, '611', 'legal-entity', makeUnit(b, `${CITY_D}${place}人民政府`, '13', '11', '11'))
    : addOrg(b, root, `中共${stem}工作委员会`, '611', 'legal-entity', makeUnit(b, `${CITY_D}人民政府${place}办事处`, '11', '11', '11'));

  // The township's own offices: a 总支 of the same legal entity.
  const offices = addOrg(b, top, `中共${stem}机关总支部委员会`, '621', 'same-as-parent');
  for (let n = 1; n <= 2; n++) {
    addBranch(b, offices, `中共${stem}机关第${chineseNumeral(n)}支部委员会`, { profile: 'township', home, size: rnd.int(20, 45) });
  }
  addBranch(b, offices, `中共${stem}机关离退休干部支部委员会`, { profile: 'retiree', home, size: rnd.int(15, 45) });

  // Communities sit in the township's legal entity (guide 注意事项（四）).
  const communities = isTown ? rnd.int(2, 3) : rnd.int(10, 13);
  for (let n = 0; n < communities; n++) {
    const community = uniqueName(b, () => `${stem}${placeWord(b, COMMUNITY_SECOND)}社区`);
    const members = rnd.int(isTown ? 30 : 60, isTown ? 120 : 260);
    addBody(b, top, `中共${community}`, members, { profile: 'community', home: `${CITY}${community}` }, 'same-as-parent');
  }

  // Villages are legal entities; their code is the village economic cooperative's (注意事项（四）).
  for (let n = 0; n < villages; n++) {
    const village = uniqueName(b, () => `${stem}${rnd.pick(VILLAGE_FIRST)}${rnd.pick(VILLAGE_SECOND)}村`);
    const members = rnd.int(35, 260);
    addBody(b, top, `中共${village}`, members, { profile: 'village', home: `${CITY}${village}`, rural: true }, 'legal-entity',
      (setup) => makeUnit(b, `${CITY}${village}村民委员会`, '15', setup, 'N2'));
  }

  // The township's health centre belongs to the health system.
  const centre = isTown ? `${CITY_D}${place}卫生院` : `${CITY_D}${place}社区卫生服务中心`;
  addBranch(b, health, `中共${centre.slice(3)}支部委员会`, { profile: 'hospital', home, size: rnd.int(8, 30) },
    'legal-entity', makeUnit(b, centre, '3', '13', '12'));

  const twoNew = addOrg(b, top, `中共${stem}两新组织综合委员会`, '611', 'same-as-parent');
  return { stem, twoNew, home, isTown };
}
