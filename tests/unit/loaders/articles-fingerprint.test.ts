/**
 * The articles loader keeps a rendered article exactly as long as the code and packages that
 * rendered it are the same (src/lib/build/fingerprints.ts): run on a copy of the project, as a
 * build would after an upgrade or an edit.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
// Astro's own store, so the test follows its rule for unchanged digests.
import { MutableDataStore } from '../../../node_modules/astro/dist/content/mutable-data-store.js';
import { loadSettings } from '../../../src/lib/settings.ts';
import { articlesLoader } from '../../../src/loaders/articles.ts';
import { PROJECT_ROOT } from '../../support/build-site.ts';
import { FIXTURES } from '../../support/fixture-site.ts';
import { tempDir } from '../../support/temp.ts';

const root = tempDir('articles-fingerprint');
cpSync(join(PROJECT_ROOT, 'src'), join(root, 'src'), { recursive: true });
cpSync(join(PROJECT_ROOT, 'package-lock.json'), join(root, 'package-lock.json'));
cpSync(join(FIXTURES, 'basic'), join(root, 'content'), { recursive: true });
const ARTICLES = ['artikel-uji-bergambar', 'artikel-uji-pertama', 'draf-uji'];

const dataStore = new MutableDataStore();
const loader = articlesLoader({ ...loadSettings({}), contentDir: 'content' });

/** Runs the loader as a build does (no watcher) on the same store; returns the ids it rendered again. */
async function load(): Promise<string[]> {
  const store = dataStore.scopedStore('articles');
  const rendered: string[] = [];
  const context = {
    collection: 'articles',
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      ...store,
      set: (entry: Parameters<typeof store.set>[0]) => {
        const changed = store.set(entry);
        if (changed) rendered.push(entry.id);
        return changed;
      },
    },
    meta: dataStore.metaStore('articles'),
    generateDigest: (data: string | Record<string, unknown>) =>
      createHash('sha256')
        .update(typeof data === 'string' ? data : JSON.stringify(data))
        .digest('hex'),
    logger: { info: () => {}, warn: () => {}, error: (message: string) => expect.fail(message), debug: () => {}, label: 'test' },
  } as unknown as LoaderContext;
  await loader.load(context);
  return rendered.sort();
}

function bumpLocked(key: string, version: string): void {
  const file = join(root, 'package-lock.json');
  const lockfile = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, { version: string; integrity?: string }> };
  lockfile.packages[key] = { ...lockfile.packages[key]!, version, integrity: `sha512-${version}` };
  writeFileSync(file, JSON.stringify(lockfile, null, 2));
}

describe('the articles loader and its fingerprint', () => {
  it('renders every article the first time, and none when nothing changed', async () => {
    expect(await load()).toEqual(ARTICLES);
    expect(await load()).toEqual([]);
  });

  it('renders none again when the importer changes', async () => {
    appendFileSync(join(root, 'src/lib/import/import-article.ts'), '\n// an importer edit\n');
    expect(await load()).toEqual([]);
  });

  it('renders every article again when the sanitizer is upgraded', async () => {
    bumpLocked('node_modules/rehype-sanitize', '6.0.1');
    expect(await load()).toEqual(ARTICLES);
    expect(await load()).toEqual([]);
  });

  it('renders every article again when the sanitizer’s schema changes', async () => {
    appendFileSync(join(root, 'src/lib/render/sanitize-schema.ts'), '\n// a schema edit\n');
    expect(await load()).toEqual(ARTICLES);
  });
});
