/**
 * Astro integration: pictures that sit beside an article in its bundle
 * (`content/articles/<slug>/photo.jpg`) are published at `/media/<slug>/photo.jpg`, and those
 * in an author profile's bundle (`content/authors/<slug>/foto.jpg`) beside the author's page
 * at `/penulis/<slug>/foto.jpg`, with AVIF and WebP versions at the widths
 * src/lib/media/variants.ts names: written into the build, made on request by the dev server.
 * Text files are never published this way.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { cp, glob, mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';
import { parseVariantPath, VARIANT_FORMATS, variantPath, variantWidths, type VariantFormat } from '../lib/media/variants.ts';
import { AUTHORS_SEGMENT, createRoutes, MEDIA_SEGMENT, type Routes } from '../lib/routes.ts';

/**
 * Content folders whose bundles hold pictures, the site folder each is published under, and the
 * page a bundle belongs to: only the pictures of pages this build published are, so a draft's
 * or a removed story's pictures are not reachable at a guessable /media/<slug>/ address.
 */
const BUNDLE_FOLDERS = [
  { folder: 'articles', segment: MEDIA_SEGMENT, page: (routes: Routes, slug: string) => routes.article(slug) },
  { folder: 'authors', segment: AUTHORS_SEGMENT, page: (routes: Routes, slug: string) => routes.author(slug) },
] as const;

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
function originalOf(bundlesDir: string, stem: string): string | undefined {
  return Object.keys(MEDIA_TYPES)
    .map((extension) => join(bundlesDir, `${stem}${extension}`))
    .find((candidate) => existsSync(candidate));
}

/** One responsive version of a picture, encoded for the web. */
export function encodeVariant(original: string, width: number, format: VariantFormat): Promise<Buffer> {
  const resized = sharp(original).rotate().resize({ width, withoutEnlargement: true });
  return (format === 'avif' ? resized.avif({ quality: 55, effort: 4 }) : resized.webp({ quality: 75 })).toBuffer();
}

/** Publishes one picture and its versions into `outDir/media`. */
async function publishPicture(bundlesDir: string, outDir: string, file: string): Promise<number> {
  const source = join(bundlesDir, file);
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
  let roots: { dir: string; segment: string; page: (typeof BUNDLE_FOLDERS)[number]['page'] }[] = [];
  return {
    name: 'warta-bundle-media',
    hooks: {
      'astro:config:setup': ({ config }) => {
        roots = BUNDLE_FOLDERS.map(({ folder, segment, page }) => ({ dir: resolve(fileURLToPath(config.root), options.contentDir, folder), segment, page }));
      },
      'astro:server:setup': ({ server }) => {
        const base = server.config.base.replace(/\/$/, '');
        server.middlewares.use(async (request, response, next) => {
          const url = request.url?.split('?')[0] ?? '';
          const root = roots.find(({ segment }) => url.startsWith(`${base}/${segment}/`));
          if (!root) return next();
          const prefix = `${base}/${root.segment}/`;
          const relativePath = decodeURIComponent(url.slice(prefix.length));
          const path = resolve(root.dir, relativePath);
          if (!path.startsWith(root.dir + sep) || !isPublishableMedia(path)) return next();
          const variant = parseVariantPath(relativePath);
          const original = variant ? originalOf(root.dir, variant.stem) : undefined;
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
        const started = performance.now();
        const built = new Set(pages.map((page) => page.pathname));
        const rootRoutes = createRoutes('/');
        const files: { from: string; to: string; file: string }[] = [];
        for (const root of roots) {
          if (!existsSync(root.dir)) continue;
          const published = (bundle: string) => built.has(root.page(rootRoutes, bundle).slice(1));
          for await (const file of glob('*/**/*', { cwd: root.dir })) {
            if (isPublishableMedia(file) && published(file.split(sep)[0]!) && statSync(join(root.dir, file)).isFile()) files.push({ from: root.dir, to: join(fileURLToPath(dir), root.segment), file });
          }
        }
        // sharp runs its own threads; a few pictures at a time keep every core busy.
        let variants = 0;
        for (let start = 0; start < files.length; start += availableParallelism()) {
          const batch = files.slice(start, start + availableParallelism());
          const counts = await Promise.all(batch.map(({ from, to, file }) => publishPicture(from, to, file)));
          variants += counts.reduce((sum, count) => sum + count, 0);
        }
        if (files.length > 0) logger.info(`published ${files.length} pictures with ${variants} AVIF/WebP versions in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
