import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../support/renderer.ts';

describe('rehype-demote-headings', () => {
  it('moves every heading down a level when the body uses h1', async () => {
    expect(await renderHtml('# Satu\n\n## Dua\n\n###### Enam')).toBe('<h2>Satu</h2>\n<h3>Dua</h3>\n<h6>Enam</h6>');
  });

  it('leaves a body that starts at h2 alone', async () => {
    expect(await renderHtml('## Dua\n\n### Tiga')).toBe('<h2>Dua</h2>\n<h3>Tiga</h3>');
  });

  it('also demotes h1 written as raw HTML', async () => {
    expect(await renderHtml('<h1>Judul lain</h1>')).toBe('<h2>Judul lain</h2>');
  });
});
