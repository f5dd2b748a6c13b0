/**
 * The one way a command stops on bad usage or an unreadable file: a line on stderr, exit code 2.
 * @module
 */
import type { CliStreams } from '../env.js';

/**
 * Says why a run stopped with exit code 2 (on stderr).
 * @example
 * usageError({ stdout: { write: () => true }, stderr: { write: () => true } }, 'x') // 2
 */
export function usageError(streams: CliStreams, message: string): 2 {
  streams.stderr.write(`partyinfo: ${message}\n`);
  return 2;
}
