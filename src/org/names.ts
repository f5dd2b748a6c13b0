import { mapCharCodes } from '../text/charCodeBuilder.js';
import { foldCharCode } from '../text/foldFullWidth.js';

/**
 * Normalises an organisation or unit name the way the national system stores it: trims, folds
 * full-width ASCII (`ＡＢＣ１２３` → `ABC123`), writes brackets as the Chinese full-width pair `（）`
 * and removes every white-space character inside the name (spreadsheets pad names with spaces to
 * align them). Members' `branch` is normalised with this same function, so a member's branch and
 * the org's name compare equal exactly when they are the same name.
 *
 * The caller bounds the length first (see `MAX_LENGTH.name`); the work is linear either way, and a
 * name with nothing to change comes back as it is.
 * @param text - a name as typed
 * @returns the normalised name (`''` for a blank one, and for a value that is not a string)
 * @example
 * normalizeOrgName(' 中共宁波市鄞州区民政局(机关)支部委员会 ') // '中共宁波市鄞州区民政局（机关）支部委员会'
 * normalizeOrgName('中共 湾底村　第三支部委员会') // '中共湾底村第三支部委员会'
 * normalizeOrgName('中共ＸＸ公司（筹）支部') // '中共XX公司（筹）支部'
 * @category Organisations
 */
export function normalizeOrgName(text: string): string {
  return typeof text === 'string' ? mapCharCodes(text, orgNameCharCode) : '';
}

/** One code unit of a name as stored: folded, `()` as `（）`, white space dropped (-1). */
function orgNameCharCode(unit: number): number {
  const c = foldCharCode(unit);
  if (c === 0x28) return 0xff08;
  if (c === 0x29) return 0xff09;
  return isSpace(c) ? -1 : c;
}

/** White space as `\s` knows it, without a regular expression on unbounded input. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
