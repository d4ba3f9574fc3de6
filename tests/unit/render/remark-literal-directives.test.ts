import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../support/renderer.ts';

describe('remark-literal-directives', () => {
  it('puts colons in prose back as text', async () => {
    expect(await renderHtml('Catatan:penting pukul 10:30 WIB, rasio 3:1.')).toBe('<p>Catatan:penting pukul 10:30 WIB, rasio 3:1.</p>');
  });

  it('keeps a text directive with attributes exactly as written', async () => {
    expect(await renderHtml('Lihat :abbr[NATO]{title="x"} sekarang.')).toBe('<p>Lihat :abbr[NATO]{title="x"} sekarang.</p>');
  });

  it('keeps a leaf directive as a paragraph of its text', async () => {
    expect(await renderHtml('::youtube[video]{id=1}')).toBe('<p>::youtube[video]{id=1}</p>');
  });

  it('keeps the content of an unknown container and drops its fences', async () => {
    expect(await renderHtml(':::catatan\nIsi catatan.\n:::')).toBe('<p>Isi catatan.</p>');
  });
});
