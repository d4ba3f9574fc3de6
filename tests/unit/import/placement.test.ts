/**
 * The importer's promise, as a property: whatever the input, every line ends up in exactly one
 * place (headline, body, figure, related, pagination, dateline, or blank), in order, and the
 * place really holds it. Inputs mix the seed's lines, other outlets' markers, Markdown-like text
 * and random text; line endings and a byte-order mark vary.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/lib/content/parse-article.ts';
import { ImportError } from '../../../src/lib/import/errors.ts';
import { importArticle, type ImportResult } from '../../../src/lib/import/import-article.ts';
import { toLines } from '../../../src/lib/import/lines.ts';
import { readBody, readSeed, TIME_ZONE, type BodyBlock } from './support.ts';

const SEED_LINES = readSeed().split('\n');
const MARKERS = [
  'Sumber :', 'Photo :', 'Foto: Reuters', 'Image:', 'Credit: AP', '  • AP Photo/Vahid Salemi', '- ANTARA', 'Sumber daya alam melimpah.',
  'Menlu Rusia Sergey Lavrov. (Foto: AP Photo/Vahid Salemi)', 'Baca juga: Indonesia di Atas AS dan Rusia dalam Hal Ini', 'BACA JUGA:',
  'Read more:', 'Read also: Russia and the West', 'Indonesia di Atas AS dan Rusia dalam Hal Ini', '"Blinken menghilangkan sesuatu"',
  'Halaman Selanjutnya', 'Halaman 2', 'Page 2 of 3', 'Next page', '« 1 2 3 »', 'VIVA Dunia – Lavrov berbicara.', 'VIVA Dunia –',
  'JAKARTA, KOMPAS.com - Lavrov berbicara.', 'WASHINGTON (Reuters) - Lavrov spoke.', 'Rabu, 1 Februari 2023', '# 1. - > <b>',
  '*x* _y_ [z](w) `k` ~s~ a|b \\ &amp; 10:30 :::figure www.example.com a@example.com', '', ' ', '\u00a0',
];
const line = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SEED_LINES) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKERS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map((text) => text.replace(/[\0\r\n\u2028\u2029]/g, '')) },
);
const scrape = fc
  .record({ lines: fc.array(line, { maxLength: 30 }), ending: fc.constantFrom('\n', '\r\n', '\r'), bom: fc.boolean() })
  .map(({ lines, ending, bom }) => `${bom ? '\uFEFF' : ''}${lines.join(ending)}`);

const PREFIX_ALONE = /^(?:baca juga|lihat juga|simak juga|read more|read also|also read|see also) ?[:：]?$/iu;
const CREDIT_LABEL_ALONE = /^(?:sumber(?: foto| gambar)?|foto|photo(?: credit)?|image(?: credit)?|credit|kredit(?: foto)?|gambar) ?:$/iu;

/** Checks that each line is where its placement says, and that the output holds nothing else. */
function checkPlacements(text: string, result: ImportResult): void {
  const lines = toLines(text);
  const { placements } = result;
  expect(placements).toHaveLength(lines.length);
  lines.forEach((content, index) => expect(placements[index] === 'blank', `line ${index + 1}`).toBe(content === ''));
  expect(placements.filter((kind) => kind === 'headline')).toHaveLength(1);
  expect(placements.find((kind) => kind !== 'blank')).toBe('headline');

  const parsed = parseArticle(result.markdown, `${result.slug}.md`, result.slug, { timeZone: TIME_ZONE });
  expect(parsed.data.title).toBe(lines[placements.indexOf('headline')]);
  const blocks: BodyBlock[] = readBody(parsed.body);
  const figures = [
    ...(parsed.data.image ? [{ caption: parsed.data.image.caption!, credit: parsed.data.image.credit }] : []),
    ...blocks.flatMap((block) => ('caption' in block ? [block] : [])),
  ];

  // Body: the paragraphs are exactly the body lines, in order, after the text that follows a
  // dateline on its line (if any).
  const paragraphs = blocks.flatMap((block) => ('paragraph' in block ? [block.paragraph] : []));
  const bodyLines = lines.filter((_content, index) => placements[index] === 'body');
  const datelineAt = placements.indexOf('dateline');
  const afterDateline = paragraphs.slice(0, paragraphs.length - bodyLines.length);
  expect(afterDateline.length).toBeLessThanOrEqual(datelineAt < 0 ? 0 : 1);
  expect(paragraphs.slice(afterDateline.length)).toEqual(bodyLines);
  if (afterDateline[0] !== undefined) {
    expect(lines[datelineAt]!.endsWith(afterDateline[0])).toBe(true);
    expect(afterDateline[0].length).toBeLessThan(lines[datelineAt]!.length);
  }

  // Figures: every figure line is a caption, a credit (with its label or bullet) or a label alone.
  const figureLines = lines.filter((_content, index) => placements[index] === 'figure');
  for (const content of figureLines) {
    const holds = figures.some(
      (figure) =>
        content === figure.caption ||
        (figure.credit !== undefined && content.endsWith(figure.credit)) ||
        (content.startsWith(figure.caption.replace(/[.!?]$/, '')) && figure.credit !== undefined && content.includes(figure.credit)),
    );
    expect(holds || CREDIT_LABEL_ALONE.test(content), content).toBe(true);
  }
  // …and every figure came from figure lines.
  for (const figure of figures) expect(figureLines.some((content) => content.startsWith(figure.caption.replace(/[.!?]$/, '')))).toBe(true);

  // Related: the titles are the related lines (prefix removed) in order; a prefix alone is a marker.
  const relatedLines = lines.filter((content, index) => placements[index] === 'related' && !PREFIX_ALONE.test(content));
  expect(relatedLines).toHaveLength(parsed.data.related.length);
  parsed.data.related.forEach((item, index) => expect(relatedLines[index]!.endsWith(item.title)).toBe(true));

  // Pagination and dateline leave their mark in the front matter.
  expect(parsed.data.partial).toBe(placements.includes('pagination'));
  if (placements.includes('dateline')) expect(parsed.data.publisher).toBeDefined();
}

describe('placement of every line (property)', () => {
  it('puts every input line in exactly one place, and the place holds it', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(scrape, (text) => {
        let result: ImportResult;
        try {
          // A section and a date are given, so that only a scrape without story text is refused.
          result = importArticle(text, { timeZone: TIME_ZONE, section: 'Dunia', date: '2023-02-01' });
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
          expect(error.message).toMatch(/^expected (a headline and story text|story text after the headline|a headline with Latin letters)/);
          return;
        }
        checkPlacements(text, result);
        for (const kind of result.placements) seen.add(kind);
      }),
      { numRuns: 400 },
    );
    // The inputs did exercise every kind of place.
    expect([...seen].sort()).toEqual(['blank', 'body', 'dateline', 'figure', 'headline', 'pagination', 'related']);
  });

  it('places the seed’s lines this way too', () => {
    const text = readSeed();
    checkPlacements(text, importArticle(text, { timeZone: TIME_ZONE }));
  });
});
