/**
 * Two built sites compared file by file: the same paths with the same bytes. An incremental
 * build must equal a clean build of the same content (docs/decisions/001-incremental-builds.md);
 * the identity tests and the benchmark both check it with this.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface OutputDifference {
  /** In the expected output only. */
  missing: string[];
  /** In the actual output only. */
  extra: string[];
  /** In both, with other bytes. */
  changed: string[];
}

/** Every file under `dir`, as sorted `/`-separated paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Files compared at once: enough to keep the disk busy, few enough for 100,000-file sites. */
const PARALLEL_READS = 16;

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [statA, statB] = await Promise.all([stat(a), stat(b)]);
  if (statA.size !== statB.size) return false;
  const [bytesA, bytesB] = await Promise.all([readFile(a), readFile(b)]);
  return bytesA.equals(bytesB);
}

/** Compares `actual` against `expected`, every file of both. */
export async function compareOutputs(actual: string, expected: string): Promise<OutputDifference> {
  const [actualFiles, expectedFiles] = await Promise.all([listFiles(actual), listFiles(expected)]);
  const actualSet = new Set(actualFiles);
  const expectedSet = new Set(expectedFiles);
  const shared = [...expectedSet].filter((path) => actualSet.has(path));
  const changed: string[] = [];
  for (let start = 0; start < shared.length; start += PARALLEL_READS) {
    const batch = shared.slice(start, start + PARALLEL_READS);
    const same = await Promise.all(batch.map((path) => sameBytes(join(actual, path), join(expected, path))));
    batch.forEach((path, index) => same[index] || changed.push(path));
  }
  return {
    missing: [...expectedSet].filter((path) => !actualSet.has(path)),
    extra: [...actualSet].filter((path) => !expectedSet.has(path)),
    changed,
  };
}

export function isSameOutput(difference: OutputDifference): boolean {
  return difference.missing.length + difference.extra.length + difference.changed.length === 0;
}

/** A few paths of each kind, for a failure message. */
export function describeDifference(difference: OutputDifference, shown = 10): string {
  const kinds = [
    ['missing', difference.missing],
    ['extra', difference.extra],
    ['changed', difference.changed],
  ] as const;
  return kinds
    .filter(([, paths]) => paths.length > 0)
    .map(([kind, paths]) => `${paths.length} ${kind}: ${paths.slice(0, shown).join(', ')}${paths.length > shown ? ', …' : ''}`)
    .join('; ');
}
