/**
 * Cards already drawn, kept in Astro's cache folder between builds and keyed by what they show
 * and by the drawing code: a rebuild after one article changed draws one card, not hundreds.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { drawingVersion, renderSocialCard, type SocialCardInput } from './card.ts';

export type DrawCard = (input: SocialCardInput) => Promise<Uint8Array>;

/** `draw`, remembered in `<cacheDir>/social-cards/`; `draw` is a parameter so tests can count calls. */
export function cachedCardDrawer(cacheDir: string, draw: DrawCard = renderSocialCard): DrawCard {
  const folder = join(cacheDir, 'social-cards');
  return async (input) => {
    const key = createHash('sha256').update(await drawingVersion()).update('\0').update(JSON.stringify(input)).digest('hex').slice(0, 32);
    const file = join(folder, `${key}.png`);
    const cached = await readFile(file).catch(() => undefined);
    if (cached) return cached;
    const png = await draw(input);
    await mkdir(folder, { recursive: true });
    // Written aside and renamed: a build stopped halfway never leaves half a PNG under a valid key.
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, png);
    await rename(partial, file);
    return png;
  };
}
