import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../support/renderer.ts';

describe('sanitize schema', () => {
  it.each([
    ['<script>alert(1)</script>', '<script'],
    ['<img src="x" onerror="alert(1)">', 'onerror'],
    ['<a href="javascript:alert(1)">x</a>', 'javascript:'],
    ['[x](javascript:alert(1))', 'javascript:'],
    ['<iframe src="https://evil.example"></iframe>', '<iframe'],
    ['<object data="x"></object><embed src="x">', '<object'],
    ['<form action="https://evil.example"><input name="q"><button>go</button></form>', '<form'],
    ['<form action="https://evil.example"><input name="q"></form>', '<input'],
    ['<style>body{display:none}</style>', '<style'],
    ['<p style="background:url(javascript:alert(1))">x</p>', 'style='],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', '<meta'],
    ['<base href="https://evil.example/">', '<base'],
    ['<svg><script>alert(1)</script></svg>', '<svg'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', 'data:'],
    ['<img src="data:image/svg+xml,<svg onload=alert(1)>">', 'data:'],
  ])('removes %s', async (input, forbidden) => {
    expect((await renderHtml(input)).toLowerCase()).not.toContain(forbidden);
  });

  it('lets raw HTML use the live-update markup only as far as the plugin does', async () => {
    expect(
      await renderHtml(
        '<nav class="menu live-key-events" aria-labelledby="x" onclick="x()"><time datetime="2024-03-10" class="big live-update-time" onmouseover="x()">t</time></nav>',
      ),
    ).toBe('<nav class="live-key-events" aria-labelledby="user-content-x"><time datetime="2024-03-10" class="live-update-time">t</time></nav>');
    expect(await renderHtml('<section class="live-update hidden" id="update-1"><span class="live-update-title other">x</span></section>')).toBe(
      '<section class="live-update" id="user-content-update-1"><span class="live-update-title">x</span></section>',
    );
  });

  it('prefixes ids from content and drops names, against DOM clobbering', async () => {
    expect(await renderHtml('<img name="getElementById" id="body" src="https://example.org/a.png">')).toBe('<img id="user-content-body" src="https://example.org/a.png">');
  });

  it('keeps the harmless structure articles need: tables, emphasis, quotes, lists, details', async () => {
    const html = await renderHtml('| a | b |\n|:-|-:|\n| 1 | 2 |\n\n> *kutipan* ~~salah~~\n\n1. satu\n\n<details><summary>Lagi</summary>isi</details>');
    for (const tag of ['<table>', '<th align="left">', '<td align="right">', '<blockquote>', '<em>', '<del>', '<ol>', '<details>', '<summary>']) {
      expect(html).toContain(tag);
    }
  });

  it('keeps mailto links and relative links', async () => {
    const html = await renderHtml('[surel](mailto:redaksi@example.org) [lain](../lain/)');
    expect(html).toContain('href="mailto:redaksi@example.org"');
    expect(html).toContain('href="../lain/"');
  });
});
