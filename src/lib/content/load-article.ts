/**
 * From one article file to everything a page needs: parsed front matter, sanitized body HTML,
 * the resolved lead picture and the reading time. The Astro loader and the tests share it.
 */
import type { ResolvedImage } from '../render/figure.ts';
import { BodyLimitError, LiveUpdateError, type LiveUpdate, type MarkdownRenderer } from '../render/pipeline.ts';
import type { ArticleData } from '../schemas/article.ts';
import { readingMinutes } from '../utils/reading-time.ts';
import type { ArticleFile } from './article-files.ts';
import { createImageResolver } from './bundle-images.ts';
import { kindOf } from './kinds.ts';
import { ContentError } from './errors.ts';
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
