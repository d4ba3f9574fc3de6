import { describe, expect, it } from 'vitest';
import { newsSitemap, NEWS_SITEMAP_LIMIT } from '../../../src/lib/feeds/news-sitemap.ts';

const now = Date.parse('2024-03-05T00:00:00Z');
const entry = (hoursAgo: number, title = `Berita ${hoursAgo}`) => ({
  url: `https://warta.example/berita/${hoursAgo}/`,
  title,
  time: now - hoursAgo * 3_600_000,
  publishedIso: new Date(now - hoursAgo * 3_600_000).toISOString(),
});

describe('newsSitemap', () => {
  it('lists stories of the last two days only, not future ones, with publication name and language', () => {
    const xml = newsSitemap([entry(-1), entry(1), entry(47), entry(49)], { name: 'Warta', language: 'id' }, now);
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual(['https://warta.example/berita/1/', 'https://warta.example/berita/47/']);
    expect(xml).toContain('<news:publication><news:name>Warta</news:name><news:language>id</news:language></news:publication>');
  });

  it('escapes titles and stops at 1,000 entries', () => {
    expect(newsSitemap([entry(1, 'A & B <c>')], { name: 'Warta', language: 'id' }, now)).toContain('<news:title>A &amp; B &lt;c&gt;</news:title>');
    const many = Array.from({ length: NEWS_SITEMAP_LIMIT + 10 }, () => entry(1));
    expect(newsSitemap(many, { name: 'Warta', language: 'id' }, now).match(/<url>/g)).toHaveLength(NEWS_SITEMAP_LIMIT);
  });
});
