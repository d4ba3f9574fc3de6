/**
 * Astro integration: hands the build's next change moment (src/lib/site/next-change.ts), which
 * the article data computes while Astro generates pages in this process, to scripts/build.ts as a
 * file in the cache folder. A build that computed none (a bare fixture, a failure) leaves no file,
 * and the next build then runs in full.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { NEXT_CHANGE_FILE, takeNextChange } from '../lib/build/next-change-note.ts';

export default function nextChange(): AstroIntegration {
  let file = '';
  return {
    name: 'warta:next-change',
    hooks: {
      'astro:config:done': ({ config }) => {
        file = join(fileURLToPath(config.cacheDir), NEXT_CHANGE_FILE);
      },
      'astro:build:start': async () => {
        await rm(file, { force: true });
      },
      'astro:build:done': async () => {
        const noted = takeNextChange();
        if (noted !== undefined) await writeFile(file, JSON.stringify({ nextChangeAt: noted.nextChangeAt ?? null }));
      },
    },
  };
}
