import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkOrCopy } from '../../../src/post-build/link-or-copy.ts';
import { tempDir } from '../../support/temp.ts';

describe('linkOrCopy', () => {
  it('hard-links the file on one file system: the same bytes, the same inode', async () => {
    const dir = tempDir('link-or-copy');
    mkdirSync(join(dir, 'store'));
    writeFileSync(join(dir, 'store', 'a.txt'), 'kept');
    await linkOrCopy(join(dir, 'store', 'a.txt'), join(dir, 'a.txt'));
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('kept');
    expect(statSync(join(dir, 'a.txt')).ino).toBe(statSync(join(dir, 'store', 'a.txt')).ino);
  });

  it('fails for a missing source, as a link would, rather than copying nothing', async () => {
    const dir = tempDir('link-or-copy');
    await expect(linkOrCopy(join(dir, 'missing.txt'), join(dir, 'a.txt'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
