/**
 * The public edge of `partyinfo/io`: every export is called through one of these guards, so no
 * argument — `null`, a proxy whose traps throw, a getter that throws, a megabyte string — makes it
 * throw or reject. What a guarded function gives instead is its own "nothing" value or, where its
 * result carries issues, an `io.file.unreadable` issue that says what could not be read (never a
 * silent empty success). The modules behind it are written for the values the library makes; this is
 * where values from untyped callers meet them.
 * @module
 */
import { readOwnOf } from '../_lib/safeRead.js';
import type { Issue } from '../result.js';
import { createIssue, type Locale } from '../rules/define.js';
import { ioFileUnreadableRule } from './rules.js';

/** The locale of an options argument, read without running a getter. */
export function localeOf(options: unknown): Locale {
  return readOwnOf(options, 'locale') === 'en' ? 'en' : 'zh-CN';
}

/** Why a call failed, short (no stack, no value of the caller's: the error's own message, cut). */
function reasonOf(error: unknown, locale: Locale): string {
  const what = locale === 'en' ? 'the arguments cannot be read' : '参数无法读取';
  let message = '';
  try {
    message = error instanceof Error ? String(error.message) : '';
  } catch {
    // A hostile error object: its message is not shown.
  }
  return message ? `${what} (${message.slice(0, 120)})` : what;
}

/**
 * The `io.file.unreadable` issue of a call that failed on its arguments.
 * @example
 * unreadableArguments(new TypeError('x'), 'en').rule // 'io.file.unreadable'
 */
export function unreadableArguments(error: unknown, locale: Locale): Issue {
  const file = locale === 'en' ? '(argument)' : '（参数）';
  return createIssue(ioFileUnreadableRule, ['file'], { file, reason: reasonOf(error, locale) }, { locale });
}

/**
 * `fn` that never throws: what it throws becomes `fallback(error, args)`.
 * @example
 * neverThrows((x: string) => x.trim(), () => '')(null as never) // ''
 */
export function neverThrows<A extends unknown[], R>(fn: (...args: A) => R, fallback: (error: unknown, args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    try {
      return fn(...args);
    } catch (error) {
      return fallback(error, args);
    }
  };
}

/**
 * Async `fn` that never rejects (nor throws before its promise): a rejection becomes `fallback(error, args)`.
 * @example
 * await neverRejects(async (x: string) => x.trim(), () => '')(null as never) // ''
 */
export function neverRejects<A extends unknown[], R>(fn: (...args: A) => Promise<R>, fallback: (error: unknown, args: A) => R | Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A): Promise<R> => {
    try {
      return await fn(...args);
    } catch (error) {
      return fallback(error, args);
    }
  };
}

/**
 * An error of the file system or a refused write: an `Error` with a string `code` (ENOSPC, EACCES,
 * ENAMETOOLONG …), except Node's own argument errors (`ERR_INVALID_ARG_TYPE` …), which are bad input.
 * @example
 * isWriteFailure(Object.assign(new Error('disk full'), { code: 'ENOSPC' })) // true
 * isWriteFailure(new TypeError('x')) // false
 */
export function isWriteFailure(error: unknown): boolean {
  try {
    const code: unknown = error instanceof Error ? (error as { code?: unknown }).code : undefined;
    return typeof code === 'string' && !code.startsWith('ERR_INVALID_ARG');
  } catch {
    return false;
  }
}

/**
 * A writer that never throws and, on arguments it cannot use, resolves to `nothing` (nothing
 * written). A write that fails (the file system refuses it: disk full, no permission; or the writer
 * refuses it, with a `code`) is not bad input: it still rejects with that error, as `fs.promises`
 * does, so a failed write is never silent (see {@link isWriteFailure}).
 * @example
 * await neverRejectsButWrites(async (dir: string) => [dir.trim()], [])(null as never) // []
 */
export function neverRejectsButWrites<A extends unknown[], R>(fn: (...args: A) => Promise<R>, nothing: R): (...args: A) => Promise<R> {
  return async (...args: A): Promise<R> => {
    try {
      return await fn(...args);
    } catch (error) {
      if (isWriteFailure(error)) throw error;
      return nothing;
    }
  };
}

/**
 * An async generator function whose iteration never throws: when `fn` (or its iteration) throws, the
 * items so far stand and `last(error, args)` is yielded as the final item.
 * @example
 * const g = neverThrowsWhileIterating(async function* () { yield 1; throw new Error('x'); }, () => 0);
 * const items: number[] = [];
 * for await (const n of g()) items.push(n);
 * items // [1, 0]
 */
export function neverThrowsWhileIterating<A extends unknown[], T>(
  fn: (...args: A) => AsyncGenerator<T>,
  last: (error: unknown, args: A) => T,
): (...args: A) => AsyncGenerator<T> {
  return async function* (...args: A): AsyncGenerator<T> {
    try {
      yield* fn(...args);
    } catch (error) {
      yield last(error, args);
    }
  };
}
