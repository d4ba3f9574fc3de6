/**
 * The two sites the benchmark builds, and the environment they are built in. Both run the
 * repository's own Astro (one node_modules), so the comparison is Warta against Astro itself,
 * not against another Astro version.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_NOW } from './generate.ts';
import type { Tool } from './report.ts';

export const PROJECT_ROOT: string = fileURLToPath(new URL('../..', import.meta.url));
export const BASELINE_ROOT: string = join(PROJECT_ROOT, 'bench', 'baseline');
export const ASTRO_BIN: string = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** How to build one of the two sites and where its article pages land. */
export interface BuildTarget {
  tool: Tool;
  /** Arguments after `node`: the script and its options. */
  buildArgs: (outDir: string) => string[];
  /** An article's page, relative to the output folder. */
  articlePage: (slug: string) => string;
}

export const TARGETS: Readonly<Record<Tool, BuildTarget>> = {
  warta: {
    tool: 'warta',
    // What `npm run build` runs: Astro, then the search index and precompression.
    buildArgs: (outDir) => [join(PROJECT_ROOT, 'scripts', 'build.ts'), '--outDir', outDir],
    articlePage: (slug) => `berita/${slug}/index.html`,
  },
  baseline: {
    tool: 'baseline',
    // Run from the repository root like Warta; modules resolve upwards to its node_modules.
    buildArgs: (outDir) => [ASTRO_BIN, 'build', '--root', BASELINE_ROOT, '--outDir', outDir],
    articlePage: (slug) => `${slug}/index.html`,
  },
};

/**
 * Variables that must not leak from the shell into a measured build: a test runner's
 * (NODE_ENV=test, DEV=1… would make a build think it is a dev server) and Warta's own settings
 * (a WARTA_BASE or NEWS_CONTENT_DIR from the shell would change what is built).
 */
const LEAKY = new Set(['NODE_ENV', 'MODE', 'TEST', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'NEWS_CONTENT_DIR']);
const isLeaky = (name: string): boolean => LEAKY.has(name) || name.startsWith('VITEST') || name.startsWith('WARTA_');

/** The environment of every build and dev server: the user's, cleaned, plus the corpus and a cache of its own. */
export function buildEnvironment(contentDir: string, cacheDir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && !isLeaky(name)) env[name] = value;
  return {
    ...env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    NEWS_CONTENT_DIR: contentDir,
    WARTA_CACHE_DIR: cacheDir,
    // A fixed clock: every generated date is in the past, and "now" is the same in every run.
    WARTA_NOW: BENCH_NOW,
  };
}
