/**
 * One digest of everything a build reads, told from file-system stats (src/lib/content/file-stats.ts),
 * so that finding nothing changed costs a walk of the content folder, not a read of it: the
 * content files, the project's code and configuration, the settings' environment and the build's
 * options. Undefined when a file changed too recently for its stats to be trusted.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { settledStatKey } from '../lib/content/file-stats.ts';

/** The project's files a build reads besides content: code, styles, public files, configuration, package versions. */
export const CODE_INPUTS = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'] as const;

/** Environment variables that settle what a build makes: Warta's settings, the content folder, Astro's and Node's modes. */
export const isBuildVariable = (name: string): boolean => /^(WARTA_|NEWS_|ASTRO_)/.test(name) || name === 'NODE_ENV';

export interface BuildInputsOptions {
  root: string;
  contentDir: string;
  env: Readonly<Record<string, string | undefined>>;
  args: readonly string[];
  nowMs: number;
}

/** Every file below `path` (or `path` itself), with its settled stat key; false when one is not settled. */
function addTree(hash: ReturnType<typeof createHash>, root: string, path: string, nowMs: number): boolean {
  let stats;
  try {
    stats = statSync(path, { bigint: true });
  } catch {
    hash.update(`missing ${relative(root, path)}\n`);
    return true;
  }
  if (stats.isDirectory()) {
    const names = readdirSync(path).sort();
    return names.every((name) => addTree(hash, root, join(path, name), nowMs));
  }
  const key = settledStatKey(stats, nowMs);
  if (key === undefined) return false;
  hash.update(`${relative(root, path)} ${key}\n`);
  return true;
}

export function buildInputsDigest({ root, contentDir, env, args, nowMs }: BuildInputsOptions): string | undefined {
  const hash = createHash('sha256');
  const variables = Object.keys(env)
    .filter(isBuildVariable)
    .sort()
    .map((name) => [name, env[name]]);
  hash.update(JSON.stringify({ variables, args })).update('\n');
  for (const input of [...CODE_INPUTS.map((name) => join(root, name)), resolve(root, contentDir)]) {
    hash.update(`tree ${relative(root, input)}\n`);
    if (!addTree(hash, root, input, nowMs)) return undefined;
  }
  return hash.digest('hex');
}
