/**
 * Astro integration: pictures that sit beside an article in its bundle
 * (`content/articles/<slug>/photo.jpg`) are published at `/media/<slug>/photo.jpg`, with AVIF
 * and WebP versions at the widths src/lib/media/variants.ts names: written into the build,
 * made on request by the dev server. Article text files are never published this way.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { cp, glob, mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';
import { parseVariantPath, VARIANT_FORMATS, variantPath, variantWidths, type VariantFormat } from '../lib/media/variants.ts';
import { createRoutes, MEDIA_SEGMENT } from '../lib/routes.ts';

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

/** Bundle files that may be published: pictures only, so drafts' text never leaks. */
export function isPublishableMedia(path: string): boolean {
  return extname(path).toLowerCase() in MEDIA_TYPES;
}

/** The original of a variant path, if one exists in the bundle with a picture extension. */
function originalOf(articlesDir: string, stem: string): string | undefined {
  return Object.keys(MEDIA_TYPES)
    .map((extension) => join(articlesDir, `${stem}${extension}`))
    .find((candidate) => existsSync(candidate));
}

/** One responsive version of a picture, encoded for the web. */
export function encodeVariant(original: string, width: number, format: VariantFormat): Promise<Buffer> {
  const resized = sharp(original).rotate().resize({ width, withoutEnlargement: true });
  return (format === 'avif' ? resized.avif({ quality: 55, effort: 4 }) : resized.webp({ quality: 75 })).toBuffer();
}

/** Publishes one picture and its versions into `outDir/media`. */
async function publishPicture(articlesDir: string, outDir: string, file: string): Promise<number> {
  const source = join(articlesDir, file);
  const target = join(outDir, file);
  await mkdir(dirname(target), { recursive: true });
  await cp(source, target);
  if (extname(file).toLowerCase() === '.svg') return 0;
  const { width } = await sharp(source).metadata();
  const jobs = variantWidths(width).flatMap((variantWidth) =>
    VARIANT_FORMATS.map(async (format) => writeFile(join(outDir, variantPath(file, variantWidth, format)), await encodeVariant(source, variantWidth, format))),
  );
  await Promise.all(jobs);
  return jobs.length;
}

export default function bundleMedia(options: { contentDir: string }): AstroIntegration {
  let articlesDir = '';
  return {
    name: 'warta-bundle-media',
    hooks: {
      'astro:config:setup': ({ config }) => {
        articlesDir = resolve(fileURLToPath(config.root), options.contentDir, 'articles');
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${server.config.base.replace(/\/$/, '')}/${MEDIA_SEGMENT}/`;
        server.middlewares.use(async (request, response, next) => {
          const url = request.url?.split('?')[0] ?? '';
          if (!url.startsWith(prefix)) return next();
          const relativePath = decodeURIComponent(url.slice(prefix.length));
          const path = resolve(articlesDir, relativePath);
          if (!path.startsWith(articlesDir + sep) || !isPublishableMedia(path)) return next();
          const variant = parseVariantPath(relativePath);
          const original = variant ? originalOf(articlesDir, variant.stem) : undefined;
          if (variant && original) {
            response.setHeader('Content-Type', MEDIA_TYPES[`.${variant.format}`]!);
            response.end(await encodeVariant(original, variant.width, variant.format));
            return undefined;
          }
          if (!existsSync(path) || !statSync(path).isFile()) return next();
          response.setHeader('Content-Type', MEDIA_TYPES[extname(path).toLowerCase()]!);
          createReadStream(path).pipe(response);
          return undefined;
        });
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const out = join(fileURLToPath(dir), MEDIA_SEGMENT);
        const started = performance.now();
        // Only the pictures of articles this build published: a draft's or a removed story's
        // pictures must not be reachable at a guessable /media/<slug>/ address.
        const built = new Set(pages.map((page) => page.pathname));
        const published = (bundle: string) => built.has(createRoutes('/').article(bundle).slice(1));
        const files: string[] = [];
        for await (const file of glob('*/**/*', { cwd: articlesDir })) {
          if (isPublishableMedia(file) && published(file.split(sep)[0]!) && statSync(join(articlesDir, file)).isFile()) files.push(file);
        }
        // sharp runs its own threads; a few pictures at a time keep every core busy.
        let variants = 0;
        for (let start = 0; start < files.length; start += availableParallelism()) {
          const counts = await Promise.all(files.slice(start, start + availableParallelism()).map((file) => publishPicture(articlesDir, out, file)));
          variants += counts.reduce((sum, count) => sum + count, 0);
        }
        if (files.length > 0) logger.info(`published ${files.length} pictures with ${variants} AVIF/WebP versions in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
