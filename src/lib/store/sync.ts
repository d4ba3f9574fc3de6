/**
 * Sync: `content/` into the server mode's store, with the build's own parse and render path
 * (src/lib/content/load-article.ts, load-author.ts, the front page's parser), so a file the
 * build refuses never reaches the store. Incremental: a file whose bytes and pipeline
 * fingerprint (src/lib/build/fingerprints.ts, decision 020) are unchanged is not parsed again,
 * and one whose file-system stats are those it was last read with is not even read (as the
 * build's loader, src/lib/content/file-stats.ts: 20,000 files read and hashed took 4.4 s);
 * a file that went is removed, and an article is remembered as removed (the server answers 410).
 * A broken file is reported in one line and its stored version, if any, stays as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fingerprint as fingerprintOf } from '../build/fingerprints.ts';
import { articleFilesOf, duplicateSlugProblems, findArticleFiles, type ArticleFile } from '../content/article-files.ts';
import { ContentError, formatProblem, type ContentProblem } from '../content/errors.ts';
import { settledStatKey } from '../content/file-stats.ts';
import { articleOutcome, createArticleLoader, type ArticleRenderSettings } from '../content/load-article.ts';
import { loadAuthor } from '../content/load-author.ts';
import { decodeArticleBytes } from '../content/parse-article.ts';
import { createTranslator } from '../i18n/index.ts';
import { createMarkdownRenderer, renderLabels } from '../render/pipeline.ts';
import { authorTag, FRONT_TAG, publishTags, type TaggedStory } from '../hosting/cache-tags.ts';
import { createRoutes } from '../routes.ts';
import type { SiteSettings } from '../settings.ts';
import { parseFrontPage, FRONT_PAGE_FILE, type FrontPageEntryData } from '../../loaders/front-page.ts';
import { displayPath } from '../../loaders/project-path.ts';
import { listingRows, type ListingRow } from './listing-rows.ts';
import { searchDocument } from './search-document.ts';
import type { SyncTargets } from './sync-targets.ts';
import type { EntryKind, SearchDocument, Store } from './store.ts';

/** What one sync changed. */
export interface SyncReport {
  /** Slugs written (new or changed), by kind. */
  written: Record<EntryKind, string[]>;
  /** Slugs removed, by kind. */
  removed: Record<EntryKind, string[]>;
  /** Files whose bytes and fingerprint were unchanged. */
  unchanged: number;
  frontPageChanged: boolean;
  /** The cache tags of the pages the changes touch (src/lib/hosting/cache-tags.ts), sorted. */
  tags: string[];
  /** One line per problem: file, field, what was expected. */
  problems: string[];
}

const digest = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

export interface SyncOptions {
  /** The project root: files are named relative to it, as the build names them. */
  root: string;
  settings: SiteSettings;
  /** The moment removals are recorded at. */
  now?: number;
  /**
   * Only these stories, profiles and front page (./sync-targets.ts), read again whatever their
   * bytes, as a publish names them; by default every file, each read only if it changed.
   */
  targets?: SyncTargets | undefined;
}

/** The files of these slugs that are there: none (the story went), one, or two (a duplicate). */
async function filesOf(dir: string, slugs: ReadonlySet<string>): Promise<ArticleFile[]> {
  const candidates = [...slugs].flatMap((slug) => articleFilesOf(dir, slug));
  const present = await Promise.all(
    candidates.map((file) =>
      stat(file.path).then(
        (stats) => stats.isFile(),
        () => false,
      ),
    ),
  );
  return candidates.filter((_, index) => present[index]);
}

export async function syncContent(store: Store, { root, settings, now = Date.now(), targets }: SyncOptions): Promise<SyncReport> {
  const contentDir = resolve(root, settings.contentDir);
  const renderSettings: ArticleRenderSettings = { lang: settings.lang, timeZone: settings.timeZone, base: settings.base };
  // The articles loader's fingerprint (the code of the parse path and pipeline, and the render
  // settings) and that of what the store keeps beside a story (its search document, its listings).
  const fingerprint = `${await fingerprintOf(root, 'articles', { ...renderSettings })}:${await fingerprintOf(root, 'storeRows', { timeZone: settings.timeZone })}`;
  const report: SyncReport = { written: { articles: [], authors: [] }, removed: { articles: [], authors: [] }, unchanged: 0, frontPageChanged: false, tags: [], problems: [] };
  const shownAs = (file: ArticleFile) => displayPath(root, file.path);
  const problems: ContentProblem[] = [];

  // One transaction around the whole sync: readers see the store as it was until it commits,
  // and each file is written as soon as it is rendered, so a whole archive is never held in
  // memory (4.2 GiB at 200,000 stories when every write waited for the end). What a changed or
  // removed story was is read just before it is written: the listings it leaves are purged too.
  const tags = new Set<string>();
  const syncFolder = async (
    kind: EntryKind,
    folder: string,
    load: (
      bytes: Buffer,
      file: ArticleFile,
    ) => Promise<{ data: object; html: string; warnings: readonly string[]; search?: SearchDocument | undefined; listings?: readonly ListingRow[] }>,
  ) => {
    const dir = resolve(contentDir, folder);
    const named = targets?.slugs[kind];
    const files = named ? await filesOf(dir, named) : existsSync(dir) ? await findArticleFiles(dir) : [];
    const duplicates = duplicateSlugProblems(files, shownAs);
    problems.push(...duplicates);
    const stored = await store.digests(kind, named && [...named]);
    const seen = new Set<string>();
    const touched = async (id: string, after: object | undefined) => {
      if (kind === 'authors') return void tags.add(authorTag(id));
      const before = (await store.entry<TaggedStory>(kind, id))?.data;
      for (const tag of publishTags(before, after as TaggedStory | undefined)) tags.add(tag);
    };
    for (const file of files) {
      seen.add(file.slug);
      if (duplicates.some((problem) => problem.file === shownAs(file))) continue;
      const previous = stored.get(file.slug);
      // Stat before read: a write in between leaves old stats with new bytes, read again next time.
      const settled = await stat(file.path, { bigint: true }).then(
        (stats) => settledStatKey(stats, Date.now()),
        () => undefined,
      );
      const stats = settled === undefined ? '' : `${fingerprint}:${settled}`;
      // A named file is read again whatever its bytes: a bundle's picture may be what changed.
      if (!named && stats !== '' && previous?.stats === stats && previous.file === file.relativePath) {
        report.unchanged += 1;
        continue;
      }
      const bytes = await readFile(file.path);
      const fileDigest = digest(fingerprint, kind, file.relativePath, bytes);
      if (!named && previous?.digest === fileDigest && previous.file === file.relativePath) {
        report.unchanged += 1;
        // Touched but the same (a fresh checkout): the next sync need not read it.
        if (stats !== previous.stats) await store.recordStats(kind, file.slug, stats);
        continue;
      }
      try {
        const loaded = await load(bytes, file);
        for (const warning of loaded.warnings) console.warn(`[warta] ${warning}`);
        await touched(file.slug, loaded.data);
        // An article's search and listing rows are written with it, in the same transaction.
        await store.put(kind, { id: file.slug, file: file.relativePath, digest: fileDigest, data: loaded.data, html: loaded.html }, loaded.search, loaded.listings);
        if (stats !== '') await store.recordStats(kind, file.slug, stats);
        report.written[kind].push(file.slug);
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        problems.push(...error.problems);
      }
    }
    for (const id of stored.keys())
      if (!seen.has(id)) {
        await touched(id, undefined);
        await store.remove(kind, id, now);
        report.removed[kind].push(id);
      }
  };

  const loadArticleFile = createArticleLoader(renderSettings);
  const renderAuthor = createMarkdownRenderer({ labels: renderLabels(createTranslator(settings.lang)), locale: settings.lang, timeZone: settings.timeZone });
  const routes = createRoutes(settings.base);
  const frontPath = resolve(contentDir, FRONT_PAGE_FILE);
  await store.transaction(async () => {
    await syncFolder('articles', 'articles', async (bytes, file) => {
      const outcome = await articleOutcome(() => loadArticleFile(bytes, file, shownAs(file)));
      if ('problems' in outcome) throw new ContentError(outcome.problems);
      const { data, html, warnings } = outcome.article;
      return { data, html, warnings, search: searchDocument(data, html), listings: listingRows(data, settings.timeZone) };
    });
    await syncFolder('authors', 'authors', async (bytes, file) => {
      const { data, html, warnings } = await loadAuthor(bytes, file, { displayPath: shownAs(file), render: renderAuthor, mediaUrl: routes.authorMedia });
      return { data, html, warnings };
    });

    if (targets && !targets.frontPage) return;
    const previousFront = await store.frontPage<FrontPageEntryData>();
    if (existsSync(frontPath)) {
      const bytes = await readFile(frontPath);
      const frontDigest = digest(bytes);
      if (previousFront?.digest !== frontDigest) {
        const file = displayPath(root, frontPath);
        try {
          const data: FrontPageEntryData = { file, config: parseFrontPage(decodeArticleBytes(bytes, file), file) };
          await store.setFrontPage({ digest: frontDigest, data });
          report.frontPageChanged = true;
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          problems.push(...error.problems);
        }
      }
    } else if (previousFront) {
      await store.setFrontPage(undefined);
      report.frontPageChanged = true;
    }
  });
  if (report.frontPageChanged) tags.add(FRONT_TAG);
  report.tags = [...tags].sort();
  report.problems = problems.map(formatProblem);
  return report;
}
