/**
 * Astro integration: after the build, draws a social card (src/lib/social/card.ts) for every
 * article page and writes it to `kartu/<slug>.png`, the picture the page offers link previews.
 * It reads the built pages rather than the content store, so a card exists exactly for the
 * articles that were built (no drafts, nothing scheduled) and says what the page says.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ARTICLES_SEGMENT, socialCardFile } from '../lib/routes.ts';
import { settings, type SiteSettings } from '../lib/settings.ts';
import { renderSocialCard, type SocialCardInput } from '../lib/social/card.ts';
import { humanDate, parseArticleDate } from '../lib/utils/dates.ts';

export type CardDateOptions = Pick<SiteSettings, 'lang' | 'timeZone'>;

export interface ArticlePage {
  slug: string;
  /** The built page's file, for messages. */
  path: string;
  /** Undefined when the page carries no NewsArticle structured data. */
  card: SocialCardInput | undefined;
}

/**
 * Two cards at a time, for a two-core build machine: satori lays one out on the main thread
 * while resvg rasterizes the other on libuv's thread pool.
 */
const CONCURRENCY = 2;

/**
 * A regular expression is exact here, no HTML parser needed: it only looks inside `<head>`,
 * where Astro escapes `<` in every value it writes and Warta's serializeJsonLd writes `<` as
 * `\u003c` inside the JSON-LD block, so the only `<script` and `</script>` there are real tags.
 */
const JSON_LD_BLOCK = /<script\b[^>]*\btype=(["']?)application\/ld\+json\1[^>]*>([\s\S]*?)<\/script\s*>/gi;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The NewsArticle node of a JSON-LD value: a single node, a list of nodes or an `@graph`. */
function findNewsArticle(value: unknown): Json | undefined {
  const nodes = Array.isArray(value) ? value : isObject(value) && Array.isArray(value['@graph']) ? value['@graph'] : [value];
  return nodes.find((node): node is Json => isObject(node) && node['@type'] === 'NewsArticle');
}

function requiredText(value: unknown, field: string, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`${path}: the NewsArticle structured data has no ${field}`);
  return value;
}

/**
 * The card for one built article page: headline, section and site name from its NewsArticle
 * JSON-LD, the publication day in the site's language. Only the day: JSON-LD writes a bare
 * date as midnight, so it cannot say whether a time was given, and a clock adds nothing to a
 * preview picture.
 */
export function cardFromPage(html: string, path: string, options: CardDateOptions): SocialCardInput | undefined {
  const headEnd = html.search(/<\/head\s*>/i);
  if (headEnd === -1) return undefined;
  for (const [, , json] of html.slice(0, headEnd).matchAll(JSON_LD_BLOCK)) {
    let value: unknown;
    try {
      value = JSON.parse(json!);
    } catch (error) {
      throw new Error(`${path}: its JSON-LD block is not JSON`, { cause: error });
    }
    const article = findNewsArticle(value);
    if (!article) continue;
    const published = typeof article.datePublished === 'string' ? parseArticleDate(article.datePublished, options.timeZone) : undefined;
    return {
      title: requiredText(article.headline, 'headline', path),
      section: requiredText(article.articleSection, 'articleSection', path),
      siteName: requiredText(isObject(article.isPartOf) ? article.isPartOf.name : undefined, 'isPartOf.name', path),
      date: published && humanDate({ ...published, dateOnly: true }, options.lang, options.timeZone),
    };
  }
  return undefined;
}

/** Every built article page, `<outDir>/berita/<slug>/index.html`, with its card, by slug. */
export async function readArticlePages(outDir: string, options: CardDateOptions): Promise<ArticlePage[]> {
  const articlesDir = join(outDir, ARTICLES_SEGMENT);
  const entries = await readdir(articlesDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    // A site without articles has no folder for them.
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const pages: ArticlePage[] = [];
  for (const entry of entries.filter((entry) => entry.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(articlesDir, entry.name, 'index.html');
    const html = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (html !== undefined) pages.push({ slug: entry.name, path, card: cardFromPage(html, path, options) });
  }
  return pages;
}

/** Runs `task` on every item, at most `limit` at once. */
async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Cards already drawn, by a digest of what they show and of the drawing code: a rebuild
 * after one article changed draws one card, not 20,000.
 */
async function cardCache(cacheDir: string) {
  const drawing = await readFile(new URL('../lib/social/card.ts', import.meta.url));
  const version = createHash('sha256').update(drawing).digest('hex').slice(0, 12);
  const folder = join(cacheDir, 'social-cards');
  await mkdir(folder, { recursive: true });
  const pathOf = (card: SocialCardInput) => join(folder, `${createHash('sha256').update(version).update(JSON.stringify(card)).digest('hex').slice(0, 32)}.png`);
  return {
    get: (card: SocialCardInput) => readFile(pathOf(card)).catch(() => undefined),
    set: (card: SocialCardInput, png: Uint8Array) => writeFile(pathOf(card), png),
  };
}

export default function socialCards(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'warta-social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const pages = await readArticlePages(outDir, settings);
        // The page links a card all the same: say so rather than leave a broken preview unexplained.
        for (const page of pages) if (!page.card) logger.warn(`${page.path}: no NewsArticle structured data, so no social card`);
        const articles = pages.filter((page): page is ArticlePage & { card: SocialCardInput } => page.card !== undefined);
        const cache = await cardCache(cacheDir);
        let drawn = 0;
        await forEachLimited(articles, CONCURRENCY, async ({ slug, card }) => {
          const file = join(outDir, socialCardFile(slug));
          let png: Uint8Array | undefined = await cache.get(card);
          if (!png) {
            png = await renderSocialCard(card).catch((error: unknown) => {
              throw new Error(`could not draw the social card of ${slug}`, { cause: error });
            });
            await cache.set(card, png);
            drawn++;
          }
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, png);
        });
        logger.info(`wrote ${articles.length} social card(s), ${drawn} newly drawn, in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
