import { describe, expect, it } from 'vitest';
import { outDirOf } from '../../../scripts/build.ts';

describe('outDirOf', () => {
  it('finds the output folder the way astro build reads its options', () => {
    expect(outDirOf([])).toBe('dist');
    expect(outDirOf(['--outDir', '/tmp/situs'])).toBe('/tmp/situs');
    expect(outDirOf(['--verbose', '--outDir=keluar', '--site', 'https://x.example'])).toBe('keluar');
  });
});
