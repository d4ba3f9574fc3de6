// @ts-check
/**
 * The benchmark's baseline: Astro as it comes, building the same articles with its own glob
 * loader and built-in Markdown. Warta's build is measured against this one, so it stays bare:
 * no integrations, no custom Markdown, Astro's defaults but for the two lines below.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  // The harness gives every cold build a fresh cache, exactly as it does for Warta.
  ...(process.env.WARTA_CACHE_DIR ? { cacheDir: process.env.WARTA_CACHE_DIR } : {}),
  // The same URL shape as Warta (/<slug>/index.html) so the output sizes compare like for like.
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
