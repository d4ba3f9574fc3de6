import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedCardDrawer } from '../../../src/lib/social/card-cache.ts';
import type { SocialCardInput } from '../../../src/lib/social/card.ts';
import { tempDir } from '../../support/temp.ts';

/** The drawing code's fingerprint, as src/lib/build/fingerprints.ts would give it. */
const version = (fingerprint: string) => () => Promise.resolve(fingerprint);
const v1 = version('v1');

const card: SocialCardInput = { title: 'Gempa Guncang Cianjur', section: 'Nasional', siteName: 'Warta', date: 'Senin, 21 November 2022' };

/** A stand-in for the real drawing, counting calls: its output names the headline. */
function countingDraw() {
  const calls: string[] = [];
  const draw = async (input: SocialCardInput) => {
    calls.push(input.title);
    return new TextEncoder().encode(`png:${input.title}`);
  };
  return { calls, draw };
}

describe('cachedCardDrawer', () => {
  it('draws a card once and reads it back after, across drawers on the same folder', async () => {
    const cacheDir = tempDir('card-cache');
    const { calls, draw } = countingDraw();
    const first = await cachedCardDrawer(cacheDir, v1, draw)(card);
    const again = await cachedCardDrawer(cacheDir, v1, draw)(card);
    expect(calls).toEqual([card.title]);
    expect(Buffer.from(again).toString()).toBe(Buffer.from(first).toString());
    expect(readdirSync(join(cacheDir, 'social-cards'))).toHaveLength(1);
  });

  it('draws two same cards at once (two stories with one headline) without either failing', async () => {
    const cacheDir = tempDir('card-cache');
    const { draw } = countingDraw();
    const drawCard = cachedCardDrawer(cacheDir, v1, draw);
    const [first, second] = await Promise.all([drawCard(card), drawCard({ ...card })]);
    expect(Buffer.from(first).toString()).toBe(Buffer.from(second).toString());
    expect(readdirSync(join(cacheDir, 'social-cards'))).toHaveLength(1);
  });

  it('draws again when anything the card shows changes', async () => {
    const { calls, draw } = countingDraw();
    const drawCard = cachedCardDrawer(tempDir('card-cache'), v1, draw);
    await drawCard(card);
    await drawCard({ ...card, date: undefined });
    await drawCard({ ...card, section: 'Dunia' });
    expect(calls).toHaveLength(3);
  });

  it('draws every card again under another fingerprint of the drawing code, and asks for it once', async () => {
    const cacheDir = tempDir('card-cache');
    const { calls, draw } = countingDraw();
    let asked = 0;
    const counted = () => {
      asked++;
      return Promise.resolve('v1');
    };
    const drawCard = cachedCardDrawer(cacheDir, counted, draw);
    await drawCard(card);
    await drawCard({ ...card, section: 'Dunia' });
    expect(asked).toBe(1);
    await cachedCardDrawer(cacheDir, version('v2'), draw)(card);
    expect(calls).toEqual([card.title, card.title, card.title]);
  });

  it('draws again over a partial file a killed build left, and keeps nothing when drawing fails', async () => {
    const cacheDir = tempDir('card-cache');
    const folder = join(cacheDir, 'social-cards');
    const { calls, draw } = countingDraw();
    await cachedCardDrawer(cacheDir, v1, draw)(card);
    const [file] = readdirSync(folder);
    expect(file).toMatch(/^[0-9a-f]{32}\.png$/);
    // As a build killed between writing and renaming leaves it.
    rmSync(join(folder, file!));
    writeFileSync(join(folder, `${file}.999.tmp`), 'sepa');
    expect(Buffer.from(await cachedCardDrawer(cacheDir, v1, draw)(card)).toString()).toBe(`png:${card.title}`);
    expect(calls).toHaveLength(2);

    const failing = cachedCardDrawer(cacheDir, v1, () => Promise.reject(new Error('gagal')));
    await expect(failing({ ...card, title: 'Lain' })).rejects.toThrow('gagal');
    expect(readdirSync(folder).filter((name) => name.endsWith('.png'))).toEqual([file]);
  });
});
