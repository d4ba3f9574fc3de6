import { cpSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { SETTLED_MS } from '../../../src/lib/content/file-stats.ts';
import { loadSettings } from '../../../src/lib/settings.ts';
import { openStore, type Store } from '../../../src/lib/store/store.ts';
import { syncContent } from '../../../src/lib/store/sync.ts';

const root = new URL('../../../', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'warta-sync-stats-'));
const contentDir = join(scratch, 'content');
cpSync(join(root, 'content'), contentDir, { recursive: true });
const settings = loadSettings({ NEWS_CONTENT_DIR: contentDir });
let store: Store;

afterAll(async () => {
  await store?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const recorded = async () => [...(await store.digests('articles')).values()].map((entry) => entry.stats);

describe('sync and file stats', () => {
  it('records the stats a settled file was read with, and later syncs neither write nor move the version', { timeout: 30_000 }, async () => {
    await sleep(SETTLED_MS + 100);
    store = await openStore(join(scratch, 'warta.sqlite'));
    const first = await syncContent(store, { root, settings });
    expect(first.written.articles.length).toBeGreaterThan(0);
    expect((await recorded()).every((stats) => stats.length > 0)).toBe(true);
    const version = await store.version();

    const again = await syncContent(store, { root, settings });
    expect(again.written.articles).toEqual([]);
    expect(again.unchanged).toBe(first.written.articles.length + first.written.authors.length);
    expect(await store.version()).toBe(version);
  });

  it('reads a touched file again, finds it the same, and records its new stats without a new version', { timeout: 30_000 }, async () => {
    const version = await store.version();
    const before = await recorded();
    const [slug] = (await store.digests('articles')).keys();
    const article = join(contentDir, 'articles', `${slug}.md`);
    const past = new Date(Date.now() - 60_000);
    utimesSync(article, past, past);
    // Changed just now (its ctime): not trusted yet, so nothing is recorded for it.
    const touched = await syncContent(store, { root, settings });
    expect(touched.written.articles).toEqual([]);
    expect((await store.digests('articles')).get(slug!)?.stats).toBe('');
    await sleep(SETTLED_MS + 100);
    const settled = await syncContent(store, { root, settings });
    expect(settled.written.articles).toEqual([]);
    const after = (await store.digests('articles')).get(slug!)?.stats;
    expect(after).not.toBe('');
    expect(after).not.toBe(before[0]);
    expect(await store.version()).toBe(version);
  });
});
