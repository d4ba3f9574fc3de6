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
});
