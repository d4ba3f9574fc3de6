/**
 * Responsive versions of an article's own pictures: AVIF and WebP at a few widths, never wider
 * than the original. The figure markup and the files written at build time both come from
 * these functions, so every `srcset` entry names a file that exists.
 */
export const VARIANT_WIDTHS = [480, 800, 1200] as const;
export const VARIANT_FORMATS = ['avif', 'webp'] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];

/** The article column is at most 40rem wide; below that, pictures fill the screen. */
export const FIGURE_SIZES = '(min-width: 42rem) 40rem, 100vw';

/** Widths to make for a picture `width` pixels wide: the standard ones below it, and its own. */
export function variantWidths(width: number): number[] {
  return [...VARIANT_WIDTHS.filter((candidate) => candidate < width), Math.min(width, VARIANT_WIDTHS.at(-1)!)].filter((candidate, index, all) => all.indexOf(candidate) === index);
}

/** `photos/foto.jpg` at 800 px as AVIF → `photos/foto-800w.avif`. */
export function variantPath(path: string, width: number, format: VariantFormat): string {
  return `${path.replace(/\.[^./]+$/, '')}-${width}w.${format}`;
}

/** Recognizes a variant's path: the original's path (without extension), width and format. */
export function parseVariantPath(path: string): { stem: string; width: number; format: VariantFormat } | undefined {
  const match = /^(.*)-(\d+)w\.(avif|webp)$/.exec(path);
  return match ? { stem: match[1]!, width: Number(match[2]), format: match[3] as VariantFormat } : undefined;
}

/** A `srcset` for the variants of the picture published at `url`. */
export function variantSrcset(url: string, widths: readonly number[], format: VariantFormat): string {
  return widths.map((width) => `${variantPath(url, width, format)} ${width}w`).join(', ');
}
