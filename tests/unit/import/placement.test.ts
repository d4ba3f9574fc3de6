/**
 * The importer's promise, as a property: whatever the input, every character of every line is
 * in exactly one unit (units cut lines at markers and join broken sentences, but never lose or
 * change a character), every unit ends up in exactly one place (headline, body, figure,
 * related, pagination, dateline, byline, source, tags, disclosure, dropped, or blank), in
 * order, and the place really holds it. A unit leaves the article only by a named rule, and
 * the report lists it. Inputs mix the seed's lines, other outlets' markers, Markdown-like text
 * and random text; line endings and a byte-order mark vary.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/lib/content/parse-article.ts';
import { ImportError } from '../../../src/lib/import/errors.ts';
import { importArticle, type ImportResult } from '../../../src/lib/import/import-article.ts';
import { toLines } from '../../../src/lib/import/lines.ts';
import { joinPieces } from '../../../src/lib/import/units.ts';
import { OUTLET_SAMPLES, readBody, readFixture, readSeed, TIME_ZONE, type BodyBlock } from './support.ts';

const SEED_LINES = readSeed().split('\n');
const MARKERS = [
  'Sumber :',
  'Photo :',
  'Foto: Reuters',
  'Image:',
  'Credit: AP',
  '  • AP Photo/Vahid Salemi',
  '- ANTARA',
  'Sumber daya alam melimpah.',
  'Menlu Rusia Sergey Lavrov. (Foto: AP Photo/Vahid Salemi)',
  'Baca juga: Indonesia di Atas AS dan Rusia dalam Hal Ini',
  'BACA JUGA:',
  'Read more:',
  'Read also: Russia and the West',
  'Indonesia di Atas AS dan Rusia dalam Hal Ini',
  '"Blinken menghilangkan sesuatu"',
  'Halaman Selanjutnya',
  'Halaman 2',
  'Page 2 of 3',
  'Next page',
  '« 1 2 3 »',
  'VIVA Dunia – Lavrov berbicara.',
  'VIVA Dunia –',
  'JAKARTA, KOMPAS.com - Lavrov berbicara.',
  'WASHINGTON (Reuters) - Lavrov spoke.',
  'Rabu, 1 Februari 2023',
  '# 1. - > <b>',
  '*x* _y_ [z](w) `k` ~s~ a|b \\ &amp; 10:30 :::figure www.example.com a@example.com',
  '',
  ' ',
  '\u00a0',
  // Other outlets' conventions (tests/fixtures/import/outlets/).
  'ADVERTISEMENT',
  'SCROLL TO CONTINUE WITH CONTENT',
  '[Gambas:Video 20detik]',
  'Lihat juga Video: Judul Video',
  'Perbesar',
  'kata dia. ADVERTISEMENT Dia menambahkan. SCROLL TO CONTINUE WITH CONTENT Lalu pergi. Halaman 2 dari 3 (mib/haf) hakim suap',
  'Api berhasil dipadamkan.Warga lega. Pilihan Editor: Judul lain',
  'Penulis: Andi Nugroho',
  'Editor: Johnson Simanjuntak',
  '(Penulis: Andi Nugroho, Budi Santoso | Editor: Citra Dewi)',
  '(abc/def)',
  'hakim suap',
  'pco',
  'Artikel ini telah tayang di Kompas.com dengan judul "Judul Lain", Klik untuk baca: https://kompas.com/read/1.',
  'sumber : Antara',
  'Konten ini disempurnakan menggunakan Kecerdasan Buatan (AI).',
  'Jakarta',
  '-',
  'KOMPAS.com/Andi NugrohoMobil listrik baru',
  '(TribunJatim.com/Andi Nugroho)',
  'Kerak telor, Betawi.',
  '(Liputan6.com/Wikimedia Commons/Warta Kota)',
  'Selengkapnya',
  'memastikan adanya korban di',
  'Mako Brimob',
  ', Kelapa Dua,',
  'Depok',
  '.',
  'JAKARTA, KOMPAS.com -Pemerintah berbicara.',
  'Bersambung ke halaman berikutnya…',
];
const line = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SEED_LINES) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKERS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map((text) => text.replace(/[\0\r\n\u2028\u2029]/g, '')) },
);
const scrape = fc
  .record({ lines: fc.array(line, { maxLength: 30 }), ending: fc.constantFrom('\n', '\r\n', '\r'), bom: fc.boolean() })
  .map(({ lines, ending, bom }) => `${bom ? '\uFEFF' : ''}${lines.join(ending)}`);

const PREFIX_ALONE = /^(?:baca juga|lihat juga|simak juga|pilihan editor|read more|read also|also read|see also) ?[:：]?$/iu;
const CREDIT_LABEL_ALONE = /^(?:sumber(?: foto| gambar)?|foto|photo(?: credit)?|image(?: credit)?|credit|kredit(?: foto)?|gambar) ?:$/iu;
const STORY = new Set(['body', 'figure', 'dateline']);

/** Checks that units hold the input exactly, that each unit is where its placement says, and that the output holds nothing else. */
function checkPlacements(text: string, result: ImportResult): void {
  const lines = toLines(text);
  const { placements, units } = result;

  // Units hold every character of the input, in order: a line is its pieces and their gaps.
  const pieces = units.flatMap((unit) => unit.pieces);
  expect(pieces.map((piece) => piece.line)).toEqual([...pieces.map((piece) => piece.line)].sort((a, b) => a - b));
  lines.forEach((line, index) => {
    const ofLine = pieces.filter((piece) => piece.line === index);
    expect(ofLine.map((piece, at) => (at === 0 ? piece.text : piece.gap + piece.text)).join(''), `line ${index + 1}`).toBe(line);
  });
  for (const unit of units) expect(unit.text).toBe(joinPieces(unit.pieces));

  expect(placements).toHaveLength(units.length);
  units.forEach((unit, index) => expect(placements[index] === 'blank', `unit ${index + 1}`).toBe(unit.text === ''));
  expect(placements.filter((kind) => kind === 'headline')).toHaveLength(1);
  expect(placements.find((kind) => kind !== 'blank')).toBe('headline');
  const texts = (kind: string): string[] => units.flatMap((unit, index) => (placements[index] === kind ? [unit.text] : []));

  const parsed = parseArticle(result.markdown, `${result.slug}.md`, result.slug, { timeZone: TIME_ZONE });
  expect(parsed.data.title).toBe(units[placements.indexOf('headline')]!.text);
  const blocks: BodyBlock[] = readBody(parsed.body);
  const figures = [
    ...(parsed.data.image ? [{ caption: parsed.data.image.caption!, credit: parsed.data.image.credit }] : []),
    ...blocks.flatMap((block) => ('caption' in block ? [block] : [])),
  ];

  // Body: the paragraphs are exactly the body units, in order, after the text that follows a
  // dateline on its line (if any), then AI disclosures (shown to readers at the end).
  const paragraphs = blocks.flatMap((block) => ('paragraph' in block ? [block.paragraph] : []));
  const disclosures = texts('disclosure');
  const story = paragraphs.slice(0, paragraphs.length - disclosures.length);
  expect(paragraphs.slice(story.length)).toEqual(disclosures);
  const bodyUnits = texts('body');
  const datelineAt = placements.indexOf('dateline');
  const afterDateline = story.slice(0, story.length - bodyUnits.length);
  expect(afterDateline.length).toBeLessThanOrEqual(datelineAt < 0 ? 0 : 1);
  expect(story.slice(afterDateline.length)).toEqual(bodyUnits);
  if (afterDateline[0] !== undefined) {
    expect(units[datelineAt]!.text.endsWith(afterDateline[0])).toBe(true);
    expect(afterDateline[0].length).toBeLessThan(units[datelineAt]!.text.length);
  }

  // Figures: every figure unit is a caption, a credit (with its label, bullet or parentheses) or a label alone.
  const figureUnits = texts('figure');
  for (const content of figureUnits) {
    const holds = figures.some(
      (figure) =>
        content === figure.caption ||
        (figure.credit !== undefined && content.endsWith(figure.credit)) ||
        (figure.credit !== undefined && content === `(${figure.credit})`) ||
        (content.startsWith(figure.caption.replace(/[.!?]$/, '')) && figure.credit !== undefined && content.includes(figure.credit)) ||
        (figure.credit !== undefined && content === `${figure.credit}${figure.caption}`),
    );
    expect(holds || CREDIT_LABEL_ALONE.test(content), content).toBe(true);
  }
  // …and every figure came from figure units.
  for (const figure of figures) expect(figureUnits.some((content) => content.includes(figure.caption.replace(/[.!?]$/, '')))).toBe(true);

  // Related: the titles are the related units (prefix removed) in order; a prefix alone is a marker.
  const relatedUnits = texts('related').filter((content) => !PREFIX_ALONE.test(content));
  expect(relatedUnits).toHaveLength(parsed.data.related.length);
  parsed.data.related.forEach((item, index) => expect(relatedUnits[index]!.endsWith(item.title)).toBe(true));

  // Bylines give authors (or name only editors, which the report lists), source units give
  // sources, tag units are the tags.
  for (const byline of texts('byline')) {
    const named = parsed.data.authors.some((author) => byline.includes(author)) || result.dropped.some((line) => line.includes(JSON.stringify(byline)));
    expect(named, byline).toBe(true);
  }
  if (placements.includes('source')) expect(parsed.data.sources.length).toBeGreaterThan(0);
  expect(parsed.data.tags).toEqual(texts('tags'));

  // A unit leaves the article only by a named rule, and the report lists it.
  for (const dropped of texts('dropped'))
    expect(
      result.dropped.some((line) => line.startsWith('dropped (') && line.includes(JSON.stringify(dropped))),
      dropped,
    ).toBe(true);

  // Pagination marks the article partial only when no story follows it (nothing after the
  // story's sign-off, byline or syndication note counts as story).
  const storyEnd = placements.findLastIndex(
    (kind, index) => kind === 'byline' || kind === 'source' || (kind === 'dropped' && /^\(\p{Ll}+(?:\/\p{Ll}+)+\)$/u.test(units[index]!.text)),
  );
  const lastStory = placements.findLastIndex((kind, index) => STORY.has(kind) && (storyEnd < 0 || index < storyEnd));
  expect(parsed.data.partial).toBe(placements.some((kind, index) => kind === 'pagination' && index > lastStory));
}

describe('placement of every unit (property)', () => {
  it('keeps every input character in one unit and puts every unit in exactly one place, and the place holds it', () => {
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
      // The outlets' samples run first, so every kind of place is exercised whatever the random inputs.
      { numRuns: 400, examples: OUTLET_SAMPLES.map((name): [string] => [readFixture(`outlets/${name}`)]) },
    );
    // The inputs did exercise every kind of place.
    expect([...seen].sort()).toEqual(['blank', 'body', 'byline', 'dateline', 'disclosure', 'dropped', 'figure', 'headline', 'pagination', 'related', 'source', 'tags']);
  });

  it('places the seed’s units this way too, one unit per line', () => {
    const text = readSeed();
    const result = importArticle(text, { timeZone: TIME_ZONE });
    expect(result.units.map((unit) => unit.text)).toEqual(toLines(text));
    checkPlacements(text, result);
  });
});
