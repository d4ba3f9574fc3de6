/**
 * The figure markup, shared by the lead figure (front matter `image`) and inline `:::figure`
 * directives so both look and read alike: the picture when one exists, then a caption whose
 * parts are announced to screen readers ("Keterangan gambar, …", "Sumber gambar, …").
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { FIGURE_SIZES, VARIANT_FORMATS, variantSrcset } from '../media/variants.ts';

/** A picture that exists: its public URL and, when known, its intrinsic size. */
export interface ResolvedImage {
  url: string;
  width?: number;
  height?: number;
  /** Widths of the AVIF and WebP versions made at build time (the site's own pictures only). */
  variantWidths?: number[];
}

export interface FigureLabels {
  /** Spoken before the caption, e.g. "Keterangan gambar,". */
  captionPrefix: string;
  /** Spoken before the credit, e.g. "Sumber gambar,". */
  creditPrefix: string;
}

export interface FigureParts {
  image?: ResolvedImage | undefined;
  alt?: string | undefined;
  /** Caption content: plain text, or phrasing content rendered from Markdown. */
  caption?: string | ElementContent[] | undefined;
  credit?: string | undefined;
  /** The lead figure loads first; the others wait until they are near the viewport. */
  loading: 'eager' | 'lazy';
}

const srOnly = (text: string): Element => h('span', { className: ['sr-only'] }, `${text} `);

export function buildFigure(parts: FigureParts, labels: FigureLabels): Element {
  const children: ElementContent[] = [];
  if (parts.image) {
    const { url, width, height, variantWidths } = parts.image;
    const img = h('img', {
      src: url,
      alt: parts.alt ?? '',
      width,
      height,
      loading: parts.loading,
      decoding: 'async',
      ...(parts.loading === 'eager' ? { fetchPriority: 'high' } : {}),
    });
    // Browsers take the first format they support, at the width the layout needs.
    const sources =
      (variantWidths ?? []).length === 0
        ? []
        : VARIANT_FORMATS.map((format) => h('source', { type: `image/${format}`, srcSet: variantSrcset(url, variantWidths!, format), sizes: FIGURE_SIZES }));
    children.push(sources.length > 0 ? h('picture', [...sources, img]) : img);
  }
  const caption = typeof parts.caption === 'string' ? [{ type: 'text' as const, value: parts.caption }] : (parts.caption ?? []);
  const captionParts: ElementContent[] = [];
  if (caption.length > 0) {
    captionParts.push(h('span', { className: ['figure-caption'] }, [srOnly(labels.captionPrefix), ...caption]));
  }
  if (parts.credit) {
    captionParts.push(h('span', { className: ['figure-credit'] }, [srOnly(labels.creditPrefix), parts.credit]));
  }
  if (captionParts.length > 0) children.push(h('figcaption', captionParts));
  return h('figure', { className: ['figure'] }, children);
}
