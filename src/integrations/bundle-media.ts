/**
 * Astro integration: files that sit beside an article in its bundle
 * (`content/articles/<slug>/photo.jpg`) are published at `/media/<slug>/photo.jpg`: served by
 * the dev server, copied into the build. Article text files are never published this way.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { cp, glob, mkdir } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { MEDIA_SEGMENT } from '../lib/routes.ts';

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
        server.middlewares.use((request, response, next) => {
          const url = request.url?.split('?')[0] ?? '';
          if (!url.startsWith(prefix)) return next();
          const path = resolve(articlesDir, decodeURIComponent(url.slice(prefix.length)));
          if (!path.startsWith(articlesDir + sep) || !isPublishableMedia(path) || !existsSync(path) || !statSync(path).isFile()) {
            return next();
          }
          response.setHeader('Content-Type', MEDIA_TYPES[extname(path).toLowerCase()]!);
          createReadStream(path).pipe(response);
          return undefined;
        });
      },
      'astro:build:done': async ({ dir }) => {
        const out = join(fileURLToPath(dir), MEDIA_SEGMENT);
        for await (const file of glob('*/**/*', { cwd: articlesDir })) {
          const source = join(articlesDir, file);
          if (!isPublishableMedia(file) || !statSync(source).isFile()) continue;
          await mkdir(dirname(join(out, file)), { recursive: true });
          await cp(source, join(out, file));
        }
      },
    },
  };
}
