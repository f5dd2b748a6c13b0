/**
 * People's names for the sample district.
 * @module
 */
import type { Random } from './random.js';
import { GIVEN_FEMALE, GIVEN_MALE, SURNAMES } from './vocabulary.js';

/**
 * A Chinese personal name: a surname and one or two given-name characters.
 * @example
 * personName(createRandom(3), '女').length >= 2 // true
 */
export function personName(rnd: Random, gender: '男' | '女'): string {
  const given = gender === '男' ? GIVEN_MALE : GIVEN_FEMALE;
  const surname = rnd.weighted(SURNAMES);
  return rnd.chance(0.3) ? surname + rnd.pick(given) : surname + rnd.pick(given) + rnd.pick(given);
}
