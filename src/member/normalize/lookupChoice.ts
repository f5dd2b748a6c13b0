import { foldFullWidth } from '../../text/foldFullWidth.js';
import { MAX_LENGTH } from '../../text/limits.js';

/**
 * Looks a tick-box answer up in an alias map: the exact string first (the common case costs one `Map.get`),
 * then trimmed, full-width folded and upper-cased; numbers and booleans by their text. `undefined` when the
 * value is not one of the answers (or not a string/number/boolean).
 * @example
 * lookupChoice(new Map([['男', '男'], ['M', '男']]), ' ｍ ') // '男'
 */
export function lookupChoice<T>(map: ReadonlyMap<string, T>, input: unknown): T | undefined {
  switch (typeof input) {
    case 'string': {
      const exact = map.get(input);
      if (exact !== undefined || input.length > MAX_LENGTH.identifier) return exact;
      return map.get(foldFullWidth(input).trim().toUpperCase());
    }
    case 'number':
      return Number.isFinite(input) ? map.get(String(input)) : undefined;
    case 'boolean':
      return map.get(input ? 'TRUE' : 'FALSE');
    default:
      return undefined;
  }
}
