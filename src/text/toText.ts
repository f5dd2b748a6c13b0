/**
 * What a spreadsheet cell or JSON field holds, as text: strings as they are, finite numbers and
 * bigints in plain decimal (no exponent), anything else `undefined`. Never throws.
 * @example
 * toText(631) // '631'
 * toText(' 汉族 ') // ' 汉族 '
 * toText({}) // undefined
 * @category Text
 */
export function toText(input: unknown): string | undefined {
  switch (typeof input) {
    case 'string':
      return input;
    case 'number':
      // String() prints plain decimal below 1e21 (no exponent), which covers every real cell value.
      return Number.isFinite(input) ? String(input) : undefined;
    case 'bigint':
      return input.toString();
    default:
      return undefined;
  }
}
