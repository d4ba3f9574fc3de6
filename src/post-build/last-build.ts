/**
 * The record of the last build that finished (src/lib/build/unchanged-build.ts) in the cache
 * folder: read before a build to skip it when nothing changed, removed when a build starts (so a
 * build that stops half-way leaves none), written when one has finished.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NEXT_CHANGE_FILE, parseNextChange } from '../lib/build/next-change-note.ts';
import { parseLastBuild, type LastBuildRecord } from '../lib/build/unchanged-build.ts';

export const LAST_BUILD_FILE = 'warta-last-build.json';

const readText = (file: string): Promise<string | undefined> => readFile(file, 'utf8').catch(() => undefined);

export async function readLastBuild(cacheDir: string): Promise<LastBuildRecord | undefined> {
  return parseLastBuild(await readText(join(cacheDir, LAST_BUILD_FILE)));
}

export async function forgetLastBuild(cacheDir: string): Promise<void> {
  await rm(join(cacheDir, LAST_BUILD_FILE), { force: true });
}

/**
 * Records a finished build, with the next change moment its Astro process noted
 * (src/integrations/next-change.ts); without that note nothing is recorded, and the next build runs.
 */
export async function recordLastBuild(cacheDir: string, build: Omit<LastBuildRecord, 'nextChangeAt'>): Promise<boolean> {
  const noted = parseNextChange(await readText(join(cacheDir, NEXT_CHANGE_FILE)));
  if (noted === undefined) return false;
  const record: LastBuildRecord = { ...build, nextChangeAt: noted.nextChangeAt };
  await writeFile(join(cacheDir, LAST_BUILD_FILE), JSON.stringify(record));
  return true;
}
