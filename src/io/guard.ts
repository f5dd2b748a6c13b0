/**
 * The guard at the edge of `partyinfo/sheets` and `partyinfo/io`: each export there is its function
 * wrapped once, so arguments it cannot use never throw out of it. What a guarded call gives instead
 * is an `io.argument.invalid` issue (the export's name and the types given, never the values), in
 * the shape the function already returns (a failed `Result`, a report, an empty list), as its entry
 * file says. Inside the library the functions are called unwrapped.
 * @module
 */
import { readOwnOf, typeName } from '../_lib/safeRead.js';
import type { Issue } from '../result.js';
import { createIssue, type Locale } from '../rules/define.js';
import { fileErrorReason } from './book/fileErrors.js';
import { ioArgumentInvalidRule, ioFileUnreadableRule } from './rules.js';

/** `en` when an argument is `'en'` or has an own `locale: 'en'`; else Chinese. */
function localeOf(args: readonly unknown[]): Locale {
  for (const arg of args) if (arg === 'en' || readOwnOf(arg, 'locale') === 'en') return 'en';
  return 'zh-CN';
}

/** A file-system error (`ENOENT`, `EACCES` …): it names a system call. */
const isSystemError = (error: unknown): boolean => typeof readOwnOf(error, 'syscall') === 'string';

/**
 * The issue for a call of `name` with `args` that failed with `error`: `io.file.unreadable` when a
 * file named by the first argument could not be opened, else `io.argument.invalid`.
 * @example
 * argumentIssue('readMembers', [undefined]).message // 'readMembers 无法使用所给的参数（undefined），未执行；请按文档传入参数'
 */
export function argumentIssue(name: string, args: readonly unknown[], error?: unknown): Issue {
  const locale = localeOf(args);
  if (typeof args[0] === 'string' && isSystemError(error)) {
    return createIssue(ioFileUnreadableRule, ['file'], { file: args[0].slice(0, 260), reason: fileErrorReason(error, locale) }, { locale });
  }
  const given = args.length === 0 ? '—' : args.map(typeName).join(', ');
  return createIssue(ioArgumentInvalidRule, ['arguments'], { name, given }, { locale });
}

/** What a guarded export gives in place of a throw: built from the issue (in the caller's language). */
type Fallback<R> = (issue: Issue, locale: Locale) => R;
type Fn = (...args: never[]) => unknown;

/**
 * `fn` that returns `fallback(issue)` where it would throw.
 * @example
 * const first = guardSync('first', (list: string[]) => list[0]!.trim(), () => '');
 * first(['a ']) // 'a'
 * first(undefined as never) // ''
 */
export function guardSync<F extends Fn>(name: string, fn: F, fallback: Fallback<ReturnType<F>>): F {
  const guarded = (...args: Parameters<F>): ReturnType<F> => {
    try {
      return fn(...args) as ReturnType<F>;
    } catch (error) {
      const issue = argumentIssue(name, args, error);
      return fallback(issue, localeOf(args));
    }
  };
  return guarded as F;
}

/**
 * Async `fn` that resolves to `fallback(issue)` where it would throw or reject.
 * @example
 * const size = guardAsync('size', async (bytes: Uint8Array) => bytes.byteLength, () => -1);
 * await size(null as never) // -1
 */
export function guardAsync<F extends (...args: never[]) => Promise<unknown>>(name: string, fn: F, fallback: Fallback<Awaited<ReturnType<F>>>): F {
  const guarded = async (...args: Parameters<F>): Promise<unknown> => {
    try {
      return await fn(...args);
    } catch (error) {
      return fallback(argumentIssue(name, args, error), localeOf(args));
    }
  };
  return guarded as F;
}

/**
 * An async generator `fn` whose failure, at the start or midway, ends it with one last item,
 * `fallback(issue)`, instead of a rejection.
 * @example
 * const lines = guardStream('lines', async function* (text: string) { yield* text.split('\n'); }, (issue) => issue.rule);
 * const seen: string[] = [];
 * for await (const line of lines(undefined as never)) seen.push(line);
 * seen // ['io.argument.invalid']
 */
export function guardStream<F extends (...args: never[]) => AsyncGenerator<unknown>>(
  name: string,
  fn: F,
  fallback: Fallback<ReturnType<F> extends AsyncGenerator<infer T> ? T : never>,
): F {
  async function* guarded(...args: Parameters<F>): AsyncGenerator<unknown> {
    try {
      yield* fn(...args);
    } catch (error) {
      yield fallback(argumentIssue(name, args, error), localeOf(args));
    }
  }
  return guarded as unknown as F;
}

/**
 * The `code` of a writer's refusal: the issue is on the error's `issue`.
 * @category Spreadsheets
 */
export const ARGUMENT_REFUSED = 'PARTYINFO_ARGUMENT_REFUSED';

/**
 * True for a failure of the write itself that the caller must see as it is: a file-system error
 * (`ENOSPC`, `EACCES`, `ENAMETOOLONG` …) or a refusal that carries its own code (an input file named
 * as the output) — not Node's `ERR_INVALID_ARG_*`, which is an argument the writer could not use.
 */
function isWriteFailure(error: unknown): boolean {
  const code = readOwnOf(error, 'code');
  return typeof code === 'string' && !code.startsWith('ERR_INVALID_ARG');
}

/**
 * A file writer `fn` that refuses arguments it cannot use with an `Error` whose `code` is
 * {@link ARGUMENT_REFUSED}, whose message is the issue's and whose `issue` is the issue (never a
 * `TypeError` from inside); a failure of the write itself rejects as it is.
 * @example
 * const write = guardWriter('write', async (file: string) => { file.trim(); });
 * await write(undefined as never).catch((error) => error.issue.rule) // 'io.argument.invalid'
 */
export function guardWriter<F extends (...args: never[]) => Promise<unknown>>(name: string, fn: F): F {
  const guarded = async (...args: Parameters<F>): Promise<unknown> => {
    try {
      return await fn(...args);
    } catch (error) {
      if (isWriteFailure(error)) throw error;
      const issue = argumentIssue(name, args, error);
      throw Object.assign(new Error(issue.message), { code: ARGUMENT_REFUSED, issue });
    }
  };
  return guarded as F;
}
