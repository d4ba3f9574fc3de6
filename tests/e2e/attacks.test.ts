/**
 * Every attack in the corpus, placed in an article's body and in every front matter text
 * field, built into a site and opened in Chromium: no dialog opens, no request leaves for an
 * address the page did not intend, and the live DOM holds nothing active from content.
 * Then the last layer alone: an inline script that got past the sanitizer is blocked by the
 * page's Content Security Policy.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripControlCharacters } from '../../src/lib/utils/text.ts';
import { attackCorpus } from '../fixtures/attacks/corpus.ts';
import type { BuildResult } from '../support/build-site.ts';
import { openBuiltSite, type BuiltSite } from '../support/built-site.ts';
import { findViolations } from '../support/html-invariants.ts';
import type { StaticServer } from '../support/static-server.ts';
import { tempDir } from '../support/temp.ts';

// A NUL byte makes the whole file binary, which the loader refuses (a unit test covers it).
const attacks = attackCorpus.filter((attack) => !attack.payload.includes('\u0000'));

function attackArticle(payload: string): string {
  const frontMatter = {
    title: payload,
    description: payload,
    date: '2024-01-01',
    section: payload,
    tags: [payload],
    authors: [payload],
    publisher: { name: payload },
    image: { alt: payload, caption: payload, credit: payload },
    sources: [{ name: payload, note: payload }],
    related: [{ title: payload }],
  };
  const credit = payload.replace(/["\n]/g, ' ');
  // JSON is YAML: every string arrives exactly as the attacker wrote it.
  return `---\n${JSON.stringify(frontMatter, null, 2)}\n---\n\n${payload}\n\n:::figure{credit="${credit}"}\n${payload}\n:::\n`;
}

let site: BuiltSite;
let build: BuildResult;
let server: StaticServer;
let page: Page;
let dialogs: string[] = [];
let strayRequests: string[] = [];

beforeAll(async () => {
  const contentDir = tempDir('attacks');
  mkdirSync(join(contentDir, 'articles'));
  attacks.forEach((attack, index) => writeFileSync(join(contentDir, 'articles', `serangan-${index}.md`), attackArticle(attack.payload)));
  site = await openBuiltSite({ contentDir });
  ({ build, server, page } = site);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.continue();
    strayRequests.push(url);
    return route.abort();
  });
});

afterAll(() => site?.close());

/** Opens a page in the shared tab, recording its dialogs and requests that leave the test server. */
async function visit(path: string): Promise<{ dialogs: string[]; strayRequests: string[] }> {
  dialogs = [];
  strayRequests = [];
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  // Give timers, autofocus and lazy handlers a moment to fire.
  await page.waitForTimeout(30);
  return { dialogs, strayRequests };
}

const inHead = (element: { tagName: string }) => element.tagName === 'head';

describe('the attack corpus in a built site', () => {
  it(`builds every one of the ${attacks.length} attack articles`, () => {
    expect(readFileSync(join(build.outDir, 'berita', `serangan-${attacks.length - 1}`, 'index.html'), 'utf8')).toContain('<h1');
  });

  it('opens no dialog, sends no stray request and leaves nothing active, on any article page', async () => {
    const failures: string[] = [];
    for (const [index, attack] of attacks.entries()) {
      const { dialogs, strayRequests } = await visit(`/berita/serangan-${index}/`);
      const violations = findViolations(await page.content(), { ignore: inHead });
      const headline = await page.locator('h1').innerText();
      const expected = stripControlCharacters(attack.payload).trim().replace(/\s+/g, ' ');
      if (dialogs.length > 0) failures.push(`${attack.id}: dialog ${dialogs.join(', ')}`);
      if (strayRequests.length > 0) failures.push(`${attack.id}: requested ${strayRequests.join(', ')}`);
      if (violations.length > 0) failures.push(`${attack.id}: ${JSON.stringify(violations)}`);
      if (headline.replace(/\s+/g, ' ').trim() !== expected) failures.push(`${attack.id}: headline shows ${JSON.stringify(headline)}`);
    }
    expect(failures).toEqual([]);
  });

  it('keeps the head intact: one title, one JSON-LD block that parses, Warta’s meta only', async () => {
    for (const [index, attack] of attacks.entries()) {
      const tree = fromHtml(readFileSync(join(build.outDir, 'berita', `serangan-${index}`, 'index.html'), 'utf8'));
      const head = select('head', tree)!;
      expect(selectAll('title', head), attack.id).toHaveLength(1);
      const scripts = selectAll('script', tree);
      expect(
        scripts.map((script) => script.properties.type),
        attack.id,
      ).toEqual(['application/ld+json']);
      const [newsArticle] = JSON.parse(toString(scripts[0]!)) as { headline: string }[];
      expect(newsArticle!.headline, attack.id).toBe(stripControlCharacters(attack.payload).trim());
      expect(selectAll('meta[http-equiv]', tree), attack.id).toHaveLength(1);
      expect(selectAll('body meta, body link, body base', tree), attack.id).toEqual([]);
    }
  });

  it('keeps every feed well-formed, with each headline as plain text', async () => {
    const expected = attacks.map((attack) => stripControlCharacters(attack.payload).trim()).sort();
    await visit('/');
    for (const feed of ['rss.xml', 'rubrik/' + readdirSync(join(build.outDir, 'rubrik')).find((name) => existsSync(join(build.outDir, 'rubrik', name, 'rss.xml')))! + '/rss.xml']) {
      const xml = readFileSync(join(build.outDir, feed), 'utf8');
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return { error: doc.querySelector('parsererror')?.textContent ?? null, titles: [...doc.querySelectorAll('item > title')].map((title) => title.textContent) };
      }, xml);
      expect(parsed.error, feed).toBeNull();
      expect(parsed.titles.length, feed).toBeGreaterThan(0);
      for (const title of parsed.titles) expect(expected, feed).toContain(title);
    }
    const json = JSON.parse(readFileSync(join(build.outDir, 'feed.json'), 'utf8')) as { items: { title: string; content_html?: string }[] };
    expect(json.items.length).toBeGreaterThan(0);
    for (const item of json.items) expect(expected).toContain(item.title);
    for (const item of json.items) expect(findViolations(item.content_html ?? ''), item.title).toEqual([]);
  });

  it('lists them all on the home page without running any', async () => {
    const { dialogs, strayRequests } = await visit('/');
    expect(dialogs).toEqual([]);
    expect(strayRequests).toEqual([]);
    expect(findViolations(await page.content(), { ignore: inHead })).toEqual([]);
  });
});

describe('the Content Security Policy, if the sanitizer were bypassed', () => {
  const INJECTED = '<script>window.__injected = true</script><img src="/favicon.svg" onload="window.__handler = true">';

  async function pageWithInjection(keepPolicy: boolean): Promise<{ injected: unknown; handler: unknown }> {
    const original = readFileSync(join(build.outDir, 'berita', 'serangan-0', 'index.html'), 'utf8');
    let html = original.replace('<div class="article-body">', `<div class="article-body">${INJECTED}`);
    if (!keepPolicy) html = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/, '');
    const dir = join(build.outDir, 'berita', keepPolicy ? 'disuntik' : 'disuntik-tanpa-csp');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), html);
    await visit(`/berita/${keepPolicy ? 'disuntik' : 'disuntik-tanpa-csp'}/`);
    return page.evaluate(() => ({
      injected: (window as unknown as Record<string, unknown>).__injected,
      handler: (window as unknown as Record<string, unknown>).__handler,
    }));
  }

  it('runs an injected script and handler on a page without the policy (the control)', async () => {
    expect(await pageWithInjection(false)).toEqual({ injected: true, handler: true });
  });

  it('blocks the same injected script and handler on a page as Warta builds it', async () => {
    expect(await pageWithInjection(true)).toEqual({ injected: undefined, handler: undefined });
  });
});
