import { describe, expect, it } from 'vitest';
import { render, renderHtml } from '../../support/renderer.ts';

describe('remark-figure', () => {
  it('turns a figure directive into a figure with caption and credit, and no invented picture', async () => {
    const html = await renderHtml(':::figure{credit="AP-Yonhap"}\nMenteri Luar Negeri Amerika Serikat (AS), Antony Blinken.\n:::');
    expect(html).toBe(
      '<figure class="figure"><figcaption><span class="figure-caption"><span class="sr-only">Keterangan gambar, </span>' +
        'Menteri Luar Negeri Amerika Serikat (AS), Antony Blinken.</span><span class="figure-credit"><span class="sr-only">Sumber gambar, </span>AP-Yonhap</span></figcaption></figure>',
    );
  });

  it('shows the picture only when the resolver finds it', async () => {
    const markdown = ':::figure{src="./a.png" alt="Antony Blinken"}\nKeterangan.\n:::';
    const found = await renderHtml(markdown, (src) => (src === './a.png' ? { url: '/media/x/a.png', width: 4, height: 3 } : undefined));
    expect(found).toContain('<img src="/media/x/a.png" alt="Antony Blinken" width="4" height="3" loading="lazy" decoding="async">');
    expect(await renderHtml(markdown, () => undefined)).not.toContain('<img');
  });

  it('keeps Markdown inside the caption', async () => {
    expect(await renderHtml(':::figure\nFoto *arsip*.\n:::')).toContain('Foto <em>arsip</em>.</span>');
  });

  it('warns about attributes a figure does not have', async () => {
    const { warnings } = await render({ markdown: ':::figure{credit="A" onclick="x"}\nK\n:::' });
    expect(warnings).toEqual(['Unknown figure attribute "onclick": expected src, alt or credit']);
  });

  it('never lets a directive attribute become an event handler or script URL', async () => {
    const html = await renderHtml(':::figure{src="javascript:alert(1)" alt="x" onerror="alert(1)"}\nK\n:::', (src) => ({ url: src }));
    expect(html).not.toMatch(/onerror|javascript:/);
  });
});
