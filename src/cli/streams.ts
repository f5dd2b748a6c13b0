/**
 * Output streams that end quietly when the reader goes away (`partyinfo check … | head`): a closed
 * pipe (EPIPE) stops the writing, with no stack trace; the run still ends with its own exit code.
 * @module
 */
import type { TextOut } from './env.js';

/** A Node writable as the CLI uses it. */
export interface NodeOut {
  write(text: string): boolean;
  on(event: 'error', listener: (error: Error) => void): unknown;
  isTTY?: boolean;
}

/**
 * `stream` as a {@link TextOut} that drops writes once the reader has closed the pipe. Other write
 * errors are still raised.
 * @example
 * quietWhenClosed({ write: () => true, on: () => undefined }).write('x') // true
 */
export function quietWhenClosed(stream: NodeOut): TextOut {
  let closed = false;
  stream.on('error', (error) => {
    if ((error as { code?: unknown }).code !== 'EPIPE') throw error;
    closed = true;
  });
  return {
    write: (text: string) => (closed ? false : stream.write(text)),
    ...(stream.isTTY ? { isTTY: true } : {}),
  };
}
