import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { excerptParts, ftsQuery, MARK_END, MARK_START, searchPageNumber, searchTerms } from '../../../src/lib/store/search-query.ts';
import { searchDocument } from '../../../src/lib/store/search-document.ts';
import { RANKED_WINDOW } from '../../../src/lib/store/search-order.ts';
import { openSqliteStore, type ContentStore } from '../../../src/lib/store/sqlite-store.ts';
import { tempDir } from '../../support/temp.ts';

const DAY = 86_400_000;
const story = (slug: string, title: string, body: string, day: number, draft = false) => ({
  slug,
  data: { title, description: `Ringkasan ${title}`, draft, date: { time: day * DAY } },
  html: `<p>${body}</p>`,
});

function storeWith(stories: ReturnType<typeof story>[]): ContentStore {
  const store = openSqliteStore(':memory:');
  store.transaction(() => {
    for (const { slug, data, html } of stories) store.put('articles', { id: slug, file: `${slug}.md`, digest: 'd', data, html }, searchDocument(data, html));
  });
  return store;
}

const find = (store: ContentStore, input: string, { until = 1_000 * DAY, limit = 20, offset = 0 } = {}) => {
  const match = ftsQuery(input);
  return match ? store.search(match, { until, limit, offset }) : { total: 0, hits: [] };
};

describe('search query building', () => {
  it('quotes every word, so FTS5 reads no operator of the reader’s', () => {
    expect(ftsQuery('harga beras')).toBe('"harga" "beras"');
    expect(ftsQuery('"banjir" NEAR(kota) -hujan beras* title:kopi ^awal a OR b')).toBe('"banjir" "NEAR" "kota" "hujan" "beras" "title" "kopi" "awal" "a" "OR" "b"');
    expect(ftsQuery('kafé Jakarta 2024')).toBe('"kafé" "Jakarta" "2024"');
    expect(ftsQuery('  "*"  - ( ) : ^ ')).toBeUndefined();
    expect(ftsQuery('')).toBeUndefined();
  });

  it('bounds the number of words', () => {
    expect(searchTerms(Array.from({ length: 40 }, (_, i) => `kata${i}`).join(' '))).toHaveLength(12);
  });

  it('reads a page number, and anything else as the first page', () => {
    expect(searchPageNumber('3')).toBe(3);
    for (const value of [null, '', '0', '-2', '2.5', 'dua', '1e3', '9999999']) expect(searchPageNumber(value), String(value)).toBe(1);
  });

  it('splits a marked excerpt into text and hits, dropping stray markers', () => {
    expect(excerptParts(`Harga ${MARK_START}beras${MARK_END} naik <b>&amp;`)).toEqual([
      { text: 'Harga ', hit: false },
      { text: 'beras', hit: true },
      { text: ' naik <b>&amp;', hit: false },
    ]);
    expect(excerptParts(`a${MARK_END}b${MARK_START}c`)).toEqual([{ text: 'abc', hit: false }]);
  });
});

describe('search in the SQLite store (FTS5)', () => {
  const stories = [
    story('beras', 'Harga Beras Bertahan Tinggi', 'Harga beras medium di pasar induk belum turun.', 10),
    story('kopi', 'Ekspor Kopi Naik', 'Nilai ekspor kopi naik, didorong permintaan dari Asia Timur. Harga kopi juga naik.', 12),
    story('kafe', 'Kafé di Kota Tua', 'Sebuah kafé <em>baru</em> &lt;dibuka&gt; &amp; ramai.', 14),
    story('draf', 'Draf Harga Beras', 'Beras beras beras.', 15, true),
    story('nanti', 'Beras Besok', 'Beras yang terbit nanti.', 2_000),
  ];

  it('finds stories by their words, counts every match, and marks the hits', () => {
    const store = storeWith(stories);
    const found = find(store, 'harga');
    expect(found.total).toBe(2);
    expect(found.hits.map((hit) => hit.slug).sort()).toEqual(['beras', 'kopi']);
    const kopi = find(store, 'kopi asia');
    expect(kopi.total).toBe(1);
    expect(kopi.hits[0]!.title).toBe('Ekspor Kopi Naik');
    expect(
      excerptParts(kopi.hits[0]!.excerpt)
        .filter((part) => part.hit)
        .map((part) => part.text),
    ).toEqual(['kopi', 'Asia', 'kopi']);
  });

  it('leaves drafts out, and scheduled stories until their time', () => {
    const store = storeWith(stories);
    expect(find(store, 'beras').hits.map((hit) => hit.slug)).toEqual(['beras']);
    expect(find(store, 'beras', { until: 3_000 * DAY }).total).toBe(2);
  });

  it('folds case and diacritics (unicode61 remove_diacritics 2)', () => {
    const store = storeWith(stories);
    expect(find(store, 'KAFE').hits.map((hit) => hit.slug)).toEqual(['kafe']);
    expect(find(store, 'kafé').total).toBe(1);
  });

  it('keeps the body’s markup out of the index and its text as text', () => {
    const store = storeWith(stories);
    const [hit] = find(store, 'ramai').hits;
    expect(hit!.excerpt).toBe(`Sebuah kafé baru <dibuka> & ${MARK_START}ramai${MARK_END}.`);
    expect(find(store, 'em').total).toBe(0);
    expect(find(store, 'dibuka').total).toBe(1);
  });

  it('pages through the matches', () => {
    const many = Array.from({ length: 45 }, (_, i) => story(`s${i}`, `Cerita ${i}`, 'Banjir merendam kota.', i));
    const store = storeWith(many);
    const pages = [0, 20, 40].map((offset) => find(store, 'banjir', { offset }));
    expect(pages.map((page) => page.total)).toEqual([45, 45, 45]);
    expect(pages.map((page) => page.hits.length)).toEqual([20, 20, 5]);
    expect(new Set(pages.flatMap((page) => page.hits.map((hit) => hit.slug))).size).toBe(45);
    // Equal scores: newest first.
    expect(pages[0]!.hits[0]!.slug).toBe('s44');
    expect(find(store, 'banjir', { offset: 60 })).toEqual({ total: 45, hits: [] });
  });

  it('ranks the newest matches, then lists the older ones newest first, each once, with the true count', () => {
    // The oldest story has the word in its headline (the best score of all), but is older than
    // the ranked window; the best of the window is a story in it with the word in its headline.
    const many = Array.from({ length: RANKED_WINDOW + 30 }, (_, i) =>
      story(`s${i}`, i === 0 || i === 500 ? 'Banjir Besar' : `Cerita ${i}`, 'Banjir merendam kota.', Math.floor(i / 3)),
    );
    const store = storeWith(many);
    const pages = Array.from({ length: Math.ceil(many.length / 20) }, (_, page) => find(store, 'banjir', { offset: page * 20 }));
    expect(new Set(pages.map((page) => page.total))).toEqual(new Set([many.length]));
    const slugs = pages.flatMap((page) => page.hits.map((hit) => hit.slug));
    expect(new Set(slugs).size).toBe(many.length);
    expect(slugs[0]).toBe('s500');
    // Past the window: by date, three stories a day, the newest first.
    const older = slugs.slice(RANKED_WINDOW);
    const day = (slug: string) => Math.floor(Number(slug.slice(1)) / 3);
    expect([...older].sort()).toEqual(Array.from({ length: 30 }, (_, i) => `s${i}`).sort());
    expect(older.map(day)).toEqual(older.map(day).sort((a, b) => b - a));
  });

  it('finds stories of the same moment, each in a row of its own, and one dated after a bound only past it', () => {
    const moment = 20 * DAY;
    const same = Array.from({ length: 5 }, (_, i) => ({ ...story(`kembar${i}`, `Gempa ${i}`, 'Gempa mengguncang.', 20) }));
    const later = { slug: 'sesudah', data: { title: 'Gempa Susulan', description: 'Susulan', draft: false, date: { time: moment + 1 } }, html: '<p>Gempa lagi.</p>' };
    const store = storeWith([...same, later]);
    expect(find(store, 'gempa', { until: moment }).total).toBe(5);
    expect(find(store, 'gempa', { until: moment + 1 }).total).toBe(6);
    store.put('articles', { id: 'kembar2', file: 'kembar2.md', digest: 'd2', data: same[2]!.data, html: same[2]!.html }, searchDocument(same[2]!.data, same[2]!.html));
    expect(
      find(store, 'gempa', { until: moment })
        .hits.map((hit) => hit.slug)
        .sort(),
    ).toEqual(same.map((one) => one.slug));
  });

  it('keeps the index in step with the stories: a change replaces, a removal and a draft take out', () => {
    const store = storeWith(stories);
    const changed = story('kopi', 'Ekspor Teh Naik', 'Nilai ekspor teh naik.', 12);
    store.put('articles', { id: 'kopi', file: 'kopi.md', digest: 'd2', data: changed.data, html: changed.html }, searchDocument(changed.data, changed.html));
    expect(find(store, 'kopi').total).toBe(0);
    expect(find(store, 'teh').total).toBe(1);
    store.remove('articles', 'kopi', 1);
    expect(find(store, 'teh').total).toBe(0);
    const draft = story('beras', 'Harga Beras', 'Ditarik.', 10, true);
    store.put('articles', { id: 'beras', file: 'beras.md', digest: 'd3', data: draft.data, html: draft.html }, searchDocument(draft.data, draft.html));
    expect(find(store, 'beras').total).toBe(0);
  });

  it('never fails on a reader’s input, and finds nothing for a malformed query given to it', () => {
    const store = storeWith(stories);
    for (const input of [
      '"',
      '""',
      'beras"',
      'NEAR(beras kopi, 2)',
      'beras NOT',
      'AND',
      '*',
      'kopi*',
      '-beras',
      'title:beras',
      '{title}: beras',
      '^beras',
      '\u0301',
      'x\u0000y',
      "' OR 1=1 --",
    ])
      expect(() => find(store, input), input).not.toThrow();
    expect(find(store, 'NEAR(beras kopi, 2)').total).toBe(0);
    expect(find(store, '-beras').total).toBe(1);
    expect(store.search('"unclosed', { until: undefined, limit: 20, offset: 0 })).toEqual({ total: 0, hits: [] });
    expect(store.search('AND OR', { until: undefined, limit: 20, offset: 0 })).toEqual({ total: 0, hits: [] });
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (input) => {
        find(store, input);
      }),
      { numRuns: 300 },
    );
  });

  it('a store from before the index has its articles written again by the next sync', () => {
    const path = join(tempDir('store-before-search'), 'warta.sqlite');
    const old = openSqliteStore(path);
    old.put('articles', { id: 'a', file: 'a.md', digest: 'd', data: {}, html: '' });
    old.put('authors', { id: 'b', file: 'b.md', digest: 'e', data: {}, html: '' });
    old.close();
    const raw = new DatabaseSync(path);
    raw.exec('DROP TABLE search; DROP TABLE search_rows');
    raw.close();
    const reopened = openSqliteStore(path);
    expect(reopened.digests('articles').get('a')?.digest).toBe('');
    expect(reopened.digests('authors').get('b')?.digest).toBe('e');
    expect(reopened.search('"a"', { until: undefined, limit: 20, offset: 0 })).toEqual({ total: 0, hits: [] });
    reopened.close();
  });

  it('a store whose search rows are not the stories’ moments has its index made again by the next sync', () => {
    const path = join(tempDir('store-undated-search'), 'warta.sqlite');
    const old = openSqliteStore(path);
    const { slug, data, html } = stories[0]!;
    old.put('articles', { id: slug, file: `${slug}.md`, digest: 'd', data, html }, searchDocument(data, html));
    old.close();
    const raw = new DatabaseSync(path);
    raw.exec(`DELETE FROM meta WHERE key = 'search_rows_dated'`);
    raw.close();
    const reopened = openSqliteStore(path);
    expect(reopened.digests('articles').get(slug)?.digest).toBe('');
    expect(find(reopened, 'beras').total).toBe(0);
    reopened.put('articles', { id: slug, file: `${slug}.md`, digest: 'd', data, html }, searchDocument(data, html));
    expect(find(reopened, 'beras').total).toBe(1);
    reopened.close();
    expect(openSqliteStore(path).digests('articles').get(slug)?.digest).toBe('d');
  });
});
