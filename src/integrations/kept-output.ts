/**
 * Astro integration: an incremental build into the same output folder as the last one keeps the
 * pages it may skip where they are, instead of Astro emptying the folder and copying every
 * skipped page back from its cache (docs/decisions/009-kept-output-folder.md). On this machine's
 * disk, copying 27,000 pages back took longer than everything else an unchanged build does.
 *
 * astro.config.mjs turns Astro's own emptying off (`vite.build.emptyOutDir: false`); this does
 * it instead, at the start of every build:
 * - the folder is kept only when the cache folder's record says the last build that used this
 *   cache finished writing exactly this folder, and neither the cache's manifest nor the folder
 *   changed since. Then everything but the pages in Astro's manifest is deleted (assets, public
 *   files, unkeyed pages, pictures: this build writes them again), and Astro finds
 *   each page it skips already in place (its log says "(cached)"). The search index stays too
 *   when `npm run build` runs Astro: its post-build step updates it in place.
 * - otherwise the folder is emptied as Astro would have (but for `.git`), and the cached copies
 *   of the manifest's pages are hard-linked into it, so that Astro again finds the pages it skips
 *   in place ("(cached)"), or copied where links cannot be made.
 * At the end, kept pages this build neither wrote nor skipped are deleted (a story taken down),
 * and the record is written. A build that stops half-way leaves no record, so the next one
 * empties the folder; it also leaves a marker that makes the next build drop Astro's manifest,
 * whose cached copies may already hold pages of the build that never finished.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { canKeepOutput, goneOutputs, keptDirectories, manifestOutputs, parseRecord, type KeptOutputRecord } from '../lib/build/kept-output.ts';
import { SEARCH_INDEX_SEGMENT } from '../lib/routes.ts';
import { inBatches } from '../lib/utils/in-batches.ts';
import { linkOrCopy } from '../post-build/link-or-copy.ts';

/** Astro's manifest in the cache folder (node_modules/astro/dist/core/build/incremental.js). */
const ASTRO_MANIFEST = 'incremental-build.json';
/** Where Astro keeps its copies of the pages, inside the cache folder. */
const ASTRO_CACHED_PAGES = 'dist';
/** Warta's note that a build finished writing its output folder. */
const RECORD = 'warta-kept-output.json';
/** Present while a build runs. */
const RUNNING = 'warta-build-running';

/**
 * Set by scripts/build.ts for the Astro build it runs: the search index is written after it and
 * updates `pagefind/` in place (src/post-build/search-index.ts), so a kept folder keeps that too.
 * A bare `astro build` writes no index, and must not leave the last one behind.
 */
export const SEARCH_INDEX_FOLLOWS = 'WARTA_SEARCH_INDEX_FOLLOWS';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const readText = (file: string): Promise<string | undefined> => readFile(file, 'utf8').catch(() => undefined);
const folderTime = (dir: string): Promise<string | undefined> =>
  stat(dir, { bigint: true }).then(
    (stats) => String(stats.mtimeNs),
    () => undefined,
  );

/** Empties `outDir` but for `.git`, as Astro's emptyDir does. */
async function emptyFolder(outDir: string): Promise<void> {
  const names = await readdir(outDir).catch(() => []);
  await Promise.all(names.filter((name) => name !== '.git').map((name) => rm(join(outDir, name), { recursive: true, force: true })));
}

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
 * Puts Astro's cached copies of `pages` into the emptied `outDir` as hard links (copies where
 * the cache is on another file system), so that Astro finds every page it skips in place instead
 * of copying it: on this machine's disk linking 27,000 pages takes about half as long as copying
 * them. Returns the pages put there. A page Astro renders again is written into the shared file
 * and then, with the same bytes, into its cached copy; a build killed in between is handled by
 * the marker (see above).
 */
async function linkCachedPages(outDir: string, cachedDist: string, pages: ReadonlySet<string>): Promise<Set<string>> {
  // One mkdir per folder, awaited by every page in it (a card folder holds thousands).
  const folders = new Map<string, Promise<unknown>>();
  const placed = await inBatches([...pages], LINKS_AT_ONCE, async (page) => {
    const folder = dirname(join(outDir, page));
    if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
    await folders.get(folder);
    // A copy the cache lacks is Astro's to render.
    return linkOrCopy(join(cachedDist, page), join(outDir, page)).then(
      () => page,
      (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)),
    );
  });
  return new Set(placed.filter((page) => page !== undefined));
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

/**
 * Notes in the cache folder that `outDir` now holds what this build wrote: called when Astro has
 * finished, and again by scripts/build.ts once the search index and compressed files are in,
 * since writing them changes the folder.
 */
export async function recordKeptOutput(outDir: string, cacheDir: string): Promise<void> {
  const [manifest, time] = await Promise.all([readText(join(cacheDir, ASTRO_MANIFEST)), folderTime(outDir)]);
  const file = join(cacheDir, RECORD);
  if (manifest === undefined || time === undefined) return void (await rm(file, { force: true }));
  const record: KeptOutputRecord = { outDir, manifest: sha256(manifest), folderTime: time };
  await writeFile(file, JSON.stringify(record));
}

/** Whether `outDir` still holds what the last build that used `cacheDir` recorded there. */
export async function isOutputAsRecorded(outDir: string, cacheDir: string): Promise<boolean> {
  if (existsSync(join(cacheDir, RUNNING))) return false;
  const [manifest, record, time] = await Promise.all([readText(join(cacheDir, ASTRO_MANIFEST)), readText(join(cacheDir, RECORD)), folderTime(outDir)]);
  return manifest !== undefined && record !== undefined && canKeepOutput(parseRecord(record), { outDir, manifest: sha256(manifest), folderTime: time });
}

export default function keptOutput(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let kept: ReadonlySet<string> = new Set();
  return {
    name: 'warta:kept-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': async ({ logger }) => {
        const manifestFile = join(cacheDir, ASTRO_MANIFEST);
        if (existsSync(join(cacheDir, RUNNING))) {
          logger.info('the last build did not finish: every page is rendered again');
          await rm(manifestFile, { force: true });
        }
        const [manifest, record, time] = await Promise.all([readText(manifestFile), readText(join(cacheDir, RECORD)), folderTime(outDir)]);
        await rm(join(cacheDir, RECORD), { force: true });
        await mkdir(cacheDir, { recursive: true });
        await writeFile(join(cacheDir, RUNNING), '');
        const keep = manifest !== undefined && canKeepOutput(record === undefined ? undefined : parseRecord(record), { outDir, manifest: sha256(manifest), folderTime: time });
        kept = keep ? manifestOutputs(manifest) : new Set();
        const keptFolders = new Set(['.git', ...(process.env[SEARCH_INDEX_FOLLOWS] === '1' ? [SEARCH_INDEX_SEGMENT] : [])]);
        if (kept.size > 0) await keepOnly(outDir, kept, keptFolders);
        else {
          await emptyFolder(outDir);
          if (manifest !== undefined) kept = await linkCachedPages(outDir, join(cacheDir, ASTRO_CACHED_PAGES), manifestOutputs(manifest));
        }
      },
      // After the other integrations' build:done hooks (it is listed last): they write into the folder.
      'astro:build:done': async ({ assets }) => {
        const written = new Set<string>();
        for (const urls of assets.values()) for (const url of urls) written.add(relative(outDir, fileURLToPath(url)).split(sep).join('/'));
        await deleteFiles(outDir, goneOutputs(kept, written));
        await recordKeptOutput(outDir, cacheDir);
        await rm(join(cacheDir, RUNNING), { force: true });
      },
    },
  };
}
