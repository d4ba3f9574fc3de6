/**
 * `npm run build [-- astro build options]`: Astro builds the pages, then, once Astro's process
 * has exited and given its memory back, src/post-build/finish.ts writes the search index and,
 * where settings.precompress asks for them, the precompressed files. Two processes in turn
 * rather than one, because Pagefind and a finished Astro build together needed 4.8 GiB at
 * 20,000 articles.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSettings } from '../src/lib/settings.ts';
import { finishBuild } from '../src/post-build/finish.ts';

const ASTRO_BIN = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

/** Where Astro writes: `--outDir <dir>` or `--outDir=<dir>` as Astro reads it, else `dist`. */
export function outDirOf(args: readonly string[]): string {
  for (const [index, arg] of args.entries()) {
    if (arg === '--outDir') return args[index + 1] ?? 'dist';
    if (arg.startsWith('--outDir=')) return arg.slice('--outDir='.length);
  }
  return 'dist';
}

function astroBuild(args: readonly string[]): Promise<number> {
  return new Promise((done, fail) => {
    const astro = spawn(process.execPath, [ASTRO_BIN, 'build', ...args], { stdio: 'inherit' });
    astro.on('error', fail);
    astro.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const status = await astroBuild(args);
  if (status !== 0) return status;
  const settings = loadSettings();
  try {
    await finishBuild(resolve(outDirOf(args)), {
      searchShardPages: settings.searchShardPages,
      cacheDir: settings.cacheDir,
      precompress: settings.precompress,
      log: (message) => console.log(`[warta] ${message}`),
    });
  } catch (error) {
    console.error(`[warta] ${error instanceof Error ? error.message : String(error)}`, error instanceof Error && error.cause ? error.cause : '');
    return 1;
  }
  return 0;
}

if (import.meta.main) process.exitCode = await main();
