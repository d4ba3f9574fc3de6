/**
 * Builds a Warta site the way `npm run build` does (scripts/build.ts), into a folder of its
 * own, with its own content cache, so tests can build fixture sites and the real one side by side.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** What `npm run build` runs: Astro, then the search index and precompression. */
const BUILD_SCRIPT = join(PROJECT_ROOT, 'scripts', 'build.ts');

export interface BuildResult {
  outDir: string;
  exitCode: number | null;
  /** The signal that ended the build, if one did (a test-only fault's SIGKILL). */
  signal: NodeJS.Signals | null;
  output: string;
}

export interface BuildOptions {
  /** The folder holding `articles/`; the project's `content/` when absent. */
  contentDir?: string;
  outDir?: string;
  env?: Readonly<Record<string, string>>;
  /** More options for scripts/build.ts, e.g. `--clean`. */
  args?: readonly string[];
  /**
   * Runs the build in a process group of its own, as a test-only fault that kills "the whole
   * build" must (src/post-build/write-guard.ts signals its group): never the test runner's.
   */
  ownProcessGroup?: boolean;
}

/**
 * The environment a user's shell would give Astro: without the test runner's own variables
 * vitest puts Vite's `import.meta.env` into process.env (DEV=1, MODE=test, NODE_ENV=test…),
 * which would make a production build believe it is a dev server.
 */
const TEST_RUNNER_VARIABLES = new Set(['NODE_ENV', 'MODE', 'TEST', 'DEV', 'PROD', 'SSR', 'BASE_URL']);
export function userEnvironment(): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !TEST_RUNNER_VARIABLES.has(name) && !name.startsWith('VITEST')));
}

/** Runs a Node script in the project with Warta's environment; resolves when it exits. */
function runNode(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  detached = false,
): Promise<{ exitCode: number | null; signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: PROJECT_ROOT,
      env: { ...userEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', reject);
    child.on('close', (exitCode, signal) => resolve({ exitCode, signal, output }));
  });
}

/**
 * Builds go inside the project (git-ignored): Astro writes its prerender chunks beside an
 * output folder inside the working directory, or else into the project's shared `.astro/`,
 * where two builds running at once would overwrite each other's chunks.
 */
export const BUILDS_DIR = join(PROJECT_ROOT, 'tests', '.tmp', 'builds');

export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  mkdirSync(BUILDS_DIR, { recursive: true });
  const scratch = mkdtempSync(join(BUILDS_DIR, 'build-'));
  const outDir = options.outDir ?? join(scratch, 'dist');
  const env: Record<string, string> = { WARTA_CACHE_DIR: join(scratch, 'cache'), ...options.env };
  if (options.contentDir) env.NEWS_CONTENT_DIR = options.contentDir;
  const { exitCode, signal, output } = await runNode([BUILD_SCRIPT, '--outDir', outDir, ...(options.args ?? [])], env, options.ownProcessGroup);
  return { outDir, exitCode, signal, output };
}

/** Astro's own command line: a server build is Astro's alone (no search index, no stage). */
const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * Builds the site in server mode (`WARTA_MODE=server`, docs/hosting/server.md) into a folder of
 * its own: `<outDir>/server/entry.mjs` is the standalone server, `<outDir>/client/` its files.
 */
export async function buildServerSite(options: Omit<BuildOptions, 'args' | 'ownProcessGroup'> = {}): Promise<BuildResult> {
  mkdirSync(BUILDS_DIR, { recursive: true });
  const scratch = mkdtempSync(join(BUILDS_DIR, 'server-'));
  const outDir = options.outDir ?? join(scratch, 'dist');
  const env: Record<string, string> = { WARTA_CACHE_DIR: join(scratch, 'cache'), ...options.env, WARTA_MODE: 'server' };
  if (options.contentDir) env.NEWS_CONTENT_DIR = options.contentDir;
  const { exitCode, signal, output } = await runNode([ASTRO_BIN, 'build', '--outDir', outDir], env);
  return { outDir, exitCode, signal, output };
}

/** Runs `npm run server:sync` (scripts/server-sync.ts) with Warta's environment. */
export function syncStore(env: Readonly<Record<string, string>>): Promise<{ exitCode: number | null; output: string }> {
  return runNode([join(PROJECT_ROOT, 'scripts', 'server-sync.ts')], env);
}
