import { describe, expect, it } from 'vitest';
import { createArticleSchema, isBundlePath, isSitePath, isWebUrl } from '../../../src/lib/schemas/article.ts';

const schema = createArticleSchema({ timeZone: 'Asia/Jakarta' });
const minimal = { title: 'Judul', description: 'Ringkasan.', date: '2023-02-01', section: 'Dunia' };

/** The dotted field paths a value fails on. */
function failingFields(value: Record<string, unknown>): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('article schema', () => {
  it('accepts the minimal article and fills defaults', () => {
    const data = schema.parse(minimal);
    expect(data).toMatchObject({ tags: [], authors: [], sources: [], related: [], partial: false, draft: false });
    expect(data.date).toEqual({ iso: '2023-02-01', time: Date.parse('2023-02-01T00:00:00+07:00'), dateOnly: true });
  });

  it.each(['title', 'description', 'date', 'section'])('requires %s', (field) => {
    const { [field as keyof typeof minimal]: _omitted, ...rest } = minimal;
    expect(failingFields(rest)).toEqual([field]);
  });

  it.each([
    ['title', 42],
    ['title', '   '],
    ['description', ['a list']],
    ['date', 'kemarin'],
    ['date', '2023-02-30'],
    ['date', '2023-02-01T10:00:00'],
    ['updated', 20230201],
    ['lang', 'not a language tag!'],
    ['section', null],
    ['tags', 'Rusia'],
    ['tags', [1, 2]],
    ['authors', { name: 'x' }],
    ['publisher', 'VIVA'],
    ['publisher', { name: 'VIVA', url: 'javascript:alert(1)' }],
    ['image', { src: '../../etc/passwd' }],
    ['image', { src: 'data:image/png;base64,AAAA' }],
    ['image', { caption: 5 }],
    ['sources', [{ url: 'https://example.org' }]],
    ['sources', [{ name: 'TASS', url: 'ftp://example.org' }]],
    ['related', [{ title: 'x', url: 'javascript:alert(1)' }]],
    ['related', [{ title: 'x', url: '//evil.example/' }]],
    ['partial', 'ya'],
    ['draft', 1],
    ['kind', 'opinion'],
    ['kind', ''],
    ['corrections', { date: '2023-02-02', text: 'x' }],
    ['corrections', [{ date: '2023-02-02' }]],
    ['corrections', [{ date: 'besok', text: 'x' }]],
    ['corrections', [{ date: '2023-02-02', text: 'x', by: 'Redaksi' }]],
    ['coverage', { end: '2023-02-02' }],
  ])('refuses %s = %j', (field, value) => {
    expect(failingFields({ ...minimal, [field]: value })[0]).toMatch(new RegExp(`^${field}(\\.|$)`));
  });

  it('refuses unknown fields, so a misspelt one cannot hide', () => {
    const result = schema.safeParse({ ...minimal, tittle: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['tittle'] });
  });

  it('accepts every optional field in its documented shape', () => {
    const data = schema.parse({
      ...minimal,
      updated: '2023-02-02T09:15:00+07:00',
      lang: 'en-GB',
      tags: ['Rusia'],
      authors: ['Redaksi'],
      publisher: { name: 'VIVA', url: 'https://www.viva.co.id/' },
      image: { src: './foto.jpg', alt: 'Sergey Lavrov', caption: 'Menlu Rusia.', credit: 'AP' },
      sources: [{ name: 'TASS', url: 'https://tass.com/', note: 'kantor berita' }],
      related: [{ title: 'Lain', url: '/berita/lain/' }, { title: 'Tanpa tautan' }],
      partial: true,
      draft: true,
    });
    expect(data.updated).toMatchObject({ dateOnly: false, time: Date.parse('2023-02-02T02:15:00Z') });
  });
});

describe('kinds, corrections and coverage', () => {
  /** Each problem as its field and message, as the build prints it. */
  function problems(value: Record<string, unknown>): string[] {
    const result = schema.safeParse({ ...minimal, ...value });
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  }

  it('makes an article a report unless told otherwise', () => {
    expect(schema.parse(minimal)).toMatchObject({ kind: 'berita', corrections: [] });
    expect(schema.parse(minimal).coverage).toBeUndefined();
  });

  it('refuses an opinion or an analysis without a named author, and nothing else for it', () => {
    expect(problems({ kind: 'opini' })).toEqual(['authors: expected at least one named author for an opinion piece (kind: opini)']);
    expect(problems({ kind: 'analisis', authors: [] })).toEqual(['authors: expected at least one named author for an analysis (kind: analisis)']);
    expect(problems({ kind: 'opini', authors: ['Ayu Lestari'] })).toEqual([]);
    for (const kind of ['berita', 'wawancara', 'feature', 'obituari']) expect(problems({ kind }), kind).toEqual([]);
  });

  it('refuses an update or a correction dated before the first publication, naming which', () => {
    expect(problems({ updated: '2023-01-31' })).toEqual(['updated: expected a date on or after the first publication (2023-02-01)']);
    expect(
      problems({
        corrections: [
          { date: '2023-02-01', text: 'Same day is fine.' },
          { date: '2023-01-31T23:59:00+07:00', text: 'A minute early.' },
        ],
      }),
    ).toEqual(['corrections.1.date: expected a date on or after the first publication (2023-02-01)']);
  });

  it('keeps corrections in their order, as plain text', () => {
    const { corrections } = schema.parse({ ...minimal, corrections: [{ date: '2023-02-03', text: ' <b>Nama</b> keliru. ' }] });
    expect(corrections).toEqual([{ date: expect.objectContaining({ iso: '2023-02-03' }), text: '<b>Nama</b> keliru.' }]);
  });

  it('gives a live page its coverage, ends it no earlier than it starts, and keeps coverage to live pages', () => {
    const live = schema.parse({ ...minimal, kind: 'langsung', coverage: { start: '2023-02-01T06:00:00+07:00' } });
    expect(live.coverage).toEqual({ start: expect.objectContaining({ iso: '2023-02-01T06:00:00+07:00' }) });
    expect(problems({ kind: 'langsung' })).toEqual(['coverage: expected { start, end? } for a live page (kind: langsung)']);
    expect(problems({ kind: 'langsung', coverage: { start: '2023-02-01T06:00:00+07:00', end: '2023-02-01T05:00:00+07:00' } })).toEqual([
      'coverage.end: expected a date on or after coverage.start (2023-02-01T06:00:00+07:00)',
    ]);
    expect(problems({ coverage: { start: '2023-02-01' } })).toEqual(['coverage: expected only with kind: langsung (this article is kind: berita)']);
  });
});

describe('URL rules', () => {
  it('knows web URLs', () => {
    expect(isWebUrl('https://example.org/x')).toBe(true);
    expect(isWebUrl('HTTP://EXAMPLE.ORG')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'mailto:a@b.c', '/path', 'example.org', 'java\tscript:x']) {
      expect(isWebUrl(bad), bad).toBe(false);
    }
  });

  it('knows site paths', () => {
    expect(isSitePath('/berita/x/')).toBe(true);
    for (const bad of ['//evil.example/', '/\\evil.example', 'berita/x', '/a b']) expect(isSitePath(bad), bad).toBe(false);
  });

  it('keeps bundle paths inside the bundle', () => {
    expect(isBundlePath('./foto.jpg')).toBe(true);
    expect(isBundlePath('img/foto.jpg')).toBe(true);
    for (const bad of ['../foto.jpg', 'a/../../b.jpg', '/etc/passwd', 'C:\\x.jpg', 'javascript:x']) expect(isBundlePath(bad), bad).toBe(false);
  });
});
