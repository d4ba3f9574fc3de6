// @ts-check
import { defineConfig } from 'astro/config';
import bundleMedia from './src/integrations/bundle-media.ts';
import { settings } from './src/lib/settings.ts';

export default defineConfig({
  site: settings.url,
  base: settings.base,
  trailingSlash: 'always',
  // Tests and benchmarks build several sites at once: each needs its own content cache.
  ...(process.env.WARTA_CACHE_DIR ? { cacheDir: process.env.WARTA_CACHE_DIR } : {}),
  build: {
    format: 'directory',
    // One request for the page and its styles: the whole stylesheet is a few kilobytes.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  integrations: [bundleMedia({ contentDir: settings.contentDir })],
});
