import { describe, expect, it } from 'vitest';
import { createRoutes } from '../../src/lib/routes.ts';
import { loadSettings, normalizeBase } from '../../src/lib/settings.ts';

describe('routes', () => {
  it('makes article and media addresses at the root', () => {
    const routes = createRoutes('/');
    expect(routes.home()).toBe('/');
    expect(routes.article('berita-satu')).toBe('/berita/berita-satu/');
    expect(routes.media('berita-satu', './foto lama.jpg')).toBe('/media/berita-satu/foto%20lama.jpg');
  });

  it('keeps every address under a base path', () => {
    const routes = createRoutes('/warta/');
    expect(routes.home()).toBe('/warta/');
    expect(routes.article('x')).toBe('/warta/berita/x/');
    expect(routes.author('ayu')).toBe('/warta/penulis/ayu/');
  });

  it('puts author pages, their feeds and profile pictures under /penulis/', () => {
    const routes = createRoutes('/');
    expect(routes.authors()).toBe('/penulis/');
    expect(routes.author('ayu-lestari')).toBe('/penulis/ayu-lestari/');
    expect(routes.authorRss('ayu-lestari')).toBe('/penulis/ayu-lestari/rss.xml');
    expect(routes.authorJsonFeed('ayu-lestari')).toBe('/penulis/ayu-lestari/feed.json');
    expect(routes.authorMedia('ayu-lestari', './foto ayu.jpg')).toBe('/penulis/ayu-lestari/foto%20ayu.jpg');
  });
});

describe('settings', () => {
  it('normalizes base paths', () => {
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('warta')).toBe('/warta/');
    expect(normalizeBase('/warta//')).toBe('/warta/');
  });

  it('reads the content folder and deployment from the environment', () => {
    const settings = loadSettings({ NEWS_CONTENT_DIR: '/tmp/x', WARTA_SITE_URL: 'https://berita.example/', WARTA_BASE: 'warta' });
    expect(settings).toMatchObject({ contentDir: '/tmp/x', url: 'https://berita.example', base: '/warta/', lang: 'id', timeZone: 'Asia/Jakarta' });
    expect(loadSettings({}).contentDir).toBe('./content');
  });

  it('reads how many articles get a card of their own: a whole number or all', () => {
    expect(loadSettings({}).socialCards).toBe(200);
    expect(loadSettings({ WARTA_SOCIAL_CARDS: '0' }).socialCards).toBe(0);
    expect(loadSettings({ WARTA_SOCIAL_CARDS: ' 1500 ' }).socialCards).toBe(1500);
    expect(loadSettings({ WARTA_SOCIAL_CARDS: 'all' }).socialCards).toBe(Infinity);
    for (const bad of ['-1', '2.5', 'semua', '1e3'])
      expect(() => loadSettings({ WARTA_SOCIAL_CARDS: bad })).toThrow(`WARTA_SOCIAL_CARDS: expected a whole number of articles or "all", got "${bad}"`);
  });

  it('reads how many stories go on a listing page: a whole number, at least 1', () => {
    expect(loadSettings({}).pageSize).toBe(20);
    expect(loadSettings({ WARTA_PAGE_SIZE: '5' }).pageSize).toBe(5);
    for (const bad of ['0', 'all', '2.5'])
      expect(() => loadSettings({ WARTA_PAGE_SIZE: bad })).toThrow(`WARTA_PAGE_SIZE: expected a whole number of articles (at least 1), got "${bad}"`);
  });

  it('reads how many pages go into one search index shard: a whole number, at least 1', () => {
    expect(loadSettings({}).searchShardPages).toBe(8000);
    expect(loadSettings({ WARTA_SEARCH_SHARD_PAGES: '25' }).searchShardPages).toBe(25);
    for (const bad of ['0', 'all', '-5']) {
      expect(() => loadSettings({ WARTA_SEARCH_SHARD_PAGES: bad })).toThrow(`WARTA_SEARCH_SHARD_PAGES: expected a whole number of articles (at least 1), got "${bad}"`);
    }
  });

  it('reads how many pages the hot search partition holds at most: a whole number, at least 1', () => {
    expect(loadSettings({}).searchHotPages).toBe(250);
    expect(loadSettings({ WARTA_SEARCH_HOT_PAGES: '5' }).searchHotPages).toBe(5);
    expect(() => loadSettings({ WARTA_SEARCH_HOT_PAGES: '0' })).toThrow('WARTA_SEARCH_HOT_PAGES: expected a whole number of articles (at least 1), got "0"');
  });

  it('precompresses only when WARTA_PRECOMPRESS is 1', () => {
    expect(loadSettings({}).precompress).toBe(false);
    expect(loadSettings({ WARTA_PRECOMPRESS: '1' }).precompress).toBe(true);
    expect(loadSettings({ WARTA_PRECOMPRESS: '0' }).precompress).toBe(false);
  });

  it('keeps Astro’s cache folder unless told otherwise', () => {
    expect(loadSettings({}).cacheDir).toBe('./node_modules/.astro');
    expect(loadSettings({ WARTA_CACHE_DIR: '/tmp/cache' }).cacheDir).toBe('/tmp/cache');
  });
});
