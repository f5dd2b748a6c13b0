/**
 * The personal numbers the heap test plants: made from pieces at run time, so no module's source text
 * (which V8 keeps on the heap) holds them whole.
 */
import { idNumberCheckChar } from '../../src/identifiers/index.js';

const digits = (...parts: number[]): string => parts.map((p) => String(p)).join('');

/** A citizen ID number, a member's mobile and an org contact's mobile, none of them in any source file. */
export function plantedNumbers(): { idNumber: string; mobile: string; contactPhone: string } {
  const body = digits(510, 107, 19, 87, 10, 23, 4, 71);
  return { idNumber: body + idNumberCheckChar(body)!, mobile: digits(1, 39, 4721, 8653), contactPhone: digits(1, 58, 3306, 2917) };
}
