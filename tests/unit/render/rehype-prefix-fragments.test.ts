import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../support/renderer.ts';

describe('rehype-prefix-fragments', () => {
  it('keeps footnote links and their targets matching after ids are prefixed', async () => {
    const html = await renderHtml('Fakta[^1].\n\n[^1]: Sumbernya.');
    const hrefs = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    const ids = new Set([...html.matchAll(/id="([^"]+)"/g)].map((match) => match[1]));
    expect(hrefs.length).toBe(2);
    for (const href of hrefs) {
      expect(href).toMatch(/^user-content-/);
      expect(ids.has(href)).toBe(true);
    }
  });

  it('prefixes in-page links written by hand, like their targets', async () => {
    expect(await renderHtml('<a href="#bagian">x</a> <span id="bagian">y</span>')).toBe('<p><a href="#user-content-bagian">x</a> <span id="user-content-bagian">y</span></p>');
  });
});
