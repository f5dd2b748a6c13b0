/**
 * Why a file could not be read, in the user's language — one voice for every reader (a missing
 * .csv says 文件不存在 like a missing .xlsx), never the system's raw error text for the common cases.
 * @module
 */
import type { Locale } from '../../rules/define.js';

/**
 * The reason for an `io.file.unreadable` issue.
 * @example
 * fileErrorReason(Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' }), 'zh-CN') // '文件不存在'
 * fileErrorReason({ code: 'EISDIR' }, 'en') // 'it is a folder'
 */
export function fileErrorReason(error: unknown, locale: Locale): string {
  const code = error !== null && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
  if (code === 'ENOENT' || code === 'ENOTDIR') return locale === 'en' ? 'no such file' : '文件不存在';
  if (code === 'EACCES' || code === 'EPERM') return locale === 'en' ? 'permission denied' : '没有读取权限';
  if (code === 'EISDIR') return locale === 'en' ? 'it is a folder' : '这是一个文件夹';
  const message = error instanceof Error ? error.message : String(error);
  return (locale === 'en' ? 'not a readable workbook: ' : '不是可读取的表格文件：') + message.slice(0, 200);
}
