import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../../src/lib/settings.ts';
import { openSqliteStore } from '../../../src/lib/store/sqlite-store.ts';
import { sqliteStore } from '../../../src/lib/store/store.ts';
import { syncContent } from '../../../src/lib/store/sync.ts';
import { tempDir } from '../../support/temp.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('sqlite store', () => {
  it('keeps entries with their data types, and a version that moves once per transaction', () => {
    const store = openSqliteStore(join(tempDir('store'), 'warta.sqlite'));
    const start = store.version();
    const date = new Date('2024-03-05T02:30:00Z');
    store.transaction(() => {
      store.put('articles', { id: 'a', file: 'a.md', digest: 'd1', data: { title: 'A', date, tags: ['x'] }, html: '<p>A</p>' });
      store.put('articles', { id: 'b', file: 'b/index.md', digest: 'd2', data: { title: 'B', date }, html: '<p>B</p>' });
    });
    expect(store.version()).toBe(start + 1);
    const [a] = store.entries<{ title: string; date: Date; tags: string[] }>('articles');
    expect(a).toEqual({ id: 'a', file: 'a.md', digest: 'd1', html: '<p>A</p>', data: { title: 'A', date, tags: ['x'] } });
    expect(a!.data.date).toBeInstanceOf(Date);
    expect(store.digests('articles').get('b')).toEqual({ file: 'b/index.md', digest: 'd2', stats: '' });
    expect(store.entries('authors')).toEqual([]);
    // What a server holds of every story leaves the body out; the page reads its own.
    expect(store.summaries('articles')).toEqual([
      { id: 'a', file: 'a.md', digest: 'd1', data: { title: 'A', date, tags: ['x'] } },
      { id: 'b', file: 'b/index.md', digest: 'd2', data: { title: 'B', date } },
    ]);
    expect(store.html('articles', 'b')).toBe('<p>B</p>');
    expect(store.html('articles', 'c')).toBeUndefined();
    expect(store.html('authors', 'a')).toBeUndefined();
    // A transaction that writes nothing leaves the version alone.
    store.transaction(() => store.entries('articles'));
    expect(store.version()).toBe(start + 1);
  });

  it('remembers a removed article until it comes back, and rolls back a failed transaction', () => {
    const store = openSqliteStore(':memory:');
    store.put('articles', { id: 'a', file: 'a.md', digest: 'd', data: {}, html: '' });
    store.remove('articles', 'a', 1_000);
    expect(store.entries('articles')).toEqual([]);
    expect(store.removedAt('a')).toBe(1_000);
    store.put('articles', { id: 'a', file: 'a.md', digest: 'd', data: {}, html: '' });
    expect(store.removedAt('a')).toBeUndefined();
    const version = store.version();
    expect(() =>
      store.transaction(() => {
        store.remove('articles', 'a', 2_000);
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(store.entries('articles').map((entry) => entry.id)).toEqual(['a']);
    expect(store.version()).toBe(version);
  });

  it('commits asynchronous work when it resolves, and rolls it back when it rejects', async () => {
    const store = openSqliteStore(':memory:');
    const start = store.version();
    await store.transaction(async () => {
      store.put('articles', { id: 'a', file: 'a.md', digest: 'd', data: {}, html: '' });
      await Promise.resolve();
      store.put('articles', { id: 'b', file: 'b.md', digest: 'd', data: {}, html: '' });
    });
    expect(store.version()).toBe(start + 1);
    await expect(
      store.transaction(async () => {
        store.remove('articles', 'a', 1);
        await Promise.resolve();
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(store.entries('articles').map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(store.removedAt('a')).toBeUndefined();
    expect(store.version()).toBe(start + 1);
  });

  it('keeps the front page settings and forgets them', () => {
    const store = openSqliteStore(':memory:');
    expect(store.frontPage()).toBeUndefined();
    store.setFrontPage({ digest: 'f', data: { file: 'content/front-page.yaml', config: { lead: 'a' } } });
    expect(store.frontPage()).toEqual({ digest: 'f', data: { file: 'content/front-page.yaml', config: { lead: 'a' } } });
    store.setFrontPage(undefined);
    expect(store.frontPage()).toBeUndefined();
  });
});

describe('syncContent', () => {
  const contentDir = () => {
    const dir = join(tempDir('sync'), 'content');
    cpSync(join(ROOT, 'tests/fixtures/sites/basic'), dir, { recursive: true });
    return dir;
  };

  it('writes the fixture once, skips unchanged files, and removes deleted ones', async () => {
    const dir = contentDir();
    const settings = loadSettings({ NEWS_CONTENT_DIR: dir });
    const store = openSqliteStore(join(dir, '..', 'warta.sqlite'));
    const first = await syncContent(sqliteStore(store), { root: ROOT, settings, now: 5 });
    expect(first.problems).toEqual([]);
    expect(first.written.articles.sort()).toEqual(['artikel-uji-bergambar', 'artikel-uji-pertama', 'draf-uji']);
    const stored = store.entries<{ title: string; date: { time: number } }>('articles').find((entry) => entry.id === 'artikel-uji-pertama')!;
    expect(stored.data.title).toBe('Artikel Uji Pertama');
    expect(stored.data.date.time).toBe(Date.parse('2024-03-05T02:30:00Z'));
    expect(stored.html).toContain('<h2');

    const version = store.version();
    const again = await syncContent(sqliteStore(store), { root: ROOT, settings, now: 6 });
    expect(again.written.articles).toEqual([]);
    expect(again.unchanged).toBe(first.written.articles.length + first.written.authors.length);
    expect(store.version()).toBe(version);

    rmSync(join(dir, 'articles/draf-uji.md'));
    const removal = await syncContent(sqliteStore(store), { root: ROOT, settings, now: 7 });
    expect(removal.removed.articles).toEqual(['draf-uji']);
    expect(store.removedAt('draf-uji')).toBe(7);
    expect(removal.tags).toContain('story:draf-uji');
    expect(removal.tags).toContain('front');
    expect(removal.tags.some((tag) => tag.startsWith('section:'))).toBe(true);
    expect(again.tags).toEqual([]);
    expect(store.digests('articles').has('draf-uji')).toBe(false);
  });

  it('reports a malformed file in one line and keeps it out of the store', async () => {
    const dir = contentDir();
    const settings = loadSettings({ NEWS_CONTENT_DIR: dir });
    const store = openSqliteStore(':memory:');
    writeFileSync(join(dir, 'articles/rusak.md'), '---\ntitle: "Rusak"\ndate: bukan-tanggal\n---\n\nTeks.\n');
    const report = await syncContent(sqliteStore(store), { root: ROOT, settings });
    expect(report.problems.length).toBeGreaterThan(0);
    for (const line of report.problems) expect(line).toMatch(/rusak\.md: [\w.]+: /);
    expect(report.problems.join('\n')).not.toContain('\n\n');
    expect(store.digests('articles').has('rusak')).toBe(false);
    expect(store.digests('articles').has('artikel-uji-pertama')).toBe(true);
  });
});
