/**
 * Astro integration: a build reuses the pages its output folder already holds instead of Astro
 * emptying the folder and copying every page it may skip back from its cache
 * (docs/decisions/009-kept-output-folder.md). On this machine's disk, copying 27,000 pages back
 * took longer than everything else an unchanged build does. Under `npm run build` the output
 * folder is a stage that holds the release before the published one
 * (docs/decisions/016-staged-builds.md), so this is what keeps a one-story publish from touching
 * the archive.
 *
 * astro.config.mjs turns Astro's own emptying off (`vite.build.emptyOutDir: false`); this does
 * it instead, at the start of every build, trusting nothing the folder holds:
 * - every file but the pages in Astro's manifest is deleted (assets, public files, unkeyed
 *   pages, author pictures, compressed files: this build writes them again), and the search
 *   index too unless `npm run build` runs Astro (its post-build step updates the index in
 *   place); `media/` is left to src/integrations/bundle-media.ts, which keeps it the cached
 *   pictures exactly, file by file;
 * - each page of the manifest stays where it is when it is Astro's cached copy itself (the same
 *   file: a hard link to it), and is otherwise replaced by a hard link to that copy (a copy where
 *   the cache is on another file system), so that Astro finds each page it skips in place (its
 *   log says "(cached)"). A page the cache lacks is removed: Astro renders it.
 * At the end, pages this build neither wrote nor skipped are deleted (a story taken down), and
 * the cached copy of each page it rendered becomes a link to the page, so the build after next
 * finds it in place. A
 * build that stops half-way leaves a marker that makes the next build drop Astro's manifest,
 * whose cached copies may already hold pages of the build that never finished.
 *
 * In a build it also installs the write guard (src/post-build/write-guard.ts): Astro's writes
 * replace files instead of writing into them, since a stage's pages are hard links shared with
 * the cache and the published site.
 */
import { existsSync, statSync } from 'node:fs';
import { link, mkdir, readdir, readFile, rm, rmdir, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { failureLine } from '../lib/build/failures.ts';
import { goneOutputs, keptDirectories, manifestOutputs, renderedOutputs } from '../lib/build/kept-output.ts';
import { MEDIA_SEGMENT, SEARCH_INDEX_SEGMENT } from '../lib/routes.ts';
import { inBatches } from '../lib/utils/in-batches.ts';
import { linkOrCopy } from '../post-build/link-or-copy.ts';
import { guardWrites } from '../post-build/write-guard.ts';

/** Astro's manifest in the cache folder (node_modules/astro/dist/core/build/incremental.js). */
const ASTRO_MANIFEST = 'incremental-build.json';
/** Where Astro keeps its copies of the pages, inside the cache folder. */
const ASTRO_CACHED_PAGES = 'dist';
/** Present while a build runs. */
const RUNNING = 'warta-build-running';

/**
 * Set by scripts/build.ts for the Astro build it runs, to the output folder the stage is for:
 * the search index is written after Astro and updates `pagefind/` in place
 * (src/post-build/search-index.ts), so the stage keeps that too, and a failure can say that the
 * published site is untouched. A bare `astro build` writes no index, and must not leave the
 * last one behind.
 */
export const STAGED_FOR = 'WARTA_STAGED_FOR';

const readText = (file: string): Promise<string | undefined> => readFile(file, 'utf8').catch(() => undefined);

/**
 * Deletes every file of `outDir` that is not in `kept` or in one of `keptFolders` (top-level
 * names), walking only directories that hold kept files.
 */
async function keepOnly(outDir: string, kept: ReadonlySet<string>, keptFolders: ReadonlySet<string>): Promise<void> {
  const walked = keptDirectories(kept);
  const visit = async (folder: string): Promise<void> => {
    const entries = await readdir(folder === '' ? outDir : join(outDir, folder), { withFileTypes: true });
    await Promise.all(
      entries.map(async (entry) => {
        if (folder === '' && keptFolders.has(entry.name)) return;
        const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
        if (entry.isDirectory()) {
          if (walked.has(path)) await visit(path);
          else await rm(join(outDir, path), { recursive: true, force: true });
        } else if (!kept.has(path)) {
          await unlink(join(outDir, path));
        }
      }),
    );
  };
  await visit('');
}

/** Pages linked at once: enough to keep the disk busy, few enough to bound open handles. */
const LINKS_AT_ONCE = 64;

/**
 * Makes each of `pages` in `outDir` Astro's cached copy of it, and returns those it could.
 * A page that already is the copy (same device and inode: nothing can have changed it, since
 * every write replaces files) is one `stat` and no write; the others are replaced by links, or
 * copies where the cache is on another file system. Statted one after the other: at 3,000 pages
 * that took 40 ms, batches of promises 175 ms.
 */
async function placeCachedPages(outDir: string, cachedDist: string, pages: ReadonlySet<string>): Promise<{ placed: Set<string>; linked: number }> {
  const placed = new Set<string>();
  const replace: string[] = [];
  const remove: string[] = [];
  for (const page of pages) {
    const cached = statSync(join(cachedDist, page), { throwIfNoEntry: false });
    const present = statSync(join(outDir, page), { throwIfNoEntry: false });
    if (!cached) {
      // A copy the cache lacks is Astro's to render.
      if (present) remove.push(page);
    } else if (present && present.ino === cached.ino && present.dev === cached.dev) placed.add(page);
    else replace.push(page);
  }
  // One mkdir per folder, awaited by every page in it (a card folder holds thousands).
  const folders = new Map<string, Promise<unknown>>();
  await inBatches(remove, LINKS_AT_ONCE, (page) => rm(join(outDir, page), { force: true }));
  await inBatches(replace, LINKS_AT_ONCE, async (page) => {
    const target = join(outDir, page);
    const folder = dirname(target);
    if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
    await folders.get(folder);
    await rm(target, { force: true });
    await linkOrCopy(join(cachedDist, page), target);
    placed.add(page);
  });
  return { placed, linked: replace.length };
}

/**
 * Makes Astro's cached copy of each of `pages` (rendered by this build) the page itself: a hard
 * link, where Astro wrote two files. A stage holds the release before the published one, so
 * without this the second build after a cold one found none of its pages to be the cached copy
 * and linked every page again (6,700 at 5,000 stories); now only pages rendered since are. Safe
 * because every write below the stage and the cache replaces the file (the write guard), and
 * Astro copies a cached page only to where no page is.
 */
async function shareRenderedPages(outDir: string, cachedDist: string, pages: readonly string[]): Promise<void> {
  await inBatches(pages, LINKS_AT_ONCE, async (page) => {
    const cached = join(cachedDist, page);
    const cachedStats = statSync(cached, { throwIfNoEntry: false });
    const written = statSync(join(outDir, page), { throwIfNoEntry: false });
    // An unkeyed page has no copy; a cache on another file system cannot share.
    if (!cachedStats || !written || cachedStats.dev !== written.dev || cachedStats.ino === written.ino) return;
    await rm(cached, { force: true });
    await link(join(outDir, page), cached);
  });
}

/** Deletes `files` (relative) and the folders they leave empty (`berita/<slug>/`). */
async function deleteFiles(outDir: string, files: readonly string[]): Promise<void> {
  for (const file of files) {
    await rm(join(outDir, file), { force: true });
    for (let folder = dirname(file); folder !== '.'; folder = dirname(folder)) {
      const removed = await rmdir(join(outDir, folder)).then(
        () => true,
        () => false,
      );
      if (!removed) break;
    }
  }
}

/** Ends Astro's process on an expected failure with its one line (src/lib/build/failures.ts); a bug goes on to Astro's printer. */
function stopOnExpectedFailure(error: unknown): void {
  const line = failureLine(error, process.env[STAGED_FOR]);
  if (line === undefined) return;
  // Writes to a pipe or a file are synchronous in Node on Linux and macOS: nothing is lost.
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

/** Runs a hook's work, ending the build with one line when the machine, not the code, fails it. */
const guarded = async (work: () => Promise<void>): Promise<void> => {
  try {
    await work();
  } catch (error) {
    stopOnExpectedFailure(error);
    throw error;
  }
};

export default function keptOutput(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let building = false;
  let kept: ReadonlySet<string> = new Set();
  /** Astro's manifest as the build found it: what it renders again is told apart by it. */
  let manifestBefore: string | undefined;
  return {
    name: 'warta:kept-output',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
        cacheDir = fileURLToPath(config.cacheDir);
        if (building) guardWrites({ roots: [outDir, cacheDir.replace(/[\\/]$/, '')], onExpectedFailure: (error) => (stopOnExpectedFailure(error), process.exit(1)) });
      },
      'astro:build:start': ({ logger }) =>
        guarded(async () => {
          const manifestFile = join(cacheDir, ASTRO_MANIFEST);
          if (existsSync(join(cacheDir, RUNNING))) {
            logger.info('the last build did not finish: every page is rendered again');
            await rm(manifestFile, { force: true });
          }
          const manifest = await readText(manifestFile);
          manifestBefore = manifest;
          await mkdir(cacheDir, { recursive: true });
          await writeFile(join(cacheDir, RUNNING), '');
          await mkdir(outDir, { recursive: true });
          const keptFolders = new Set(['.git', MEDIA_SEGMENT, ...(process.env[STAGED_FOR] ? [SEARCH_INDEX_SEGMENT] : [])]);
          const pages = manifest === undefined ? new Set<string>() : manifestOutputs(manifest);
          await keepOnly(outDir, pages, keptFolders);
          const { placed, linked } = await placeCachedPages(outDir, join(cacheDir, ASTRO_CACHED_PAGES), pages);
          kept = placed;
          logger.info(`${placed.size - linked} cached pages already in the output folder, ${linked} linked in from the cache`);
        }),
      // After the other integrations' build:done hooks (it is listed last): they write into the folder.
      'astro:build:done': ({ assets }) =>
        guarded(async () => {
          const written = new Set<string>();
          for (const urls of assets.values()) for (const url of urls) written.add(relative(outDir, fileURLToPath(url)).split(sep).join('/'));
          await deleteFiles(outDir, goneOutputs(kept, written));
          // Pages placed before the build that Astro rendered again (every page, after a change of
          // code) are new files too: left out, the next two builds linked all 27,100 pages of a
          // 20,000-story archive again, 6 s each.
          const manifestAfter = await readText(join(cacheDir, ASTRO_MANIFEST));
          const rendered = manifestAfter === undefined ? new Set<string>() : renderedOutputs(manifestBefore, manifestAfter);
          await shareRenderedPages(
            outDir,
            join(cacheDir, ASTRO_CACHED_PAGES),
            [...written].filter((page) => !kept.has(page) || rendered.has(page)),
          );
          await rm(join(cacheDir, RUNNING), { force: true });
        }),
    },
  };
}
