/**
 * `npm run build -- --outDir <folder outside the project>`, as a deployment writes to a web
 * root: the site arrives complete, searchable, and without Astro's build scratch.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseLayout } from '../../src/lib/build/release-layout.ts';
import { buildSite, PROJECT_ROOT } from '../support/build-site.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';
import { tempDir } from '../support/temp.ts';

describe('a build into a folder outside the project', () => {
  it('writes the whole site there, search index included, and no build scratch', async () => {
    const outDir = join(tempDir('web-root'), 'warta');
    // Precompression on, as for an nginx web root: every step after Astro's runs there too.
    const build = await buildSite({ contentDir: copyFixtureSite('basic'), outDir, env: { WARTA_PRECOMPRESS: '1' } });
    expect(build.exitCode, build.output.slice(-3000)).toBe(0);
    for (const page of [
      'index.html',
      '404.html',
      'berita/artikel-uji-pertama/index.html',
      'cari/index.html',
      'rss.xml',
      'sitemap-index.xml',
      'pagefind/pagefind.js',
      'pagefind/warta-shards.json',
    ]) {
      expect(existsSync(join(outDir, page)), page).toBe(true);
    }
    expect(readFileSync(join(outDir, 'berita/artikel-uji-pertama/index.html'), 'utf8')).toContain('<h1 class="headline">Artikel Uji Pertama</h1>');
    expect(readFileSync(join(outDir, 'index.html.br')).length).toBeGreaterThan(0);
    // No `.prerender/` (Astro's server chunks) nor any other hidden scratch in the web root.
    expect(readdirSync(outDir).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((path) => /(^|\/)(\.prerender|chunks)(\/|$)/.test(path))).toEqual([]);
    // The scratch folder this build used inside the project is gone too. Only its own: other
    // tests building outside the project at the same time have theirs there.
    const scratch = releaseLayout(PROJECT_ROOT, outDir, false).work;
    expect(scratch.startsWith(join(PROJECT_ROOT, '.astro', 'outside-builds'))).toBe(true);
    expect(existsSync(scratch)).toBe(false);
  }, 120_000);
});
