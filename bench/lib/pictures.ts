/**
 * Pictures for the benchmark's archive: photo-like JPEGs (smooth light and colour, blurred
 * texture, fine grain), distinct bytes for every seed, so no cache can share two stories'
 * pictures. They are synthetic test data, never published as content. The pixel work is
 * sharp's (a coarse random grid scaled up and blurred) but for the grain, added from one tile.
 */
import sharp from 'sharp';
import { createRandom } from '../../src/lib/utils/seeded-random.ts';

/** One grain tile per size, shared by every picture: the texture differs, the grain need not. */
const grainTiles = new Map<string, Int8Array>();

function grainTile(width: number, height: number): Int8Array {
  const key = `${width}x${height}`;
  let tile = grainTiles.get(key);
  if (!tile) {
    const random = createRandom(0x6e015e);
    tile = Int8Array.from({ length: width * height * 3 }, () => Math.round((random() - 0.5) * 24));
    grainTiles.set(key, tile);
  }
  return tile;
}

/** A `width`×`height` JPEG made from `seed` alone: the same seed gives the same bytes. */
export async function photoLike(width: number, height: number, seed: number): Promise<Buffer> {
  const random = createRandom(seed);
  const coarseWidth = Math.ceil(width / 16);
  const coarseHeight = Math.ceil(height / 16);
  const coarse = Buffer.from(Array.from({ length: coarseWidth * coarseHeight * 3 }, () => Math.floor(random() * 256)));
  const pixels = await sharp(coarse, { raw: { width: coarseWidth, height: coarseHeight, channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .blur(3)
    .raw()
    .toBuffer();
  const grain = grainTile(width, height);
  for (let index = 0; index < pixels.length; index++) pixels[index] = Math.min(255, Math.max(0, pixels[index]! + grain[index]!));
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 82 })
    .toBuffer();
}
