import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesBelow } from '../../../src/lib/utils/files-below.ts';
import { tempDir } from '../../support/temp.ts';

describe('filesBelow', () => {
  it('lists the files of a tree relative to it, folders left out', () => {
    const dir = tempDir('files-below');
    mkdirSync(join(dir, 'gambar', 'peta'), { recursive: true });
    writeFileSync(join(dir, 'index.md'), '');
    writeFileSync(join(dir, 'gambar', 'peta', 'jakarta.png'), '');
    expect(filesBelow(dir).sort()).toEqual(['gambar/peta/jakarta.png', 'index.md']);
  });

  it('lists nothing for a folder that is not there', () => {
    expect(filesBelow(join(tempDir('files-below'), 'hilang'))).toEqual([]);
  });
});
