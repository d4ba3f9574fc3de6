/**
 * The committed seed article is faithful to the scraped text: every body sentence, unchanged and
 * in order; the interrupting headlines, photo captions and credits and the pagination lines are
 * not body text.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/content/parse-article.ts';
import { SEED_FIGURES, SEED_RELATED, SEED_SLUG, seedMarkdown, seedText } from '../support/seed.ts';

/** The dateline opens the first paragraph; the scrape has no-break spaces around its dash. */
const DATELINE = /^VIVA Dunia\s–\s/;
const CREDIT_MARKERS = new Set(['Sumber :', 'Photo :']);

/**
 * Runs of white space count as one space: the scrape has stray no-break spaces ("Sergey\u00a0 Lavrov")
 * that the article writes as a plain space; no letter of a sentence differs.
 */
const normalizeSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The seed's body paragraphs: everything that is not headline, figure, related or pagination. */
function seedBodyParagraphs(): string[] {
  const lines = seedText().split('\n').map(normalizeSpace).filter(Boolean);
  const notBody = new Set<string>([
    lines[0]!,
    ...SEED_RELATED,
    ...SEED_FIGURES.flatMap(({ caption, credit }) => [caption, `• ${credit}`]),
    'Halaman Selanjutnya',
    ...CREDIT_MARKERS,
  ]);
  return lines.filter((line) => !notBody.has(line)).map((line) => line.replace(DATELINE, ''));
}

/** Sentences end with . ! ? (and any closing quote); abbreviations do not occur in the seed. */
const sentencesOf = (text: string): string[] => text.match(/[^.!?]+[.!?]+["”]?/g)?.map((s) => s.trim()) ?? [text];

const article = parseArticle(seedMarkdown(), 'seed', SEED_SLUG, { timeZone: 'Asia/Jakarta' });
const bodyParagraphs = article.body.split('\n\n').map((block) => block.trim());

describe('the seed article', () => {
  it('finds the seed body that the test compares against (12 paragraphs)', () => {
    expect(seedBodyParagraphs()).toHaveLength(12);
  });

  it('keeps every body paragraph of the seed, unchanged and in order', () => {
    const prose = bodyParagraphs.filter((block) => !block.startsWith(':::'));
    expect(prose).toEqual(seedBodyParagraphs());
  });

  it('keeps every body sentence, in order, with its quotation marks', () => {
    const expected = seedBodyParagraphs().flatMap(sentencesOf);
    let cursor = 0;
    for (const sentence of expected) {
      const found = article.body.indexOf(sentence, cursor);
      expect(found, sentence).toBeGreaterThanOrEqual(cursor);
      cursor = found + sentence.length;
    }
    expect(expected.filter((sentence) => sentence.startsWith('"')).length).toBeGreaterThan(3);
  });

  it('moves the interrupting headlines to related, in order, and out of the body', () => {
    expect(article.data.related.map((link) => link.title)).toEqual([...SEED_RELATED]);
    for (const headline of SEED_RELATED) expect(article.body).not.toContain(headline);
  });

  it('turns caption and credit blocks into the lead image and two inline figures', () => {
    const [lead, ...inline] = SEED_FIGURES;
    expect(article.data.image).toEqual({ caption: lead!.caption, credit: lead!.credit });
    const figures = [...article.body.matchAll(/:::figure\{credit="([^"]+)"\}\n([^\n]+)\n:::/g)].map(([, credit, caption]) => ({ caption, credit }));
    expect(figures).toEqual(inline);
    for (const marker of CREDIT_MARKERS) expect(article.body).not.toContain(marker);
    expect(article.body).not.toContain('•');
  });

  it('records the missing pages as partial instead of body text', () => {
    expect(article.data.partial).toBe(true);
    expect(article.body).not.toContain('Halaman Selanjutnya');
  });

  it('credits the publisher, section, sources and the inferred date', () => {
    expect(article.data.publisher).toEqual({ name: 'VIVA' });
    expect(article.data.section).toBe('Dunia');
    expect(article.data.sources.map((source) => source.name)).toEqual(['Newsweek', 'TASS']);
    expect(article.data.date.iso).toBe('2023-02-01');
    expect(article.data.image?.src).toBeUndefined();
  });
});
