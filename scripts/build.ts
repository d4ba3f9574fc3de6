/**
 * `npm run build [-- --clean] [-- --no-wait] [-- astro build options]`: Astro builds the pages,
 * then, once Astro's process has exited and given its memory back, src/post-build/finish.ts
 * writes the search index and, where settings.precompress asks for them, the precompressed
 * files. Two processes in turn rather than one, because Pagefind and a finished Astro build
 * together needed 4.8 GiB at 20,000 articles.
 *
 * The output folder is never written into: everything is written into a stage beside it, which
 * is switched into its place at the very end (src/post-build/release.ts,
 * docs/decisions/016-staged-builds.md), so whatever stops a build, the folder keeps the last
 * complete site. One build at a time: a build holds a lock on its cache folder and on its output
 * folder; a second one waits, or with `--no-wait` stops (src/post-build/build-lock.ts). An
 * expected failure (a full disk, a folder it may not write) is one line; a bug keeps its stack.
 *
 * Builds are incremental: Astro copies every page whose cache key and code are unchanged from
 * the cache folder (WARTA_CACHE_DIR) of the last build. `--clean` empties that folder first,
 * so everything is loaded, rendered and drawn again. When nothing it reads changed since the last
 * build finished, the output still holds the release that build published, and no scheduled
 * story, live page or news sitemap entry changed state since, the build is skipped
 * (docs/decisions/021-unchanged-builds.md).
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAGED_FOR } from '../src/integrations/kept-output.ts';
import { BUILD_LOCK } from '../src/lib/build/cache-artefacts.ts';
import { failureLine } from '../src/lib/build/failures.ts';
import { isUnchangedBuild } from '../src/lib/build/unchanged-build.ts';
import { buildTime, loadSettings } from '../src/lib/settings.ts';
import { buildInputsDigest } from '../src/post-build/build-inputs.ts';
import { takeLock } from '../src/post-build/build-lock.ts';
import { finishBuild } from '../src/post-build/finish.ts';
import { forgetLastBuild, readLastBuild, recordLastBuild } from '../src/post-build/last-build.ts';
import { isInside, withOutDir } from '../src/post-build/out-dir.ts';
import { openRelease, publishedRelease } from '../src/post-build/release.ts';
import { guardWrites } from '../src/post-build/write-guard.ts';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Warta's own options: build from nothing; stop instead of waiting for another build. */
const CLEAN_OPTION = '--clean';
const NO_WAIT_OPTION = '--no-wait';

/** Where Astro writes: `--outDir <dir>` or `--outDir=<dir>` as Astro reads it, else `dist`. */
export function outDirOf(args: readonly string[]): string {
  for (const [index, arg] of args.entries()) {
    if (arg === '--outDir') return args[index + 1] ?? 'dist';
    if (arg.startsWith('--outDir=')) return arg.slice('--outDir='.length);
  }
  return 'dist';
}

/**
 * Runs `astro build` at `now`, the moment the wrapper decided on (the record of the build names
 * it); its exit status, after a line of its own when a signal ended it (a crash in sharp, the OOM killer).
 */
function astroBuild(args: readonly string[], output: string, now: number): Promise<number> {
  return new Promise((done, fail) => {
    const env = { ...process.env, [STAGED_FOR]: output, WARTA_NOW: new Date(now).toISOString() };
    const astro = spawn(process.execPath, [ASTRO_BIN, 'build', ...args], { stdio: 'inherit', env });
    astro.on('error', fail);
    astro.on('close', (code, signal) => {
      if (signal) console.error(`[warta] build stopped: astro build was ended by ${signal}; ${output} still holds the last complete site`);
      done(code ?? 1);
    });
  });
}

const log = (line: string) => console.log(line);

async function main(): Promise<number> {
  const given = process.argv.slice(2);
  const args = given.filter((arg) => arg !== CLEAN_OPTION && arg !== NO_WAIT_OPTION);
  const settings = loadSettings();
  const now = buildTime();
  // Astro resolves its cacheDir against the project root, as does this.
  const cacheDir = resolve(PROJECT_ROOT, settings.cacheDir);
  const output = resolve(outDirOf(args));
  const wait = !given.includes(NO_WAIT_OPTION);
  // Known once the switch may have begun: until then a failure leaves the published site as it was.
  let published: string | undefined = output;
  const unlocks: (() => Promise<void>)[] = [];
  try {
    if (given.includes(CLEAN_OPTION) && isInside(cacheDir, PROJECT_ROOT)) {
      console.error(`[warta] --clean: WARTA_CACHE_DIR (${cacheDir}) holds the project itself; not deleting it`);
      return 1;
    }
    const release = await openRelease(PROJECT_ROOT, output, log);
    guardWrites({ roots: [cacheDir, release.layout.releases, release.layout.work, output] });
    await mkdir(cacheDir, { recursive: true });
    unlocks.push(await takeLock(join(cacheDir, BUILD_LOCK), { folder: cacheDir, what: 'the cache folder', wait, log }));
    await mkdir(release.layout.releases, { recursive: true });
    unlocks.push(await takeLock(release.layout.lock, { folder: output, what: 'the output folder', wait, log }));
    if (given.includes(CLEAN_OPTION)) {
      log(`[warta] --clean: deleting the build cache ${cacheDir}`);
      const names = await readdir(cacheDir);
      await Promise.all(names.filter((name) => name !== BUILD_LOCK).map((name) => rm(join(cacheDir, name), { recursive: true, force: true })));
    }
    // Stats settle by the clock, not by the publication moment (WARTA_NOW may lie in the past).
    const inputs = buildInputsDigest({ root: PROJECT_ROOT, contentDir: settings.contentDir, env: process.env, args, nowMs: Date.now() });
    const request = { inputs, outDir: output, now, release: await publishedRelease(output) };
    if (isUnchangedBuild(await readLastBuild(cacheDir), request)) {
      log(`[warta] nothing changed since the last build: ${output} already holds this site`);
      return 0;
    }
    await forgetLastBuild(cacheDir);
    await release.prepare();
    const status = await astroBuild(withOutDir(args, release.layout.work), output, now);
    if (status !== 0) return status;
    await finishBuild(release.layout.work, {
      searchShardPages: settings.searchShardPages,
      searchHotPages: settings.searchHotPages,
      cacheDir,
      precompress: settings.precompress,
      log: (message) => log(`[warta] ${message}`),
    });
    published = undefined;
    await release.publish();
    const switchedIn = await publishedRelease(output);
    if (inputs !== undefined && switchedIn !== undefined) await recordLastBuild(cacheDir, { inputs, outDir: output, builtAt: now, release: switchedIn });
  } catch (error) {
    const line = failureLine(error, published);
    // A bug: its stack and causes, as Node prints them.
    console.error(line ?? error);
    return 1;
  } finally {
    for (const unlock of unlocks.reverse()) await unlock().catch(() => undefined);
  }
  return 0;
}

if (import.meta.main) process.exitCode = await main();
