import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../support/renderer.ts';

describe('rehype-link-rel', () => {
  it('marks Markdown links to other sites noopener noreferrer', async () => {
    expect(await renderHtml('[TASS](https://tass.com/)')).toBe('<p><a href="https://tass.com/" rel="noopener noreferrer">TASS</a></p>');
  });

  it('adds nofollow ugc to links that came from raw HTML', async () => {
    expect(await renderHtml('<a href="https://spam.example/">x</a>')).toContain('rel="nofollow ugc noopener noreferrer"');
  });

  it('cannot be fooled by raw HTML that forges the provenance marker', async () => {
    const html = await renderHtml('<a href="https://spam.example/" data-warta-origin="anything">x</a>');
    expect(html).toContain('rel="nofollow ugc noopener noreferrer"');
    expect(html).not.toContain('data-warta-origin');
  });

  it('leaves links within the site without rel', async () => {
    expect(await renderHtml('[lain](/berita/lain/)')).toBe('<p><a href="/berita/lain/">lain</a></p>');
  });
});
