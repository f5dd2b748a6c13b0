/**
 * Test fixtures of the member module (not part of the public API): a valid member record and ID numbers
 * with correct check characters.
 * @module
 */
import { idNumberCheckChar } from '../../identifiers/idNumberScan.js';

/** The reference date of the member tests: the day of the guide. */
export const TODAY = '2017-07-24';

/**
 * A valid 18-character ID number for a region, birth date (`YYYY-MM-DD`) and gender.
 * @example
 * makeIdNumber('1949-12-31', '女', '110105', 1) // '11010519491231002X'
 */
export function makeIdNumber(birthDate: string, gender: '男' | '女', region = '330212', order = 61): string {
  const seq = order * 2 + (gender === '男' ? 1 : 0);
  const first17 = `${region}${birthDate.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17)!;
}

/**
 * A member record with no issue at all on {@link TODAY}; tests change one thing at a time.
 * @example
 * validMember().name // '张建华'
 */
export function validMember(): Record<string, unknown> {
  return {
    name: '张建华',
    gender: '男',
    ethnicity: '汉族',
    idNumber: makeIdNumber('1980-03-15', '男'),
    birthDate: '1980-03-15',
    education: '21',
    memberType: '正式党员',
    branch: '中共宁波市鄞州区民政局机关支部委员会',
    joinDate: '2005-07-01',
    fullDate: '2006-07-01',
    workPost: '011',
    mobile: '13805741234',
    landline: '0574-87654321',
    address: '宁波市鄞州区中山东路1288号',
    partyStatus: '正常',
    lostContact: '否',
    floating: '否',
  };
}
