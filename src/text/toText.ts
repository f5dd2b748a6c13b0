/**
 * What a spreadsheet cell or JSON field holds, as text: strings as they are, finite numbers and
 * bigints in plain decimal (no exponent), anything else `undefined`. Never throws.
 * @example
 * toText(631) // '631'
 * toText(' 汉族 ') // ' 汉族 '
 * toText({}) // undefined
 */
export function toText(input: unknown): string | undefined {
  switch (typeof input) {
    case 'string':
      return input;
    case 'number':
      if (!Number.isFinite(input)) return undefined;
      // Integers up to 1e21 print without an exponent in this form.
      return Number.isInteger(input) && Math.abs(input) < 1e21
        ? input.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 })
        : String(input);
    case 'bigint':
      return input.toString();
    default:
      return undefined;
  }
}
