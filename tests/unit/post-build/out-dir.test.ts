import { describe, expect, it } from 'vitest';
import { isInside, withOutDir } from '../../../src/post-build/out-dir.ts';

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
