/**
 * The benchmark corpus (bench/lib/generate.ts) must be the same input every run, and input
 * Warta accepts: otherwise a benchmark compares different work, or measures a failing build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageSize } from 'image-size';
import {
  ARCHIVE_PICTURE,
  generateArticles,
  INLINE_PICTURE_SHARE,
  LEAD_PICTURE_SHARE,
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

  it('writes the same files it generates, byte for byte, and each picture beside its story with bytes of its own', async () => {
    const written = await writeCorpus(template, COUNT, dir);
    const files = readdirSync(written.articlesDir).sort();
    expect(files).toHaveLength(COUNT);
    for (const article of corpus()) expect(readFileSync(join(written.articlesDir, article.fileName), 'utf8')).toBe(article.text);
    expect(written.bytes).toBe(corpus().reduce((sum, article) => sum + Buffer.byteLength(article.text), 0));
    const pictures = corpus().flatMap((article) => article.pictures.map(({ name }) => readFileSync(join(written.articlesDir, article.slug, name))));
    expect(written.pictures).toBe(pictures.length);
    expect(new Set(pictures.map((bytes) => bytes.toString('base64'))).size).toBe(pictures.length);
    const { width, height } = imageSize(pictures[0]!);
    expect({ width, height }).toEqual(ARCHIVE_PICTURE);
  });

  it('gives most stories a lead photo and some one inside the story, as bundles, and none when asked', () => {
    const variants = corpus().slice(1);
    const share = (name: string) => variants.filter((article) => article.pictures.some((picture) => picture.name === name)).length / variants.length;
    expect(share('foto.jpg')).toBeCloseTo(LEAD_PICTURE_SHARE, 1);
    expect(share('dalam.jpg')).toBeCloseTo(INLINE_PICTURE_SHARE, 1);
    for (const article of variants) {
      expect(article.fileName).toBe(article.pictures.length > 0 ? `${article.slug}/index.md` : `${article.slug}.md`);
      expect(article.text.includes('src: ./foto.jpg')).toBe(article.pictures.some((picture) => picture.name === 'foto.jpg'));
      expect(article.text.includes('src="./dalam.jpg"')).toBe(article.pictures.some((picture) => picture.name === 'dalam.jpg'));
    }
    const textOnly = [...generateArticles(template, COUNT, { pictures: false })];
    expect(textOnly.every((article) => article.pictures.length === 0 && article.fileName === `${article.slug}.md`)).toBe(true);
    // The same stories either way: pictures are drawn apart from the text's choices.
    expect(textOnly.map(({ title, date, section, tags }) => ({ title, date, section, tags }))).toEqual(
      corpus().map(({ title, date, section, tags }) => ({ title, date, section, tags })),
    );
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
      const body = article.pictures.some((picture) => picture.name === 'dalam.jpg') ? parsed.body.replace(/src="\.\/dalam\.jpg" alt="[^"]*" /, '') : parsed.body;
      expect(body).toBe(template.body.replace(/^\n+/, ''));
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
