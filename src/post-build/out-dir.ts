/**
 * Builds meant for a folder outside the project (`npm run build -- --outDir /srv/www/warta`).
 * Astro's prerender step writes server chunks beside the output and imports them from there:
 * into `<outDir>/.prerender/` when it takes the output folder to be inside the working folder,
 * a plain string-prefix test (getOutDirWithinCwd in node_modules/astro/dist/core/build/common.js),
 * else into the project's shared `.astro/`. Outside the project, Node cannot find the chunks'
 * packages (`Cannot find package '@oslojs/encoding'`), and two builds at once share `.astro/`.
 * So such a build is written to a folder of its own inside the project and moved out to be
 * switched in once complete (src/post-build/release.ts). These are the path helpers.
 */
import { isAbsolute, relative, sep } from 'node:path';

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
