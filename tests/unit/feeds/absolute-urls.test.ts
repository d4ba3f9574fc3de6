import { describe, expect, it } from 'vitest';
import { absoluteUrls } from '../../../src/lib/feeds/absolute-urls.ts';

const PAGE = 'https://warta.example/berita/x/';

describe('absoluteUrls', () => {
  it('makes links, pictures and srcset entries absolute against the article', () => {
    const html =
      '<a href="/berita/y/">y</a> <a href="#user-content-fn-1">1</a> <picture><source srcset="/media/x/a-480w.avif 480w, /media/x/a-800w.avif 800w"><img src="/media/x/a.png" alt=""></picture>';
    expect(absoluteUrls(html, PAGE)).toBe(
      '<a href="https://warta.example/berita/y/">y</a> <a href="https://warta.example/berita/x/#user-content-fn-1">1</a> ' +
        '<picture><source srcset="https://warta.example/media/x/a-480w.avif 480w, https://warta.example/media/x/a-800w.avif 800w">' +
        '<img src="https://warta.example/media/x/a.png" alt=""></picture>',
    );
  });

  it('leaves absolute and mailto addresses and the text alone', () => {
    const html = '<p>A dan B <a href="https://tass.com/">TASS</a> <a href="mailto:r@example.org">surel</a></p>';
    expect(absoluteUrls(html, PAGE)).toBe(html);
  });
});
