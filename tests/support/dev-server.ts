/**
 * `astro dev` on a content folder, on loopback, with its own content cache: for tests of what
 * a writer sees while editing.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT, userEnvironment } from './build-site.ts';
import { freePort } from './net.ts';
import { tempDir } from './temp.ts';

const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Polls `check` until it returns true or `timeoutMs` passes. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

export interface DevServer {
  origin: string;
  /** Its cache folder (WARTA_CACHE_DIR), its own. */
  cacheDir: string;
  /** Everything the server printed so far. */
  output: () => string;
  close: () => Promise<void>;
}

/** Starts the dev server and resolves once it answers the home page. */
export async function startDevServer(contentDir: string): Promise<DevServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const cacheDir = join(tempDir('dev-cache'), 'cache');
  const dev = spawn(process.execPath, [ASTRO_BIN, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: PROJECT_ROOT,
    env: { ...userEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', NEWS_CONTENT_DIR: contentDir, WARTA_CACHE_DIR: cacheDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  dev.stdout?.on('data', (chunk: Buffer) => (output += chunk));
  dev.stderr?.on('data', (chunk: Buffer) => (output += chunk));
  const close = async () => {
    if (dev.exitCode !== null) return;
    const exited = new Promise((resolve) => dev.once('exit', resolve));
    dev.kill('SIGTERM');
    await exited;
  };
  try {
    await waitFor(async () => (await fetch(`${origin}/`)).ok, 60_000, `the dev server at ${origin}\n${output}`);
  } catch (error) {
    await close();
    throw error;
  }
  return { origin, cacheDir, output: () => output, close };
}
