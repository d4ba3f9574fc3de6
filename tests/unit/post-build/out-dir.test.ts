import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, stageOutDir, withOutDir } from '../../../src/post-build/out-dir.ts';
import { tempDir } from '../../support/temp.ts';

describe('isInside', () => {
  it('compares path segments, not text: /srv/www/warta is not inside /srv/www/wart', () => {
    expect(isInside('/srv/www/wart', '/srv/www/warta')).toBe(false);
    expect(isInside('/srv/proyek/', '/srv/proyek-dist')).toBe(false);
    expect(isInside('/srv/proyek', '/srv')).toBe(false);
    expect(isInside('/srv/proyek', '/tmp/situs')).toBe(false);
    expect(isInside('/srv/proyek', '/srv/proyek')).toBe(true);
    expect(isInside('/srv/proyek/', '/srv/proyek/dist')).toBe(true);
    expect(isInside('/srv/proyek', '/srv/proyek/..dist')).toBe(true);
  });
});

describe('withOutDir', () => {
  it('replaces the output folder in either spelling and keeps every other option', () => {
    expect(withOutDir([], '/a')).toEqual(['--outDir', '/a']);
    expect(withOutDir(['--outDir', '/srv/www', '--verbose'], '/a')).toEqual(['--verbose', '--outDir', '/a']);
    expect(withOutDir(['--site', 'https://x.example', '--outDir=keluar'], '/a')).toEqual(['--site', 'https://x.example', '--outDir', '/a']);
  });
});

describe('stageOutDir', () => {
  it('lets a build inside the project write in place', async () => {
    const root = tempDir('proyek');
    const staged = await stageOutDir(root, join(root, 'dist'));
    expect(staged.dir).toBe(join(root, 'dist'));
    await staged.deliver();
    await staged.discard();
    expect(readdirSync(root)).toEqual([]);
  });

  it('builds a folder outside the project inside it, then moves the finished build there', async () => {
    const root = tempDir('proyek');
    const target = join(tempDir('web'), 'warta');
    mkdirSync(join(target, '.git'), { recursive: true });
    writeFileSync(join(target, 'lama.html'), 'old');
    const staged = await stageOutDir(root, target);
    expect(isInside(root, staged.dir)).toBe(true);
    mkdirSync(join(staged.dir, 'berita', 'a'), { recursive: true });
    writeFileSync(join(staged.dir, 'index.html'), 'home');
    writeFileSync(join(staged.dir, 'berita', 'a', 'index.html'), 'a');
    // Nothing reaches the destination before delivery.
    expect(existsSync(join(target, 'index.html'))).toBe(false);
    await staged.deliver();
    await staged.discard();
    expect(readdirSync(target).sort()).toEqual(['.git', 'berita', 'index.html']);
    expect(readFileSync(join(target, 'berita', 'a', 'index.html'), 'utf8')).toBe('a');
    expect(readdirSync(join(root, '.astro', 'outside-builds'))).toEqual([]);
  });
});
