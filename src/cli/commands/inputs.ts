/**
 * The files a command names: a path, or `-` for standard input (read whole; an .xlsx is told from
 * a CSV by its first bytes).
 * @module
 */
import type { SpreadsheetInput } from '../../io/book/loadBook.js';
import type { CliStreams } from '../env.js';

/** The name a file read from standard input goes by in reports. */
export function stdinName(locale: 'zh-CN' | 'en'): string {
  return locale === 'en' ? 'stdin' : '标准输入';
}

/**
 * A named file as the readers take it: `-` becomes the bytes of standard input.
 * @example
 * await inputOf('members.csv', { stdout: { write: () => true }, stderr: { write: () => true } }, 'zh-CN') // 'members.csv'
 */
export async function inputOf(file: string, streams: CliStreams, locale: 'zh-CN' | 'en'): Promise<SpreadsheetInput> {
  if (file !== '-') return file;
  const parts: Uint8Array[] = [];
  for await (const chunk of streams.stdin ?? []) parts.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return { name: stdinName(locale), bytes };
}

/** Extensions of `--out` that choose the report format. */
const FORMAT_OF_EXTENSION: Readonly<Record<string, string>> = { '.html': 'html', '.htm': 'html', '.json': 'json', '.csv': 'csv', '.xlsx': 'xlsx', '.txt': 'table' };

/**
 * The report format of `check`: the `--out` file's extension, or `--format`, or a terminal table;
 * an error when the two disagree.
 * @example
 * outputFormat('report.html', undefined, 'zh-CN') // 'html'
 * outputFormat(undefined, 'json', 'zh-CN') // 'json'
 * outputFormat('report.html', 'json', 'en') instanceof Error // true
 */
export function outputFormat(out: string | undefined, format: string | undefined, locale: 'zh-CN' | 'en'): string | Error {
  const dot = out === undefined || out === '-' ? -1 : out.lastIndexOf('.');
  const ext = dot < 0 ? '' : out!.slice(dot).toLowerCase();
  const chosen = Object.hasOwn(FORMAT_OF_EXTENSION, ext) ? FORMAT_OF_EXTENSION[ext] : undefined;
  if (chosen && format !== undefined && format !== chosen) {
    return new Error(
      locale === 'en'
        ? `--out ${out} is a ${chosen} file but --format is ${format}; give one of them, or make them agree`
        : `--out ${out} 是 ${chosen} 文件，与 --format ${format} 不一致；只给一个，或让两者一致`,
    );
  }
  return chosen ?? format ?? 'table';
}
