/**
 * The benchmark corpus (bench/lib/generate.ts) must be the same input every run, and input
 * Warta accepts: otherwise a benchmark compares different work, or measures a failing build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  generateArticles,
  MAX_TAGS,
  MIN_TAGS,
  SECTIONS,
  TAG_POOL_SIZE,
  tagPool,
  templateFromSource,
  variantSlug,
  writeCorpus,
  FIRST_DAY,
  LAST_DAY,
} from '../../../bench/lib/generate.ts';
import { parseArticle } from '../../../src/lib/content/parse-article.ts';
import { settings } from '../../../src/lib/settings.ts';
import { seedMarkdown, SEED_SLUG } from '../../support/seed.ts';
import { tempDir } from '../../support/temp.ts';

const template = templateFromSource(seedMarkdown(), SEED_SLUG);
const COUNT = 300;
const corpus = (seed?: number) => [...generateArticles(template, COUNT, seed === undefined ? {} : { seed })];

describe('the benchmark corpus', () => {
  // Made while the suite is collected: tempDir's clean-up hook cannot be registered from inside a test.
  const dir = tempDir('bench-corpus');

  it('is the same for the same seed, and different for another', () => {
    const texts = corpus().map((article) => article.text);
    expect(corpus().map((article) => article.text)).toEqual(texts);
    expect(corpus(7).map((article) => article.text)).not.toEqual(texts);
  });

  it('writes the same files it generates, byte for byte', async () => {
    const written = await writeCorpus(template, COUNT, dir);
    const files = readdirSync(written.articlesDir).sort();
    expect(files).toHaveLength(COUNT);
    for (const article of corpus()) expect(readFileSync(join(written.articlesDir, article.fileName), 'utf8')).toBe(article.text);
    expect(written.bytes).toBe(corpus().reduce((sum, article) => sum + Buffer.byteLength(article.text), 0));
  });

  it('starts with the seed itself and gives every article its own slug', () => {
    const articles = corpus();
    expect(articles[0]!.text).toBe(seedMarkdown());
    expect(new Set(articles.map((article) => article.slug)).size).toBe(COUNT);
    expect(articles[5]!.slug).toBe(variantSlug(template, 5));
  });

  it('makes articles Warta accepts, with the dates, section and tags they were given', () => {
    for (const article of corpus()) {
      const parsed = parseArticle(article.text, article.fileName, article.slug, { timeZone: settings.timeZone });
      expect(parsed.data.title).toBe(article.title);
      expect(parsed.data.section).toBe(article.section);
      expect(parsed.data.tags).toEqual(article.tags);
      expect(parsed.body).toBe(template.body.replace(/^\n+/, ''));
    }
  });

  it('varies headlines, dates, sections and tags within their ranges', () => {
    const variants = corpus().slice(1);
    const pool = new Set(tagPool(template));
    expect(pool.size).toBe(TAG_POOL_SIZE);
    for (const article of variants) {
      expect(article.title.startsWith(template.title)).toBe(true);
      expect(article.date >= FIRST_DAY && article.date <= LAST_DAY).toBe(true);
      expect(SECTIONS).toContain(article.section);
      expect(article.tags.length).toBeGreaterThanOrEqual(MIN_TAGS);
      expect(article.tags.length).toBeLessThanOrEqual(MAX_TAGS);
      expect(new Set(article.tags).size).toBe(article.tags.length);
      for (const tag of article.tags) expect(pool.has(tag)).toBe(true);
    }
    expect(new Set(variants.map((article) => article.title)).size).toBe(variants.length);
    // Spread, not a constant: several years, every desk, most of the topics.
    expect(new Set(variants.map((article) => article.date.slice(0, 4))).size).toBeGreaterThanOrEqual(5);
    expect(new Set(variants.map((article) => article.section)).size).toBe(SECTIONS.length);
    expect(new Set(variants.flatMap((article) => article.tags)).size).toBeGreaterThan(TAG_POOL_SIZE / 2);
  });
});
