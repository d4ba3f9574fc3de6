/**
 * Astro content loader for Warta articles. It reads `<contentDir>/articles`, renders every
 * body with Warta's own unified pipeline (src/lib) and hands Astro the sanitized HTML, so the
 * dev server and the build share one path. Unchanged files are not parsed or rendered again:
 * the stored digest covers the file and the articles fingerprint (src/lib/build/fingerprints.ts:
 * the code and packages of the parse path and the pipeline, and the render settings).
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { articleFilesOf, duplicateSlugProblems, findArticleFiles, isArticlePath, bundleIndexOf, isBundleIndex, readAhead, type ArticleFile } from '../lib/content/article-files.ts';
import { fingerprint as fingerprintOf } from '../lib/build/fingerprints.ts';
import { ContentError, type ContentProblem } from '../lib/content/errors.ts';
import { articleStatKey, isUnchanged, readFileStatRecord, type ArticleStats, type FileStatRecord } from '../lib/content/file-stats.ts';
import { bundlePictureFacts } from '../lib/content/bundle-images.ts';
import { articleOutcome, createArticleLoader, type ArticleOutcome, type ArticleRenderSettings } from '../lib/content/load-article.ts';
import { problemEntryData } from '../lib/content/problem-entries.ts';
import { slugFromPath } from '../lib/content/parse-article.ts';
import type { SiteSettings } from '../lib/settings.ts';
import { filesBelow } from '../lib/utils/files-below.ts';
import { watchFolder } from './folder-watcher.ts';
import { createRenderPool } from './render-pool.ts';
import { displayPath as displayPathOf, projectPath as projectPathOf } from './project-path.ts';
import { stopBuild } from './stop-build.ts';

/**
 * Below this many files to render (after the cache check), one thread renders them: starting
 * the workers costs more than they save. Measured in docs/decisions/008-render-pool.md.
 */
export const RENDER_POOL_MIN_FILES = 2_000;

/** The collection's meta entry holding the file stats of the last load. */
const FILE_STATS_KEY = 'file-stats';

/**
 * An article file's stats and, for a bundle's `index.md`, those of every other file in the
 * bundle; undefined when the file is gone. Read synchronously: for 20,000 stories, 14,000 of
 * them bundles with 18,000 pictures, the same calls through libuv's thread pool added 1.7 s to
 * each load, and one after the other on the main thread about 0.5 s.
 */
function articleStats(file: ArticleFile): ArticleStats | undefined {
  const own = statSync(file.path, { bigint: true, throwIfNoEntry: false });
  if (!own) return undefined;
  if (!isBundleIndex(file.relativePath)) return { own, bundle: [] };
  const bundleDir = dirname(file.path);
  const names = filesBelow(bundleDir)
    .filter((name) => name !== 'index.md')
    .sort();
  // A file gone since the listing is not in the bundle.
  const bundle = names.flatMap((name) => {
    const stats = statSync(join(bundleDir, name), { bigint: true, throwIfNoEntry: false });
    return stats ? [[name, stats] as const] : [];
  });
  return { own, bundle };
}

/** A file whose stored entry is missing or out of date. */
interface FileToRender {
  file: ArticleFile;
  bytes: Buffer;
  digest: string;
}

export function articlesLoader(settings: SiteSettings): Loader {
  return {
    name: 'warta-articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const articlesDir = resolve(root, settings.contentDir, 'articles');
      const renderSettings: ArticleRenderSettings = { lang: settings.lang, timeZone: settings.timeZone, base: settings.base };
      const loadArticleFile = createArticleLoader(renderSettings);
      // The settings a worker renders with, and nothing else: a new site name must not re-render 20,000 bodies.
      const fingerprint = await fingerprintOf(root, 'articles', { ...renderSettings });
      const projectPath = (file: ArticleFile) => projectPathOf(root, file.path);
      const displayPath = (file: ArticleFile) => displayPathOf(root, file.path);
      /** The file's bytes and, for a bundle, what its figures read from the bundle's files, read after the stats. */
      const digestOf = (file: ArticleFile, bytes: Buffer, stats: ArticleStats | undefined) =>
        context.generateDigest(
          `${fingerprint}\0${file.relativePath}\0${bundlePictureFacts(dirname(file.path), stats?.bundle.map(([name]) => name) ?? [])}\0${bytes.toString('base64')}`,
        );

      /** Puts one loaded file into the store; returns its problems instead of throwing. */
      function store({ file, digest }: FileToRender, outcome: ArticleOutcome): readonly ContentProblem[] {
        if ('problems' in outcome) {
          // `astro dev` keeps running: the pages show the problems until the file is fixed.
          if (context.watcher) context.store.set({ id: file.slug, data: { ...problemEntryData(outcome.problems) } });
          return outcome.problems;
        }
        const { article } = outcome;
        for (const warning of article.warnings) context.logger.warn(warning);
        context.store.set({
          id: file.slug,
          data: { ...article.data },
          // No \`body\`: pages use the rendered HTML only, and the Markdown would double the
          // text the store holds in memory and writes to disk.
          ...(projectPath(file) ? { filePath: projectPath(file) } : {}),
          digest,
          rendered: { html: article.html },
        });
        return [];
      }

      const storedDigest = (slug: string) => {
        const digest = context.store.get(slug)?.digest;
        return digest === undefined ? undefined : String(digest);
      };

      /**
       * In `astro dev`: the entry of a slug that two files claim holds that problem, whichever
       * file was stored last, so the pages show it until one of the files goes.
       */
      function storeDuplicate(group: readonly ArticleFile[]): readonly ContentProblem[] {
        const problems = duplicateSlugProblems(group, displayPath);
        context.store.set({ id: group[0]!.slug, data: { ...problemEntryData(problems) } });
        return problems;
      }

      const renderHere = (item: FileToRender) => articleOutcome(() => loadArticleFile(item.bytes, item.file, displayPath(item.file)));

      /** Loads one file on this thread, unless the store has it as it is (`astro dev`'s re-syncs). */
      async function sync(file: ArticleFile): Promise<readonly ContentProblem[]> {
        const stats = articleStats(file);
        const bytes = await readFile(file.path);
        const item = { file, bytes, digest: digestOf(file, bytes, stats) };
        return context.store.get(file.slug)?.digest === item.digest ? [] : store(item, await renderHere(item));
      }

      /**
       * Loads every file the store lacks as it is: in worker threads when there are enough to pay
       * for them. Files whose stats are the ones recorded when the store last read them are not
       * read at all (src/lib/content/file-stats.ts).
       */
      async function syncAll(files: readonly ArticleFile[]): Promise<ContentProblem[]> {
        const recorded = readFileStatRecord(context.meta.get(FILE_STATS_KEY), fingerprint);
        const now = Date.now();
        const stats = files.map(articleStats);
        const record: FileStatRecord = { fingerprint, files: {} };
        const toRead: { file: ArticleFile; stats: ArticleStats | undefined; statKey: string | undefined }[] = [];
        for (const [index, file] of files.entries()) {
          const previous = recorded[file.relativePath];
          const statKey = stats[index] && articleStatKey(stats[index], now);
          if (isUnchanged(previous, statKey, storedDigest(file.slug))) record.files[file.relativePath] = previous!;
          else toRead.push({ file, stats: stats[index], statKey });
        }
        const toRender: FileToRender[] = [];
        for (const [index, read] of readAhead(toRead.map(({ file }) => file)).entries()) {
          // Stat before read: a write in between leaves old stats with new bytes, read again next time.
          const { file, stats, statKey } = toRead[index]!;
          const bytes = await read();
          const digest = digestOf(file, bytes, stats);
          if (statKey) record.files[file.relativePath] = [statKey, digest];
          if (context.store.get(file.slug)?.digest !== digest) toRender.push({ file, bytes, digest });
        }
        const recordText = JSON.stringify(record);
        if (context.meta.get(FILE_STATS_KEY) !== recordText) context.meta.set(FILE_STATS_KEY, recordText);
        const problems: ContentProblem[] = [];
        if (toRender.length < RENDER_POOL_MIN_FILES) {
          for (const item of toRender) problems.push(...store(item, await renderHere(item)));
          return problems;
        }
        const pool = createRenderPool(renderSettings);
        try {
          const outcomes = toRender.map(({ bytes, file }) => pool.render({ bytes, file, displayPath: displayPath(file) }));
          // Awaited in order below; a failure further on must not count as unhandled meanwhile.
          for (const outcome of outcomes) outcome.catch(() => undefined);
          // Stored in file order, as on one thread: the same warnings in the same order.
          for (const [index, outcome] of outcomes.entries()) problems.push(...store(toRender[index]!, await outcome));
        } finally {
          await pool.close();
        }
        return problems;
      }

      /**
       * Loads a slug again after a change to one of its files (`astro dev`): what that slug is
       * depends on both its files, since `x.md` and `x/index.md` together are a duplicate, and
       * removing either leaves the other. Undefined when neither is there any more.
       */
      async function resync(slug: string): Promise<readonly ContentProblem[] | undefined> {
        const present = articleFilesOf(articlesDir, slug).filter((file) => existsSync(file.path));
        if (present.length === 0) {
          context.store.delete(slug);
          return undefined;
        }
        return present.length > 1 ? storeDuplicate(present) : sync(present[0]!);
      }

      const files = await findArticleFiles(articlesDir);
      const problems = [...duplicateSlugProblems(files, displayPath), ...(await syncAll(files))];
      if (context.watcher) for (const group of Map.groupBy(files, (file) => file.slug).values()) if (group.length > 1) storeDuplicate(group);
      if (problems.length > 0) {
        const error = new ContentError(problems);
        if (!context.watcher) stopBuild(error);
        // `astro dev` starts anyway and shows the problems in the browser (see sync).
        context.logger.error(error.message);
      }
      const slugs = new Set(files.map((file) => file.slug));
      for (const id of context.store.keys()) if (!slugs.has(id)) context.store.delete(id);

      await watchArticles(context, articlesDir, resync);
    },
  };
}

/** In `astro dev`: reload an article the moment one of its files changes, and drop it when they go. */
async function watchArticles(context: LoaderContext, articlesDir: string, resync: (slug: string) => Promise<readonly ContentProblem[] | undefined>): Promise<void> {
  const { watcher, logger } = context;
  if (!watcher) return;
  const toArticleFile = (path: string): ArticleFile | undefined => {
    const changed = relative(articlesDir, path).replace(/\\/g, '/');
    // A file of a bundle beside its index.md (a picture replaced) changes the bundle's story.
    const relativePath = bundleIndexOf(changed) ?? changed;
    if (relativePath.startsWith('..') || !isArticlePath(relativePath)) return undefined;
    return { slug: slugFromPath(relativePath), path: resolve(articlesDir, relativePath), relativePath };
  };
  const reload = async (file: ArticleFile) => {
    const problems = await resync(file.slug);
    // The terminal says what is wrong too; the browser shows it from the store (see sync).
    if (problems && problems.length > 0) logger.error(new ContentError(problems).message);
    else if (problems) logger.info(`reloaded ${file.relativePath}`);
  };
  // One write can be reported twice (truncated, then written): each slug's reloads run in order,
  // so the last one stored reads its files as they were last written.
  const queues = new Map<string, Promise<void>>();
  const onPath = (path: string) => {
    const file = toArticleFile(path);
    if (!file) return;
    const queued = (queues.get(file.slug) ?? Promise.resolve())
      .then(() => reload(file))
      .catch((error: unknown) => logger.error(`${file.relativePath}: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        if (queues.get(file.slug) === queued) queues.delete(file.slug);
      });
    queues.set(file.slug, queued);
  };
  await watchFolder(articlesDir, onPath, (error) => logger.error(`watching ${articlesDir}: ${error.message}`));
}
