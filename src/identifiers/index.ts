// Public API of src/identifiers, re-exported by src/index.ts.
export { parseIdNumber, isValidIdNumber, normalizeIdNumber, type IdNumber, type IdNumberOptions } from './idNumber.js';
export { idNumberCheckChar, upgradeIdNumber15 } from './idNumberScan.js';
export { parseCreditCode, isValidCreditCode, type CreditCode, type CreditCodeOptions } from './creditCode.js';
export { creditCodeCheckChar } from './creditCodeScan.js';
export { describeRegistration, CREDIT_CODE_ALPHABET, type CodeName } from './creditCodeTables.js';
export { parseOrgCode, isValidOrgCode, orgCodeCheckChar, type OrgCode } from './orgCode.js';
export { parseUnitCode, type UnitCode, type UnitCodeOptions } from './unitCode.js';
export { parseMobile, isValidMobile, type Mobile, type MobileOptions } from './mobile.js';
export { hasKnownSegment } from './mobileSegments.js';
export { parseLandline, type Landline, type LandlineOptions } from './landline.js';
export { parseDate, type ParsedDate } from './date.js';
export { excelSerialToYmd } from './excelSerial.js';
export { maskIdNumber, maskMobile } from './mask.js';
export { isProvincePrefix, provinceName } from './regions.js';
export { isKnownCountyCode } from './counties.js';
export { identifiersRules } from './rules.js';
