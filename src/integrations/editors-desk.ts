/**
 * Astro integration: publishes the editors' desk (`/admin/`, docs/decisions/017-editors-desk-cms.md).
 * The page and `config.yml` are routes (src/pages/admin/); this copies the CMS's own build from
 * node_modules (never a CDN) and bundles Warta's editor components and the preview's stylesheet
 * (the site's own, src/styles/global.css) beside it.
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { PREVIEW_STYLESHEET } from '../lib/cms/preview.ts';

/** decap-cms's main file and the chunks and WebAssembly it loads beside itself; not the `cms.js` copy, not source maps. */
export function isDeskFile(name: string): boolean {
  return /^(?:\d+\.)?decap-cms\.js$/.test(name) || name.endsWith('.wasm');
}

export default function editorsDesk(): AstroIntegration {
  return {
    name: 'warta-editors-desk',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const target = join(fileURLToPath(dir), 'admin');
        await mkdir(target, { recursive: true });
        const source = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
        const files = (await readdir(source)).filter(isDeskFile);
        await Promise.all(files.map((file) => copyFile(join(source, file), join(target, file))));
        await build({
          entryPoints: [fileURLToPath(new URL('../admin/desk.ts', import.meta.url))],
          outfile: join(target, 'desk.js'),
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2022',
          logLevel: 'warning',
        });
        // The preview pane's stylesheet: the site's one stylesheet, as the article pages have it.
        await build({
          entryPoints: [fileURLToPath(new URL('../styles/global.css', import.meta.url))],
          outfile: join(target, PREVIEW_STYLESHEET),
          bundle: true,
          minify: true,
          logLevel: 'warning',
        });
      },
    },
  };
}
