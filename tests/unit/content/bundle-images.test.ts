import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundlePictureFacts } from '../../../src/lib/content/bundle-images.ts';
import { makePng } from '../../support/png.ts';
import { tempDir } from '../../support/temp.ts';

describe('bundlePictureFacts', () => {
  it('changes with a picture replaced by one of another size, and not when a picture is only touched or checked out again', () => {
    const bundle = tempDir('bundle-facts');
    writeFileSync(join(bundle, 'foto.png'), makePng(800, 450));
    writeFileSync(join(bundle, 'catatan.txt'), 'bukan gambar');
    const before = bundlePictureFacts(bundle, ['catatan.txt', 'foto.png']);
    expect(before).toBe('catatan.txt=-\nfoto.png=png:800x450');
    utimesSync(join(bundle, 'foto.png'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    writeFileSync(join(bundle, 'foto.png'), makePng(800, 450));
    expect(bundlePictureFacts(bundle, ['catatan.txt', 'foto.png'])).toBe(before);
    writeFileSync(join(bundle, 'foto.png'), makePng(640, 360));
    expect(bundlePictureFacts(bundle, ['catatan.txt', 'foto.png'])).not.toBe(before);
  });

  it('names a file gone since it was listed as holding no picture', () => {
    expect(bundlePictureFacts(tempDir('bundle-facts'), ['hilang.jpg'])).toBe('hilang.jpg=-');
    expect(bundlePictureFacts(tempDir('bundle-facts'), [])).toBe('');
  });
});
