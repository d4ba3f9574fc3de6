/**
 * Astro content loader for Warta articles. It reads `<contentDir>/articles`, renders every
 * body with Warta's own unified pipeline (src/lib) and hands Astro the sanitized HTML, so the
 * dev server and the build share one path. Unchanged files are not parsed or rendered again:
 * the stored digest covers the file and the pipeline's own source.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { duplicateSlugProblems, findArticleFiles, isArticlePath, readAhead, type ArticleFile } from '../lib/content/article-files.ts';
import { ContentError, type ContentProblem } from '../lib/content/errors.ts';
import { articleOutcome, createArticleLoader, type ArticleOutcome, type ArticleRenderSettings } from '../lib/content/load-article.ts';
import { problemEntryData } from '../lib/content/problem-entries.ts';
import { slugFromPath } from '../lib/content/parse-article.ts';
import type { SiteSettings } from '../lib/settings.ts';
import { pipelineFingerprint } from './pipeline-fingerprint.ts';
import { createRenderPool } from './render-pool.ts';
import { displayPath as displayPathOf, projectPath as projectPathOf } from './project-path.ts';
import { stopBuild } from './stop-build.ts';

/**
 * Below this many files to render (after the cache check), one thread renders them: starting
 * the workers costs more than they save. Measured in docs/decisions/008-render-pool.md.
 */
export const RENDER_POOL_MIN_FILES = 2_000;

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
      // Only what changes an article's rendering: a new site name must not re-render 20,000 bodies.
      const fingerprint = await pipelineFingerprint(root, JSON.stringify([settings.lang, settings.timeZone, settings.base]));
      const projectPath = (file: ArticleFile) => projectPathOf(root, file.path);
      const displayPath = (file: ArticleFile) => displayPathOf(root, file.path);
      const digestOf = (file: ArticleFile, bytes: Buffer) => context.generateDigest(`${fingerprint}\0${file.relativePath}\0${bytes.toString('base64')}`);

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

      const renderHere = (item: FileToRender) => articleOutcome(() => loadArticleFile(item.bytes, item.file, displayPath(item.file)));

      /** Loads one file on this thread, unless the store has it as it is (`astro dev`'s re-syncs). */
      async function sync(file: ArticleFile): Promise<readonly ContentProblem[]> {
        const bytes = await readFile(file.path);
        const item = { file, bytes, digest: digestOf(file, bytes) };
        return context.store.get(file.slug)?.digest === item.digest ? [] : store(item, await renderHere(item));
      }

      /** Loads every file the store lacks as it is: in worker threads when there are enough to pay for them. */
      async function syncAll(files: readonly ArticleFile[]): Promise<ContentProblem[]> {
        const toRender: FileToRender[] = [];
        for (const [index, read] of readAhead(files).entries()) {
          const file = files[index]!;
          const bytes = await read();
          const digest = digestOf(file, bytes);
          if (context.store.get(file.slug)?.digest !== digest) toRender.push({ file, bytes, digest });
        }
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

      const files = await findArticleFiles(articlesDir);
      const problems = [...duplicateSlugProblems(files, displayPath), ...(await syncAll(files))];
      if (problems.length > 0) {
        const error = new ContentError(problems);
        if (!context.watcher) stopBuild(error);
        // `astro dev` starts anyway and shows the problems in the browser (see sync).
        context.logger.error(error.message);
      }
      const slugs = new Set(files.map((file) => file.slug));
      for (const id of context.store.keys()) if (!slugs.has(id)) context.store.delete(id);

      watchArticles(context, articlesDir, sync);
    },
  };
}

/** In `astro dev`: reload an article the moment its file changes, and drop it when it goes. */
function watchArticles(context: LoaderContext, articlesDir: string, sync: (file: ArticleFile) => Promise<readonly ContentProblem[]>): void {
  const { watcher, logger, store } = context;
  if (!watcher) return;
  watcher.add(articlesDir);
  const toArticleFile = (path: string): ArticleFile | undefined => {
    const relativePath = relative(articlesDir, path).replace(/\\/g, '/');
    if (relativePath.startsWith('..') || !isArticlePath(relativePath)) return undefined;
    return { slug: slugFromPath(relativePath), path, relativePath };
  };
  const onChange = async (path: string) => {
    const file = toArticleFile(path);
    if (!file) return;
    const problems = await sync(file);
    // The terminal says what is wrong too; the browser shows it from the store (see sync).
    if (problems.length > 0) logger.error(new ContentError(problems).message);
    else logger.info(`reloaded ${file.relativePath}`);
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', (path) => {
    const file = toArticleFile(path);
    if (file) store.delete(file.slug);
  });
}
