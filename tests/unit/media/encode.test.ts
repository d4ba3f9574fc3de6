import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeVariant } from '../../../src/lib/media/encode.ts';
import { makePng } from '../../support/png.ts';

describe('encodeVariant', () => {
  it('makes an AVIF or a WebP of the asked width, never wider than the picture', async () => {
    const picture = makePng(640, 400);
    for (const [width, format, expected] of [
      [480, 'avif', { format: 'heif', width: 480, height: 300 }],
      [480, 'webp', { format: 'webp', width: 480, height: 300 }],
      [800, 'webp', { format: 'webp', width: 640, height: 400 }],
    ] as const) {
      const { format: written, width: writtenWidth, height } = await sharp(await encodeVariant(picture, width, format)).metadata();
      expect({ format: written, width: writtenWidth, height }).toEqual(expected);
    }
  });
});
