import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CACHE_RULES, cacheHeaderBlocks, cachePoliciesFor, NGINX_CACHE_VARIABLE, nginxCacheMap } from '../../../src/lib/hosting/cache-rules.ts';

describe('cache rules', () => {
  it('give every path one rule, so no host joins two Cache-Control values', () => {
    const paths = CACHE_RULES.flatMap((rule) => rule.paths);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of ['/', '/berita/x/', '/_astro/a.B1c2.js', '/media/x/foto.jpg', '/favicon.svg', '/sitemap-berita-2024.xml', '/pagefind/pagefind.js']) {
      expect(cachePoliciesFor(path), path).toHaveLength(1);
    }
  });

  it('keep hashed assets a year, pictures a day, and pages, feeds and the search index five minutes', () => {
    expect(cachePoliciesFor('/_astro/index.CwC4BWU5.js')).toEqual(['immutable']);
    expect(cachePoliciesFor('/kartu/x.png')).toEqual(['media']);
    for (const path of ['/', '/berita/x/', '/rubrik/dunia/rss.xml', '/feed.json', '/pagefind/pagefind-entry.json']) expect(cachePoliciesFor(path), path).toEqual(['page']);
  });

  it('match `*` across folders and nothing else loosely', () => {
    expect(cachePoliciesFor('/sitemap-index.xml')).toEqual(['page']);
    expect(cachePoliciesFor('/favicon.svg.gz')).toEqual([]);
    expect(cachePoliciesFor('/xfavicon.svg')).toEqual([]);
    expect(cachePoliciesFor('/tentang/')).toEqual([]);
  });

  it('write a _headers block per path under the base', () => {
    expect(cacheHeaderBlocks('/')).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(cacheHeaderBlocks('/')).toContain('/berita/*\n  Cache-Control: public, max-age=300, must-revalidate');
    expect(cacheHeaderBlocks('/warta/')).toContain('/warta/\n  Cache-Control: public, max-age=300, must-revalidate');
  });
});

describe('the nginx server block', () => {
  const nginx = readFileSync(new URL('../../../docs/hosting/nginx.conf', import.meta.url), 'utf8');
  const locations = [...nginx.matchAll(/^\s*location [^{\n]+\{[^}]*\}/gm)].map(([block]) => block);

  it('maps paths to the same cache policies', () => {
    expect(nginx).toContain(`${nginxCacheMap()}\n`);
    expect(nginx).toContain(`add_header Cache-Control ${NGINX_CACHE_VARIABLE} always;`);
    expect(nginx.match(/add_header Cache-Control/g)).toHaveLength(1);
  });

  it('sets headers only at server level, where every location inherits them', () => {
    expect(locations.length).toBeGreaterThan(0);
    for (const location of locations) expect(location).not.toContain('add_header');
  });

  it('serves the precompressed files, clean URLs and the 404 page', () => {
    for (const line of ['gzip_static on;', 'gzip_vary on;', 'charset utf-8;', 'try_files $uri $uri/ $uri.html =404;', 'error_page 404 /404.html;']) expect(nginx).toContain(line);
  });
});
