/**
 * How the post-build steps put a file kept in the cache folder into the build: as a hard link
 * (thousands of files a build, no bytes copied), or as a copy where the cache is on another file
 * system or the file system refuses links. Nothing may write into a linked file afterwards: it
 * would change the cached copy too.
 */
import { copyFile, link } from 'node:fs/promises';

/** Links `to` to the file `from` (`to` must not exist), or copies it where linking cannot work. */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV' && error.code !== 'EPERM') throw error;
    return copyFile(from, to);
  });
}
