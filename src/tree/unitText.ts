import type { OrgUnit } from '../org/types.js';

/**
 * A unit as change reports show it: name and code.
 * @example
 * describeUnit({ name: '宁波市鄞州区民政局', code: '11330212002905523X' }) // '宁波市鄞州区民政局 11330212002905523X'
 * describeUnit({}) // ''
 */
export function describeUnit(unit: OrgUnit): string {
  return [unit.name, unit.code].filter((x) => x !== undefined).join(' ');
}
