/**
 * Finds the pictures behind figure `src` values. A picture is shown only when it is really
 * there: an `http(s)` address, or a file in the article's bundle whose size can be read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { imageSize } from 'image-size';
import { variantWidths } from '../media/variants.ts';
import type { ResolvedImage } from '../render/figure.ts';
import { isBundlePath, isWebUrl } from '../schemas/article.ts';

export interface ImageResolverOptions {
  /** Absolute path of the article file. */
  articlePath: string;
  /** True for `<slug>/index.md`: only bundles have files beside them. */
  isBundle: boolean;
  /** The public URL of a bundle file. */
  mediaUrl: (file: string) => string;
  /** Told about a `src` that names no readable picture. */
  onMissing: (src: string, reason: string) => void;
}

export function createImageResolver(options: ImageResolverOptions): (src: string) => ResolvedImage | undefined {
  return (src) => {
    if (isWebUrl(src)) return { url: src };
    if (!isBundlePath(src)) {
      options.onMissing(src, 'expected a file in the article bundle or an http(s) URL');
      return undefined;
    }
    if (!options.isBundle) {
      options.onMissing(src, 'only a bundle (<slug>/index.md) can hold image files');
      return undefined;
    }
    const path = join(dirname(options.articlePath), src);
    if (!existsSync(path)) {
      options.onMissing(src, 'no such file in the bundle');
      return undefined;
    }
    try {
      const { width, height, type } = imageSize(readFileSync(path));
      // SVG scales by itself; every other picture gets AVIF and WebP versions at build time.
      return { url: options.mediaUrl(src), width, height, ...(type === 'svg' ? {} : { variantWidths: variantWidths(width) }) };
    } catch {
      options.onMissing(src, 'the file is not an image whose size can be read');
      return undefined;
    }
  };
}

/**
 * What a bundle story's figures can read from its bundle, as one text for the story's digest:
 * each file's name and the size image-size finds in it, as `createImageResolver` reads it, or
 * that it holds none. Read only for a story whose stats changed; the files' stats themselves would
 * render every bundle story again after a fresh checkout, whose files have new inodes and times.
 */
export function bundlePictureFacts(bundleDir: string, names: readonly string[]): string {
  return names
    .map((name) => {
      try {
        const { width, height, type } = imageSize(readFileSync(join(bundleDir, name)));
        return `${name}=${type}:${width}x${height}`;
      } catch {
        return `${name}=-`;
      }
    })
    .join('\n');
}
