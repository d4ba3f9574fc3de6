/**
 * Fixture content copied to a temporary folder, so tests can add generated files (pictures)
 * and edit articles without touching the repository.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePng } from './png.ts';
import { tempDir } from './temp.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));

/** A copy of `tests/fixtures/sites/<name>`, with the pictures its bundles name. */
export function copyFixtureSite(name: string): string {
  const dir = tempDir(`site-${name}`);
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  if (name === 'basic') {
    writeFileSync(join(dir, 'articles/artikel-uji-bergambar/utama.png'), makePng(1200, 675));
    writeFileSync(join(dir, 'articles/artikel-uji-bergambar/dalam.png'), makePng(640, 480));
  }
  if (name === 'newsroom') writeFileSync(join(dir, 'authors/budi-santoso/foto.png'), makePng(600, 600));
  return dir;
}
