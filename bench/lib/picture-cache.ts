/**
 * The benchmark's own store of encoded pictures, kept between runs in bench/.picture-cache/
 * (git-ignored): the corpus's pictures are the same bytes every run, so they are encoded once
 * per machine and encoder, as a newsroom encodes its archive once. Every Warta build with a fresh
 * cache folder starts with them linked in; what a build encodes is linked back. Delete the
 * folder to measure an archive's import again.
 */
import { existsSync } from 'node:fs';
import { link, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { MEDIA_CACHE_FOLDER, MEDIA_SOURCES_RECORD } from '../../src/lib/media/variant-cache.ts';
import { PROJECT_ROOT } from './targets.ts';

export const PICTURE_CACHE = join(PROJECT_ROOT, 'bench', '.picture-cache');

/** Hard-links every picture entry of `from` that `to` lacks (entries are never written into once made). */
async function linkEntries(from: string, to: string): Promise<number> {
  if (!existsSync(from)) return 0;
  await mkdir(to, { recursive: true });
  const present = new Set(await readdir(to));
  let linked = 0;
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === MEDIA_SOURCES_RECORD || present.has(entry.name)) continue;
    await mkdir(join(to, entry.name));
    for (const file of await readdir(join(from, entry.name))) if (!file.endsWith('.tmp')) await link(join(from, entry.name, file), join(to, entry.name, file));
    linked++;
  }
  return linked;
}

/** Gives a fresh Warta cache folder the pictures encoded before. */
export const seedPictures = (cacheDir: string): Promise<number> => linkEntries(PICTURE_CACHE, join(cacheDir, MEDIA_CACHE_FOLDER));

/** Keeps what a build encoded for the next runs. */
export const keepPictures = (cacheDir: string): Promise<number> => linkEntries(join(cacheDir, MEDIA_CACHE_FOLDER), PICTURE_CACHE);
