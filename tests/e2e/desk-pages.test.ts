/**
 * The editors' desk is one page: its script and its looser policy never reach a reader page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSeedSite } from '../support/shared-build.ts';
import { builtPagePaths } from '../support/page-types.ts';

let outDir: string;
beforeAll(async () => {
  outDir = await buildSeedSite();
}, 300_000);

const pageFile = (path: string) => join(outDir, path.endsWith('/') ? `${path}index.html` : path);
const policyOf = (html: string) => html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i)?.[1]?.replace(/&apos;/g, "'") ?? '';

describe('the desk in the built site', () => {
  it("is /admin/ with the CMS build copied beside it, Warta's editor components and the generated config", () => {
    const html = readFileSync(pageFile('/admin/'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect(policyOf(html)).toContain("script-src 'self' 'unsafe-eval'");
    for (const file of ['decap-cms.js', 'desk.js', 'preview.css']) expect(existsSync(join(outDir, 'admin', file))).toBe(true);
    // The preview's stylesheet is the site's: the article page's classes are in it.
    const previewCss = readFileSync(join(outDir, 'admin/preview.css'), 'utf8');
    for (const selector of ['.headline', '.standfirst', '.article-body', '.figure-credit', '.live-update-time']) expect(previewCss).toContain(selector);
    expect(readFileSync(join(outDir, 'admin/desk.js'), 'utf8')).toContain('registerEditorComponent');
    const config = yaml.load(readFileSync(join(outDir, 'admin/config.yml'), 'utf8')) as { collections: { name: string }[] };
    expect(config.collections.map((collection) => collection.name)).toEqual(['stories', 'authors', 'settings']);
  });

  it('reader pages keep their own policy, with no eval, and load nothing of the desk', () => {
    const readers = builtPagePaths(outDir).filter((path) => path !== '/admin/');
    expect(readers.length).toBeGreaterThan(5);
    for (const path of readers) {
      const html = readFileSync(pageFile(path), 'utf8');
      expect(policyOf(html), path).toMatch(/^default-src 'self'/);
      // The search page allows 'wasm-unsafe-eval' for Pagefind's WebAssembly, never eval itself.
      expect(policyOf(html), path).not.toContain("'unsafe-eval'");
      expect(html, path).not.toMatch(/decap|desk\.js|\/admin\//);
    }
    // Only the search page has a script; an article page has none.
    const article = readers.find((path) => path.startsWith('/berita/'))!;
    expect(readFileSync(pageFile(article), 'utf8')).not.toContain('<script src');
  });

  it('leaves the desk out of the sitemaps, the feeds and the search index', () => {
    const files = ['sitemap-index.xml', 'rss.xml', 'feed.json'].map((file) => readFileSync(join(outDir, file), 'utf8'));
    for (const text of files) expect(text).not.toContain('/admin/');
    expect(readFileSync(pageFile('/admin/'), 'utf8')).not.toContain('data-pagefind-body');
  });
});
