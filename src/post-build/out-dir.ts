/**
 * Builds meant for a folder outside the project (`npm run build -- --outDir /srv/www/warta`).
 * Astro's prerender step writes server chunks beside the output and imports them from there:
 * into `<outDir>/.prerender/` when it takes the output folder to be inside the working folder,
 * a plain string-prefix test (getOutDirWithinCwd in node_modules/astro/dist/core/build/common.js),
 * else into the project's shared `.astro/`. Outside the project, Node cannot find the chunks'
 * packages (`Cannot find package '@oslojs/encoding'`), and two builds at once share `.astro/`.
 * So such a build is written to a scratch folder of its own inside the project, finished there,
 * and moved to its folder once complete: the destination never holds a half-built site or
 * build scratch.
 */
import { cp, mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

/** Whether `dir` is `root` or lies below it (both absolute), by path segments, not by prefix. */
export function isInside(root: string, dir: string): boolean {
  const path = relative(root, dir);
  return !isAbsolute(path) && path !== '..' && !path.startsWith(`..${sep}`);
}

/** `args` with the output folder set to `outDir`, replacing any `--outDir` they give. */
export function withOutDir(args: readonly string[], outDir: string): string[] {
  const result: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--outDir') index++;
    else if (!arg.startsWith('--outDir=')) result.push(arg);
  }
  return [...result, '--outDir', outDir];
}

export interface StagedOutDir {
  /** Where Astro and the post-build steps write. */
  dir: string;
  /** Moves the finished build to its destination (emptied first, as Astro empties its outDir). */
  deliver: () => Promise<void>;
  /** Removes the scratch folder, delivered or not. */
  discard: () => Promise<void>;
}

/** The folder a build writes to, for a build meant for `outDir` (absolute) in the project at `root`. */
export async function stageOutDir(root: string, outDir: string): Promise<StagedOutDir> {
  if (isInside(root, outDir)) return { dir: outDir, deliver: async () => undefined, discard: async () => undefined };
  const scratchRoot = join(root, '.astro', 'outside-builds');
  await mkdir(scratchRoot, { recursive: true });
  const scratch = await mkdtemp(join(scratchRoot, 'build-'));
  const dir = join(scratch, 'dist');
  return {
    dir,
    deliver: () => moveContents(dir, outDir),
    discard: () => rm(scratch, { recursive: true, force: true }),
  };
}

/** Empties `to` (but for `.git`, as Astro does) and moves every entry of `from` into it. */
async function moveContents(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const name of await readdir(to)) if (name !== '.git') await rm(join(to, name), { recursive: true, force: true });
  for (const name of await readdir(from)) {
    try {
      await rename(join(from, name), join(to, name));
    } catch (error) {
      // Another file system (a mounted web root): copy, then the scratch folder goes anyway.
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await cp(join(from, name), join(to, name), { recursive: true });
    }
  }
}
