import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, type ParsedArticle } from '../../../src/lib/content/parse-article.ts';
import { ImportError } from '../../../src/lib/import/errors.ts';
import { importArticle, type ImportOptions, type ImportResult } from '../../../src/lib/import/import-article.ts';
import { toLines } from '../../../src/lib/import/lines.ts';
import { readBody, readFixture, readSeed, SEED_ARTICLE_PATH, SEED_SLUG, TIME_ZONE } from './support.ts';

const run = (text: string, options: Omit<ImportOptions, 'timeZone'> = {}): ImportResult => importArticle(text, { timeZone: TIME_ZONE, ...options });
const parse = (result: ImportResult): ParsedArticle => parseArticle(result.markdown, `${result.slug}.md`, result.slug, { timeZone: TIME_ZONE });
const committed = parseArticle(readFileSync(SEED_ARTICLE_PATH, 'utf8'), `${SEED_SLUG}.md`, SEED_SLUG, { timeZone: TIME_ZONE });
const sourceNames = (article: ParsedArticle): string[] => article.data.sources.map((source) => source.name);
const withoutFigures = (body: string): string => body.replace(/:::figure\{[^}]*\}\n[^\n]*\n:::\n\n/g, '');

/** The fields the importer must reproduce exactly from the seed (docs/importer.md). */
function expectSeedStory(article: ParsedArticle): void {
  expect(article.body).toBe(committed.body);
  expect(article.data.image).toEqual(committed.data.image);
  expect(article.data.related).toEqual(committed.data.related);
  expect(sourceNames(article)).toEqual(sourceNames(committed));
  expect(article.data.publisher).toEqual(committed.data.publisher);
  expect(article.data.section).toBe(committed.data.section);
  expect(article.data.partial).toBe(committed.data.partial);
  expect(article.data.date).toEqual(committed.data.date);
}

describe('importArticle on the seed', () => {
  const result = run(readSeed());
  const imported = parse(result);

  it('names the file as the committed seed article', () => {
    expect(result.slug).toBe(SEED_SLUG);
    expect(imported.data.title).toBe(committed.data.title);
  });

  it('reproduces the committed article in body, figures, related, sources, publisher, section, partial and date', () => {
    expectSeedStory(imported);
  });

  it('differs from the committed article only in the fields a person edited', async ({ annotate }) => {
    const fields = new Set([...Object.keys(imported.data), ...Object.keys(committed.data)]) as Set<keyof ParsedArticle['data']>;
    const differing = [...fields].filter((field) => JSON.stringify(imported.data[field]) !== JSON.stringify(committed.data[field]));
    for (const field of differing) {
      await annotate(`${field}: imported ${JSON.stringify(imported.data[field])}, committed ${JSON.stringify(committed.data[field])}`, 'difference');
    }
    // The description was rewritten, the tags were added and Newsweek's citation got a note.
    expect(differing).toEqual(['description', 'tags', 'sources']);
  });

  it('lists what it inferred', () => {
    expect(result.inferred).toEqual([
      'description: the body\'s first sentence, "Menteri Luar Negeri Rusia Sergey Lavrov, pada Selasa, 31 Januari 2023, mengungkapkan pesan yang dia terima dari Menteri Luar Negeri AS Antony Blinken."',
      'date: 2023-02-01, the latest date the text mentions ("Rabu, 1 Februari 2023")',
      'section: Dunia, from the dateline "VIVA Dunia –"',
      'publisher: VIVA, from the dateline "VIVA Dunia –"',
      'sources: Newsweek, TASS, the outlets the text cites',
    ]);
  });

  it('gives the same article for CRLF line endings and a byte-order mark', () => {
    const windows = run(`\uFEFF${readSeed().replace(/\n/g, '\r\n')}`);
    expect(windows.markdown).toBe(result.markdown);
    expect(windows.placements).toEqual(result.placements);
  });
});

describe('importArticle on variants of the seed', () => {
  it('reads other outlets’ credits, "Baca juga" prefixes and pagination as the seed’s', () => {
    const result = run(readFixture('other-conventions.txt'));
    expect(result.slug).toBe(SEED_SLUG);
    expectSeedStory(parse(result));
  });

  it('reads English markers, with the section and publisher given as flags', () => {
    const article = parse(run(readFixture('english.txt'), { section: 'Dunia', publisher: 'VIVA' }));
    expect(article.data).toMatchObject({
      title: "Got a Love Letter, Russia's Foreign Minister Reveals the Message from the US Secretary of State",
      description: 'Russian Foreign Minister Sergey Lavrov on Tuesday, January 31, 2023, revealed the message he received from US Secretary of State Antony Blinken.',
      date: { iso: '2023-02-01' },
      section: 'Dunia',
      publisher: { name: 'VIVA' },
      image: { caption: 'Russian Foreign Minister Sergey Lavrov.', credit: 'AP Photo/Vahid Salemi' },
      related: committed.data.related,
      partial: true,
    });
    expect(sourceNames(article)).toEqual(['Newsweek', 'TASS']);
    const figures = readBody(article.body).filter((block) => 'caption' in block);
    expect(figures).toEqual([
      { caption: 'U.S. Secretary of State Antony Blinken.', credit: 'AP-Yonhap' },
      { caption: 'VIVA Militer: Ukrainian military weapons depot burns after being hit by Russian artillery', credit: 'Twitter/@_Africansoil' },
    ]);
  });

  it('asks for a section when no dateline names one', () => {
    expect(() => run(readFixture('english.txt'))).toThrow('expected a section, but no dateline names one: pass --section');
  });

  it('imports a story with no figures, related links or pagination', () => {
    const article = parse(run(readFixture('no-figures-no-related.txt')));
    expect(article.body).toBe(withoutFigures(committed.body));
    expect(article.data.image).toBeUndefined();
    expect(article.data.related).toEqual([]);
    expect(article.data.partial).toBe(false);
    expect(sourceNames(article)).toEqual(['Newsweek', 'TASS']);
  });

  it('keeps body text that looks like a credit, a related headline or Markdown as body text', () => {
    const text = readFixture('tricky-body.txt');
    const result = run(text);
    const lines = toLines(text).filter((line) => line !== '');
    expect(result.placements.filter((kind) => kind !== 'blank')).toEqual(['headline', 'dateline', ...lines.slice(2).map(() => 'body')]);
    const paragraphs = readBody(parse(result).body).map((block) => ('paragraph' in block ? block.paragraph : block.caption));
    expect(paragraphs).toEqual([lines[1]!.replace('VIVA Dunia – ', ''), ...lines.slice(2)]);
    // "menurut Lavrov" cites a person, not an outlet.
    expect(parse(result).data.sources).toEqual([]);
    expect(parse(result).data.date.iso).toBe('2023-01-31');
  });
});

describe('importArticle options and refusals', () => {
  it('lets flags win over the dateline and the text, and does not report them as inferred', () => {
    const result = run(readSeed(), { date: '2023-02-02T10:00:00+07:00', section: 'Internasional', publisher: 'VIVA.co.id' });
    expect(parse(result).data).toMatchObject({
      date: { iso: '2023-02-02T10:00:00+07:00', dateOnly: false },
      section: 'Internasional',
      publisher: { name: 'VIVA.co.id' },
    });
    expect(result.inferred.map((line) => line.split(':')[0])).toEqual(['description', 'sources']);
    // The dateline still stays out of the body.
    expect(parse(result).body.startsWith('Menteri Luar Negeri Rusia')).toBe(true);
  });

  it('asks for a date when the text mentions none', () => {
    expect(() => run('Judul Berita\n\nVIVA Dunia – Lavrov berbicara kemarin.')).toThrow('expected a date, but the text mentions none: pass --date');
    expect(run('Judul Berita\n\nVIVA Dunia – Lavrov berbicara kemarin.', { date: '2023-02-01' }).slug).toBe('judul-berita');
  });

  it('refuses a headline that cannot name a file', () => {
    expect(() => run('Лавров\n\nVIVA Dunia – Lavrov berbicara, Rabu, 1 Februari 2023.')).toThrow(/^expected a headline with Latin letters or digits/);
  });

  it('refuses empty and headline-only scrapes with one-line errors', () => {
    for (const text of ['', '\uFEFF\r\n \r\n', 'Dapat Surat Cinta\r\n\r\n']) {
      expect(() => run(text)).toThrow(ImportError);
      expect(() => run(text)).toThrow(/^[^\n]+$/);
    }
  });

  it('refuses what the content format refuses, in its words', () => {
    expect(() => run(readSeed(), { section: ' ' })).toThrow('the article would break the content format (docs/content-format.md): section: expected text, got an empty value');
  });
});
