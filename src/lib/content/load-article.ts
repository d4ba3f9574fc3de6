/**
 * From one article file to everything a page needs: parsed front matter, sanitized body HTML,
 * the resolved lead picture and the reading time. The Astro loader and the tests share it.
 */
import { createTranslator } from '../i18n/index.ts';
import type { ResolvedImage } from '../render/figure.ts';
import { BodyLimitError, createMarkdownRenderer, LiveUpdateError, renderLabels, type LiveUpdate, type MarkdownRenderer } from '../render/pipeline.ts';
import { createRoutes } from '../routes.ts';
import type { ArticleData } from '../schemas/article.ts';
import { readingMinutes } from '../utils/reading-time.ts';
import type { ArticleFile } from './article-files.ts';
import { createImageResolver } from './bundle-images.ts';
import { kindOf } from './kinds.ts';
import { ContentError, type ContentProblem } from './errors.ts';
import { decodeArticleBytes, parseArticle } from './parse-article.ts';

export interface LoadedArticleData extends ArticleData {
  slug: string;
  /** The lead picture when `image.src` names one that exists. */
  leadImage?: ResolvedImage | undefined;
  readingMinutes: number;
  /** A live page's updates, newest first, as its body was rendered (absent for other kinds). */
  liveUpdates?: LiveUpdate[] | undefined;
}

export interface LoadedArticle {
  data: LoadedArticleData;
  body: string;
  html: string;
  warnings: string[];
}

export interface LoadArticleOptions {
  /** How the file is named in messages. */
  displayPath: string;
  timeZone: string;
  /** The renderer for an article's language (figure labels are spoken in it). */
  renderFor: (lang: string | undefined) => MarkdownRenderer;
  mediaUrl: (slug: string, file: string) => string;
}

export function articleFromSource(source: string, file: ArticleFile, options: LoadArticleOptions): Promise<LoadedArticle> {
  const parsed = parseArticle(source, options.displayPath, file.slug, { timeZone: options.timeZone });
  const warnings: string[] = [];
  const resolveImage = createImageResolver({
    articlePath: file.path,
    isBundle: file.relativePath.endsWith('/index.md'),
    mediaUrl: (media) => options.mediaUrl(file.slug, media),
    onMissing: (src, reason) => warnings.push(`${options.displayPath}: image "${src}" is not shown: ${reason}`),
  });
  const leadSrc = parsed.data.image?.src;
  const leadImage = leadSrc ? resolveImage(leadSrc) : undefined;
  const live = kindOf(parsed.data.kind).live;
  const rendering = options.renderFor(parsed.data.lang)({ markdown: parsed.body, path: file.path, resolveImage, liveUpdates: live }).catch((error: unknown) => {
    if (error instanceof BodyLimitError || error instanceof LiveUpdateError) {
      throw new ContentError([{ file: options.displayPath, field: 'body', message: error.message }]);
    }
    throw error;
  });
  return rendering.then((rendered) => ({
    data: {
      ...parsed.data,
      slug: file.slug,
      leadImage,
      readingMinutes: readingMinutes(rendered.wordCount),
      ...(live ? { liveUpdates: rendered.liveUpdates } : {}),
    },
    body: parsed.body,
    html: rendered.html,
    warnings: [...warnings, ...rendered.warnings.map((reason) => `${options.displayPath}: ${reason}`)],
  }));
}

/** Loads an article from the bytes of its file (read once by the caller, which also digests them). */
export function loadArticle(bytes: Uint8Array, file: ArticleFile, options: LoadArticleOptions): Promise<LoadedArticle> {
  return articleFromSource(decodeArticleBytes(bytes, options.displayPath), file, options);
}

/**
 * The settings an article's rendering depends on, as plain data: a worker thread gets these,
 * not functions, and builds the same renderers from them (src/loaders/render-pool.ts).
 */
export interface ArticleRenderSettings {
  /** The site's language, for articles without `lang`. */
  lang: string;
  timeZone: string;
  /** The base path, for the addresses of bundle pictures. */
  base: string;
}

/** Loads an article from its file's bytes; `displayPath` names the file in messages. */
export type ArticleFileLoader = (bytes: Uint8Array, file: ArticleFile, displayPath: string) => Promise<LoadedArticle>;

/** `loadArticle` as the settings say, with one renderer per language, made when first needed. */
export function createArticleLoader(settings: ArticleRenderSettings): ArticleFileLoader {
  const renderers = new Map<string, MarkdownRenderer>();
  const renderFor = (lang = settings.lang): MarkdownRenderer => {
    let renderer = renderers.get(lang);
    if (!renderer) renderers.set(lang, (renderer = createMarkdownRenderer({ labels: renderLabels(createTranslator(lang)), locale: lang, timeZone: settings.timeZone })));
    return renderer;
  };
  const mediaUrl = createRoutes(settings.base).media;
  return (bytes, file, displayPath) => loadArticle(bytes, file, { displayPath, timeZone: settings.timeZone, renderFor, mediaUrl });
}

/** A load's result as data that can cross a thread boundary: the article, or the problems of a file that breaks the content format. */
export type ArticleOutcome = { article: LoadedArticle } | { problems: readonly ContentProblem[] };

/** Settles a load into an outcome; any error but a ContentError is a bug and is thrown. */
export async function articleOutcome(load: () => Promise<LoadedArticle>): Promise<ArticleOutcome> {
  try {
    // Called in here: front matter is checked before the first await, so a bad file throws at once.
    return { article: await load() };
  } catch (error) {
    if (error instanceof ContentError) return { problems: error.problems };
    throw error;
  }
}
