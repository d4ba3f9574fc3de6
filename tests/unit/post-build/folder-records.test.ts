import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderIdentity, keepFolderRecord, takeFolderRecord } from '../../../src/post-build/folder-records.ts';

let scratch = '';
let recordFile = '';
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'warta-folder-records-'));
  recordFile = join(scratch, 'record.json');
});
afterEach(() => rm(scratch, { recursive: true, force: true }));

describe('folder records', () => {
  it('knows a folder by itself, not by its path', async () => {
    const stage = join(scratch, 'stage');
    await mkdir(stage);
    const identity = await folderIdentity(stage);
    expect(identity).toMatch(/^\d+:\d+:\d+$/);
    await rename(stage, join(scratch, 'release'));
    expect(await folderIdentity(join(scratch, 'release'))).toBe(identity);
    await mkdir(stage);
    expect(await folderIdentity(stage)).not.toBe(identity);
    expect(await folderIdentity(join(scratch, 'missing'))).toBeUndefined();
    await writeFile(join(scratch, 'file'), '');
    expect(await folderIdentity(join(scratch, 'file'))).toBeUndefined();
  });

  it('hands a record back once and removes it from the file first', async () => {
    await keepFolderRecord(recordFile, 'folder-a', { files: 3 });
    expect(await takeFolderRecord(recordFile, 'folder-a')).toEqual({ files: 3 });
    // A build that stops after taking it leaves nothing to trust.
    expect(JSON.parse(await readFile(recordFile, 'utf8'))).toEqual({});
    expect(await takeFolderRecord(recordFile, 'folder-a')).toBeUndefined();
  });

  it('keeps the records of the last two folders, the stage and the published release', async () => {
    await keepFolderRecord(recordFile, 'a', 1);
    await keepFolderRecord(recordFile, 'b', 2);
    await keepFolderRecord(recordFile, 'a', 3);
    expect(JSON.parse(await readFile(recordFile, 'utf8'))).toEqual({ b: 2, a: 3 });
    await keepFolderRecord(recordFile, 'c', 4);
    expect(JSON.parse(await readFile(recordFile, 'utf8'))).toEqual({ a: 3, c: 4 });
  });

  it('reads a missing, torn or foreign file as no record', async () => {
    expect(await takeFolderRecord(recordFile, 'a')).toBeUndefined();
    for (const text of ['{"a": 1', '[1, 2]', 'null']) {
      await writeFile(recordFile, text);
      expect(await takeFolderRecord(recordFile, 'a')).toBeUndefined();
    }
  });
});
