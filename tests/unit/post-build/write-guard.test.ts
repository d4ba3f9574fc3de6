/**
 * The write guard patches this process's `fs` (vitest gives each test file a process of its
 * own): installed once, below a temporary folder, with one test-only fault.
 */
import { linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import fs from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { guardWrites, TEST_FAULT } from '../../../src/post-build/write-guard.ts';
import { tempDir } from '../../support/temp.ts';

const root = tempDir('guard');
const outside = tempDir('guard-outside');
const faulty = join(root, 'penuh');

beforeAll(() => {
  mkdirSync(faulty);
  process.env[TEST_FAULT] = JSON.stringify({ action: 'fail', code: 'ENOSPC', call: 'writeFile', nth: 2, path: faulty });
  guardWrites({ roots: [root] });
  delete process.env[TEST_FAULT];
});

/** Two names for one file, as the stage, the cache and the published site share pages. */
function linkedPair(dir: string): [string, string] {
  const published = join(dir, 'terbit.html');
  const staged = join(dir, 'panggung.html');
  writeFileSync(published, 'lama');
  linkSync(published, staged);
  return [published, staged];
}

describe('guardWrites', () => {
  it('replaces a file below its folders instead of writing into it, through fs.promises and the named export alike', async () => {
    const [published, staged] = linkedPair(root);
    await fs.promises.writeFile(staged, 'baru');
    expect([readFileSync(published, 'utf8'), readFileSync(staged, 'utf8')]).toEqual(['lama', 'baru']);
    const [again, stagedAgain] = linkedPair(join(root, (mkdirSync(join(root, 'dua')), 'dua')));
    await writeFile(new URL(`file://${stagedAgain}`), 'baru');
    expect(readFileSync(again, 'utf8')).toBe('lama');
  });

  it('leaves writes elsewhere, and appends, as they are', async () => {
    const [published, staged] = linkedPair(outside);
    await writeFile(staged, 'baru');
    expect(readFileSync(published, 'utf8')).toBe('baru');
    const [appended, appendedStage] = linkedPair(join(root, (mkdirSync(join(root, 'tambah')), 'tambah')));
    await writeFile(appendedStage, '+', { flag: 'a' });
    expect(readFileSync(appended, 'utf8')).toBe('lama+');
  });

  it('fails the nth write below the fault’s folder as a full disk would, naming the file', async () => {
    await writeFile(join(faulty, 'satu.html'), '1');
    const failed = await writeFile(join(faulty, 'dua.html'), '2').catch((error: NodeJS.ErrnoException) => error);
    expect(failed).toMatchObject({ code: 'ENOSPC', path: join(faulty, 'dua.html') });
    await writeFile(join(faulty, 'tiga.html'), '3');
    expect(readFileSync(join(faulty, 'tiga.html'), 'utf8')).toBe('3');
  });
});
