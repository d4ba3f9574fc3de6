import { describe, expect, it } from 'vitest';
import { parseVariantPath, variantPath, variantSrcset, variantWidths } from '../../../src/lib/media/variants.ts';

describe('picture variants', () => {
  it('makes the standard widths below the original, and the original width, never wider', () => {
    expect(variantWidths(2400)).toEqual([480, 800, 1200]);
    expect(variantWidths(1000)).toEqual([480, 800, 1000]);
    expect(variantWidths(800)).toEqual([480, 800]);
    expect(variantWidths(300)).toEqual([300]);
  });

  it('names variant files, and reads the names back', () => {
    expect(variantPath('berita/foto.lama.jpg', 800, 'avif')).toBe('berita/foto.lama-800w.avif');
    expect(parseVariantPath('berita/foto.lama-800w.avif')).toEqual({ stem: 'berita/foto.lama', width: 800, format: 'avif' });
    expect(parseVariantPath('berita/foto.jpg')).toBeUndefined();
  });

  it('writes a srcset of the published URLs', () => {
    expect(variantSrcset('/media/x/a.png', [480, 640], 'webp')).toBe('/media/x/a-480w.webp 480w, /media/x/a-640w.webp 640w');
  });
});
