import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWhole } from '../../../src/lib/utils/write-whole.ts';
import { tempDir } from '../../support/temp.ts';

describe('writeWhole', () => {
  it('lets many writes of one file run at once: each succeeds and one whole file is left', async () => {
    const dir = tempDir('write-whole');
    const file = join(dir, 'card.png');
    const contents = Array.from({ length: 20 }, (_, index) => `card ${index} `.repeat(1000));
    await Promise.all(contents.map((text) => writeWhole(file, (temporary) => writeFile(temporary, text))));
    expect(contents).toContain(readFileSync(file, 'utf8'));
    expect(readdirSync(dir)).toEqual(['card.png']);
  });

  it('leaves neither the file nor its temporary when making it fails', async () => {
    const dir = tempDir('write-whole');
    const failing = writeWhole(join(dir, 'card.png'), async (temporary) => {
      await writeFile(temporary, 'half');
      throw new Error('encoder crashed');
    });
    await expect(failing).rejects.toThrow('encoder crashed');
    expect(readdirSync(dir)).toEqual([]);
  });
});
