/**
 * A publish that names its files (`npm run server:sync -- <file>…`) syncs what they make and
 * nothing else: the newsroom fixture synced whole, then edits to two stories of which one is
 * named, a named story that is gone, a named bundle picture.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../../src/lib/settings.ts';
import { openStore, type Store } from '../../../src/lib/store/store.ts';
import { syncContent } from '../../../src/lib/store/sync.ts';
import { syncTargets } from '../../../src/lib/store/sync-targets.ts';

const root = new URL('../../../', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'warta-sync-named-'));
const contentDir = join(scratch, 'content');
cpSync(join(root, 'tests/fixtures/sites/newsroom'), contentDir, { recursive: true });
const settings = loadSettings({ NEWS_CONTENT_DIR: contentDir });
let store: Store;

afterAll(async () => {
  await store?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const named = (...paths: string[]) => syncTargets(contentDir, paths, contentDir, (path) => path).targets;

describe('a sync of named files', () => {
  it('reads the named story alone, and leaves an unnamed change for a later sync', { timeout: 30_000 }, async () => {
    store = await openStore(join(scratch, 'warta.sqlite'));
    const whole = await syncContent(store, { root, settings });
    expect(whole.written.articles.length).toBeGreaterThan(10);
    appendFileSync(join(contentDir, 'articles/berita-ekspor-kopi-naik.md'), '\nParagraf bernama.\n');
    appendFileSync(join(contentDir, 'articles/opini-pajak-karbon-untuk-siapa.md'), '\nParagraf tak bernama.\n');
    const report = await syncContent(store, { root, settings, targets: named('articles/berita-ekspor-kopi-naik.md') });
    expect(report.written).toEqual({ articles: ['berita-ekspor-kopi-naik'], authors: [] });
    expect(report.removed).toEqual({ articles: [], authors: [] });
    expect(report.unchanged).toBe(0);
    expect(report.tags).toContain('story:berita-ekspor-kopi-naik');
    expect(await store.html('articles', 'berita-ekspor-kopi-naik')).toContain('Paragraf bernama.');
    expect(await store.html('articles', 'opini-pajak-karbon-untuk-siapa')).not.toContain('Paragraf tak bernama.');
    // The whole sync after it finds the other change.
    expect((await syncContent(store, { root, settings })).written.articles).toEqual(['opini-pajak-karbon-untuk-siapa']);
  });

  it('removes a named story whose file is gone, remembering it for a 410', async () => {
    rmSync(join(contentDir, 'articles/penulis-jalan-tol.md'));
    const report = await syncContent(store, { root, settings, targets: named('articles/penulis-jalan-tol.md') });
    expect(report.removed.articles).toEqual(['penulis-jalan-tol']);
    expect(await store.removedAt('penulis-jalan-tol')).toBeTypeOf('number');
    expect(await store.listing({ listing: '', until: Number.MAX_SAFE_INTEGER, range: { offset: 0, limit: 100 } })).not.toContainEqual(
      expect.objectContaining({ slug: 'penulis-jalan-tol' }),
    );
  });

  it('reads a profile again for a file of its bundle, and the front page when it is named', async () => {
    const report = await syncContent(store, { root, settings, targets: named('authors/budi-santoso/foto.jpg', 'front-page.yaml') });
    expect(report.written).toEqual({ articles: [], authors: ['budi-santoso'] });
    expect(report.tags).toContain('author:budi-santoso');
    // The file is as it was: the front page's digest is the same, so it did not change.
    expect(report.frontPageChanged).toBe(false);
  });
});
