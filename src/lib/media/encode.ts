/**
 * How a responsive version of a picture is encoded. This module is the `mediaVariants` code
 * scope (src/lib/build/fingerprints.ts): every version kept in the cache folder is keyed by its
 * fingerprint (this file and sharp's packages in package-lock.json), so a change of quality, effort or
 * of sharp's libvips encodes the archive again, and nothing else does (docs/decisions/022).
 */
import sharp from 'sharp';
import type { VariantFormat } from './variants.ts';

/**
 * AVIF at effort 3: files 5–10 % larger than at effort 4 in a quarter of the time, and smaller and
 * faster than at effort 2 (measured in docs/decisions/022). A story cannot go live before its
 * new pictures are encoded: at effort 4 two 1,600 px pictures took 10 s of one core, at 3 about 2.
 */
export const VARIANT_ENCODING = {
  avif: { quality: 55, effort: 3 },
  webp: { quality: 75 },
} as const satisfies Record<VariantFormat, object>;

/** One responsive version of a picture (a file path or its bytes), `width` wide at most, upright. */
export function encodeVariant(source: string | Buffer, width: number, format: VariantFormat): Promise<Buffer> {
  const resized = sharp(source).rotate().resize({ width, withoutEnlargement: true });
  return (format === 'avif' ? resized.avif(VARIANT_ENCODING.avif) : resized.webp(VARIANT_ENCODING.webp)).toBuffer();
}
