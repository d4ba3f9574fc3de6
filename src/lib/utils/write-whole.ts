/**
 * Writing a cache file so that it is whole or absent: made under a name of its own and renamed
 * into place. The name is unique per call, not only per process: two stories with the same
 * picture, or two cards that show the same words, are written at once under one final name, and
 * a shared temporary name made one rename fail with ENOENT.
 */
import { randomUUID } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';

/** Calls `make` with a temporary path beside `path`, then renames it to `path` (removing it if `make` fails). */
export async function writeWhole(path: string, make: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = `${path}.${process.pid}-${randomUUID()}.tmp`;
  try {
    await make(temporary);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
