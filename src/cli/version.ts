/**
 * The version of the package, for `partyinfo --version` (read from package.json when built).
 * @module
 */
import pkg from '../../package.json' with { type: 'json' };

/**
 * The package version.
 * @example
 * /^\d+\.\d+\.\d+/.test(VERSION) // true
 */
export const VERSION: string = pkg.version;
