import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/content/errors.ts';
import { decodeArticleBytes, parseArticle, slugFromPath } from '../../../src/lib/content/parse-article.ts';

const FILE = 'content/articles/x.md';
const options = { timeZone: 'Asia/Jakarta' };
const valid = '---\ntitle: Judul\ndescription: Ringkasan.\ndate: 2023-02-01\nsection: Dunia\n---\n\nIsi berita.\n';

/** The one-line messages a source produces. */
function problemsOf(source: string, slug = 'x'): string[] {
  try {
    parseArticle(source, FILE, slug, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message.split('\n').slice(1);
  }
  throw new Error('expected the article to be refused');
}

describe('parseArticle', () => {
  it('parses front matter and body', () => {
    const article = parseArticle(valid, FILE, 'x', options);
    expect(article).toMatchObject({ slug: 'x', file: FILE, body: 'Isi berita.\n' });
    expect(article.data.title).toBe('Judul');
  });

  it('keeps a bare date as written instead of turning it into UTC midnight', () => {
    expect(parseArticle(valid, FILE, 'x', options).data.date.iso).toBe('2023-02-01');
  });

  it('names the file, the field and what was expected for a bad date', () => {
    expect(problemsOf(valid.replace('2023-02-01', 'kemarin'))).toEqual([
      `${FILE}: date: expected an ISO 8601 date (2023-02-01) or date-time with an offset (2023-02-01T14:30:00+07:00), got "kemarin"`,
    ]);
  });

  it('reports a missing required field', () => {
    expect(problemsOf(valid.replace('section: Dunia\n', ''))).toEqual([`${FILE}: section: expected text, got nothing`]);
  });

  it('reports a wrong type', () => {
    expect(problemsOf(valid.replace('section: Dunia', 'section: Dunia\ntags: Rusia'))).toEqual([`${FILE}: tags: expected a list, got "Rusia"`]);
  });

  it('refuses a URL that is not http(s), naming the nested field', () => {
    const source = valid.replace('section: Dunia', 'section: Dunia\nsources:\n  - name: TASS\n    url: "javascript:alert(1)"');
    expect(problemsOf(source)).toEqual([`${FILE}: sources.0.url: expected an http: or https: URL, got "javascript:alert(1)"`]);
  });

  it('lists every problem of a file at once', () => {
    expect(problemsOf('---\ntitle: 1\ndate: x\n---\n')).toHaveLength(4);
  });

  it('reports invalid YAML with its line', () => {
    const [problem] = problemsOf('---\ntitle: Judul\ndescription: [tidak ditutup\n---\n');
    expect(problem).toMatch(/^content\/articles\/x\.md: front matter: expected valid YAML, got .+ at line \d+, column \d+$/);
  });

  it('refuses an empty file', () => {
    expect(problemsOf('')).toEqual([`${FILE}: file: expected front matter and a body, got an empty file`]);
    expect(problemsOf('  \n\n')).toHaveLength(1);
  });

  it('refuses a file without front matter', () => {
    expect(problemsOf('Hanya isi.\n')).toEqual([`${FILE}: front matter: expected a YAML block between --- lines at the top of the file`]);
  });

  it('refuses front matter that is not a mapping', () => {
    expect(problemsOf('---\n- a\n- b\n---\n')[0]).toMatch(/front matter: expected front matter fields/);
  });

  it('refuses a slug that is not lowercase ASCII with hyphens', () => {
    expect(problemsOf(valid, 'Berita_Satu')).toEqual([`${FILE}: slug: expected lowercase letters, digits and single hyphens, got "Berita_Satu"`]);
  });

  it('reads a byte-order mark and CRLF line endings', () => {
    const article = parseArticle(`\uFEFF${valid.replace(/\n/g, '\r\n')}`, FILE, 'x', options);
    expect(article.data.section).toBe('Dunia');
    expect(article.body).toBe('Isi berita.\n');
  });

  it('treats YAML as data: tags and anchors cannot run code or build objects', () => {
    expect(problemsOf(valid.replace('title: Judul', 'title: !!js/function "function(){}"'))[0]).toMatch(/front matter: expected valid YAML/);
  });
});

describe('decodeArticleBytes', () => {
  it('decodes UTF-8', () => {
    expect(decodeArticleBytes(new TextEncoder().encode('Jakarta – “kutipan”'), FILE)).toBe('Jakarta – “kutipan”');
  });

  it('refuses binary data', () => {
    expect(() => decodeArticleBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), FILE)).toThrow(`${FILE}: file: expected a UTF-8 text file, got binary data`);
  });

  it('refuses text in another encoding', () => {
    expect(() => decodeArticleBytes(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), FILE)).toThrow(`${FILE}: file: expected UTF-8 text`);
    // The decoder is shared: a file cut in the middle of a character must not leak into the next.
    expect(() => decodeArticleBytes(Uint8Array.from([0x61, 0xe2, 0x80]), FILE)).toThrow(`${FILE}: file: expected UTF-8 text`);
    expect(decodeArticleBytes(Uint8Array.from([0x62, 0x61, 0x69, 0x6b]), FILE)).toBe('baik');
  });
});

describe('slugFromPath', () => {
  it('takes the file name or the bundle folder', () => {
    expect(slugFromPath('berita-satu.md')).toBe('berita-satu');
    expect(slugFromPath('berita-dua/index.md')).toBe('berita-dua');
  });
});
