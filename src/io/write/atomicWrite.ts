/**
 * The one way partyinfo writes a file: into a temporary file in the same folder, flushed to disk,
 * then renamed over the final name. A run that fails or is killed while writing leaves the file
 * that was there before intact and nothing half-written under the final name.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What can be written: text (UTF-8), bytes, or bytes in pieces (a generator may fail midway). */
export type FileContent = string | Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/**
 * The temporary name a write to `file` goes through: hidden, in the same folder (a rename across
 * file systems would not be atomic), unique per call.
 * @example
 * temporaryName('out/问题清单.csv').startsWith('out/.问题清单.csv.') // true
 * temporaryName('out/问题清单.csv').endsWith('.partyinfo-tmp') // true
 */
export function temporaryName(file: string): string {
  return join(dirname(file), `.${basename(file)}.${randomBytes(4).toString('hex')}.partyinfo-tmp`);
}

function isPieces(content: FileContent): content is Iterable<Uint8Array> | AsyncIterable<Uint8Array> {
  return typeof content !== 'string' && !(content instanceof Uint8Array);
}

/**
 * Writes `content` to `file` atomically: temporary file, write, fsync, close, rename. On any
 * failure the temporary file is removed and the error rethrown; `file` is as it was.
 * @example
 * await writeFileAtomic('report.html', html)
 * await writeFileAtomic('fixed.csv', encodeText(text, 'gb18030'))
 */
export async function writeFileAtomic(file: string, content: FileContent): Promise<void> {
  const temporary = temporaryName(file);
  const handle = await open(temporary, 'wx');
  let renamed = false;
  try {
    if (isPieces(content)) {
      for await (const piece of content) {
        for (let at = 0; at < piece.byteLength; ) at += (await handle.write(piece, at)).bytesWritten;
      }
    } else {
      await handle.writeFile(content);
    }
    await handle.sync();
    await handle.close();
    await rename(temporary, file);
    renamed = true;
  } finally {
    if (!renamed) {
      await handle.close().catch(() => undefined);
      await unlink(temporary).catch(() => undefined);
    }
  }
}
