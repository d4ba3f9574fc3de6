import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { buildFigure } from '../../../src/lib/render/figure.ts';

const labels = { captionPrefix: 'Keterangan gambar,', creditPrefix: 'Sumber gambar,' };

describe('buildFigure', () => {
  it('shows caption and credit, announced to screen readers, and no picture without one', () => {
    const html = toHtml(buildFigure({ caption: 'Menlu Rusia Sergey Lavrov.', credit: 'AP Photo/Vahid Salemi', loading: 'eager' }, labels));
    expect(html).toBe(
      '<figure class="figure"><figcaption>' +
        '<span class="figure-caption"><span class="sr-only">Keterangan gambar, </span>Menlu Rusia Sergey Lavrov.</span>' +
        '<span class="figure-credit"><span class="sr-only">Sumber gambar, </span>AP Photo/Vahid Salemi</span>' +
        '</figcaption></figure>',
    );
  });

  it('puts a picture that exists first, with its size and alt text', () => {
    const html = toHtml(buildFigure({ image: { url: '/media/a/b.jpg', width: 800, height: 450 }, alt: 'Lavrov', caption: 'C', loading: 'eager' }, labels));
    expect(html).toMatch(
      /^<figure class="figure"><img src="\/media\/a\/b.jpg" alt="Lavrov" width="800" height="450" loading="eager" decoding="async" fetchpriority="high"><figcaption>/,
    );
  });

  it('gives a picture without alt text an empty alt, and lazy-loads inline pictures', () => {
    const html = toHtml(buildFigure({ image: { url: 'https://example.org/a.jpg' }, loading: 'lazy' }, labels));
    expect(html).toBe('<figure class="figure"><img src="https://example.org/a.jpg" alt="" loading="lazy" decoding="async"></figure>');
  });

  it('escapes text: a caption is never markup', () => {
    const html = toHtml(buildFigure({ caption: '<script>alert(1)</script>', credit: '"><img src=x onerror=alert(1)>', loading: 'lazy' }, labels));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#x3C;script>');
  });
});
