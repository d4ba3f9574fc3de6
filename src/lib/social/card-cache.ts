/**
 * Cards already drawn, kept in the cache folder between builds and keyed by what they show
 * and by the socialCards fingerprint (src/lib/build/fingerprints.ts: the drawing code, satori,
 * resvg, sharp and the fonts): a rebuild after one article changed draws one card, not
 * hundreds, and an upgrade of the drawing draws them all again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SOCIAL_CARDS_FOLDER } from '../build/cache-artefacts.ts';
import { writeWhole } from '../utils/write-whole.ts';
import { renderSocialCard, type SocialCardInput } from './card.ts';

export type DrawCard = (input: SocialCardInput) => Promise<Uint8Array>;

/**
 * `draw`, remembered in `<cacheDir>/social-cards/` under `fingerprint` (asked once, when the
 * first card is drawn); `draw` is a parameter so tests can count calls.
 */
export function cachedCardDrawer(cacheDir: string, fingerprint: () => Promise<string>, draw: DrawCard = renderSocialCard): DrawCard {
  const folder = join(cacheDir, SOCIAL_CARDS_FOLDER);
  let version: Promise<string> | undefined;
  return async (input) => {
    const key = createHash('sha256')
      .update(await (version ??= fingerprint()))
      .update('\0')
      .update(JSON.stringify(input))
      .digest('hex')
      .slice(0, 32);
    const file = join(folder, `${key}.png`);
    const cached = await readFile(file).catch(() => undefined);
    if (cached) return cached;
    const png = await draw(input);
    await mkdir(folder, { recursive: true });
    // Written aside and renamed: a build stopped halfway never leaves half a PNG under a valid key.
    await writeWhole(file, (temporary) => writeFile(temporary, png));
    return png;
  };
}
