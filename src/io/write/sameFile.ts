/**
 * Whether a path names the same file as another, however it is spelt: a hard link, a symbolic
 * link, `./x` or `../dir/x` all resolve to one device and inode. Used to refuse an output that
 * would overwrite an input.
 * @module
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Device and inode of an existing file (links followed), or the resolved path of one not yet there. */
type FileKey = { dev: number; ino: number } | { path: string };

async function keyOf(path: string): Promise<FileKey> {
  try {
    const s = await stat(path);
    return { dev: s.dev, ino: s.ino };
  } catch {
    // Not there (yet): its folder resolved (links followed) plus its own name.
    try {
      return { path: join(await realpath(dirname(path)), basename(path)) };
    } catch {
      return { path: resolve(path) };
    }
  }
}

async function resolvedPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/**
 * The first of `inputs` that `out` names (by device and inode when both exist, else by resolved
 * path), or `undefined` when writing `out` would touch none of them.
 * @example
 * await findSameFile('./members.csv', ['orgs.xlsx', 'members.csv']) // 'members.csv'
 * await findSameFile('report.html', ['orgs.xlsx', 'members.csv']) // undefined
 */
export async function findSameFile(out: string, inputs: readonly string[]): Promise<string | undefined> {
  const target = await keyOf(out);
  for (const input of inputs) {
    const key = await keyOf(input);
    if ('dev' in target) {
      if ('dev' in key && key.dev === target.dev && key.ino === target.ino) return input;
    } else if ((await resolvedPath(input)) === target.path) {
      return input;
    }
  }
  return undefined;
}
