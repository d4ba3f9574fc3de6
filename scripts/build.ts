/**
 * `npm run build [-- --clean] [-- astro build options]`: Astro builds the pages, then, once
 * Astro's process has exited and given its memory back, src/post-build/finish.ts writes the
 * search index and, where settings.precompress asks for them, the precompressed files. Two
 * processes in turn rather than one, because Pagefind and a finished Astro build together
 * needed 4.8 GiB at 20,000 articles.
 *
 * Builds are incremental: Astro copies every page whose cache key and code are unchanged from
 * the cache folder (WARTA_CACHE_DIR) of the last build. `--clean` deletes that folder first,
 * so everything is loaded, rendered and drawn again. The output folder keeps the pages the build
 * may skip when it holds what the last build wrote, and is emptied otherwise
 * (src/integrations/kept-output.ts, docs/decisions/009-kept-output-folder.md). When nothing it
 * reads changed since the last build finished, and no scheduled story, live page or news sitemap
 * entry changed state since, the build is skipped: the output folder already holds this site
 * (docs/decisions/021-unchanged-builds.md).
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isUnchangedBuild } from '../src/lib/build/unchanged-build.ts';
import { buildTime, loadSettings } from '../src/lib/settings.ts';
import { isOutputAsRecorded, recordKeptOutput, SEARCH_INDEX_FOLLOWS } from '../src/integrations/kept-output.ts';
import { buildInputsDigest } from '../src/post-build/build-inputs.ts';
import { finishBuild } from '../src/post-build/finish.ts';
import { forgetLastBuild, readLastBuild, recordLastBuild } from '../src/post-build/last-build.ts';
import { isInside, stageOutDir, withOutDir } from '../src/post-build/out-dir.ts';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Warta's own option: build from nothing. */
const CLEAN_OPTION = '--clean';

/** Where Astro writes: `--outDir <dir>` or `--outDir=<dir>` as Astro reads it, else `dist`. */
export function outDirOf(args: readonly string[]): string {
  for (const [index, arg] of args.entries()) {
    if (arg === '--outDir') return args[index + 1] ?? 'dist';
    if (arg.startsWith('--outDir=')) return arg.slice('--outDir='.length);
  }
  return 'dist';
}

/** Astro builds at `now`, the moment the wrapper decided on: the record of the build names it. */
function astroBuild(args: readonly string[], now: number): Promise<number> {
  return new Promise((done, fail) => {
    const env = { ...process.env, [SEARCH_INDEX_FOLLOWS]: '1', WARTA_NOW: new Date(now).toISOString() };
    const astro = spawn(process.execPath, [ASTRO_BIN, 'build', ...args], { stdio: 'inherit', env });
    astro.on('error', fail);
    astro.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const given = process.argv.slice(2);
  const args = given.filter((arg) => arg !== CLEAN_OPTION);
  const settings = loadSettings();
  const now = buildTime();
  // Astro resolves its cacheDir against the project root, as does this.
  const cacheDir = resolve(PROJECT_ROOT, settings.cacheDir);
  if (args.length < given.length) {
    if (isInside(cacheDir, PROJECT_ROOT)) {
      console.error(`[warta] --clean: WARTA_CACHE_DIR (${cacheDir}) holds the project itself; not deleting it`);
      return 1;
    }
    console.log(`[warta] --clean: deleting the build cache ${cacheDir}`);
    await rm(cacheDir, { recursive: true, force: true });
  }
  // A folder outside the project is built inside it, then moved there (src/post-build/out-dir.ts).
  const outDir = await stageOutDir(PROJECT_ROOT, resolve(outDirOf(args)));
  // Stats settle by the clock, not by the publication moment (WARTA_NOW may lie in the past).
  const inputs = buildInputsDigest({ root: PROJECT_ROOT, contentDir: settings.contentDir, env: process.env, args, nowMs: Date.now() });
  const unchanged = isUnchangedBuild(await readLastBuild(cacheDir), { inputs, outDir: outDir.dir, now, outputKept: await isOutputAsRecorded(outDir.dir, cacheDir) });
  if (unchanged) {
    console.log(`[warta] nothing changed since the last build: ${outDir.dir} already holds this site`);
    await outDir.discard();
    return 0;
  }
  await forgetLastBuild(cacheDir);
  try {
    const status = await astroBuild(withOutDir(args, outDir.dir), now);
    if (status !== 0) return status;
    await finishBuild(outDir.dir, {
      searchShardPages: settings.searchShardPages,
      cacheDir,
      precompress: settings.precompress,
      log: (message) => console.log(`[warta] ${message}`),
    });
    // Writing the index changed the folder: note it again, or the next build would not keep it.
    await recordKeptOutput(outDir.dir, cacheDir);
    if (inputs !== undefined) await recordLastBuild(cacheDir, { inputs, outDir: outDir.dir, builtAt: now });
    await outDir.deliver();
  } catch (error) {
    console.error(`[warta] ${error instanceof Error ? error.message : String(error)}`, error instanceof Error && error.cause ? error.cause : '');
    return 1;
  } finally {
    await outDir.discard();
  }
  return 0;
}

if (import.meta.main) process.exitCode = await main();
