import { describe, expect, it } from 'vitest';
import { goneOutputs, keptDirectories, manifestOutputs } from '../../../src/lib/build/kept-output.ts';

const manifest = JSON.stringify({
  version: 1,
  routes: {
    'src/pages/berita/[slug].astro': {
      dependencyHash: 'a',
      paths: {
        '/berita/satu/': { cacheKey: 'k1', outputFile: 'berita/satu/index.html' },
        '/berita/dua/': { cacheKey: 'k2', outputFile: 'berita/dua/index.html' },
      },
    },
    'src/pages/kartu/[slug].png.ts': { dependencyHash: 'b', paths: { '/kartu/satu.png': { cacheKey: 'k3', outputFile: 'kartu/satu.png' } } },
  },
});

describe('manifestOutputs', () => {
  it('lists the output file of every path of every route', () => {
    expect([...manifestOutputs(manifest)].sort()).toEqual(['berita/dua/index.html', 'berita/satu/index.html', 'kartu/satu.png']);
  });

  it('lists nothing for a manifest it cannot read, and never a path leaving the folder', () => {
    expect(manifestOutputs('{"routes": ')).toEqual(new Set());
    expect(manifestOutputs('null')).toEqual(new Set());
    const hostile = JSON.stringify({
      routes: { r: { paths: { a: { outputFile: '../../etc/passwd' }, b: { outputFile: '/etc/passwd' }, c: { outputFile: 'a//b' }, d: { outputFile: 'ok.html' } } } },
    });
    expect([...manifestOutputs(hostile)]).toEqual(['ok.html']);
  });
});

describe('keptDirectories', () => {
  it('names the folder itself and every folder above a kept file', () => {
    expect([...keptDirectories(['berita/satu/index.html', 'kartu/satu.png', 'index.html'])].sort()).toEqual(['', 'berita', 'berita/satu', 'kartu']);
  });
});

describe('goneOutputs', () => {
  it('lists kept pages this build did not write or keep', () => {
    expect(goneOutputs(new Set(['b.html', 'a.html', 'c.html']), new Set(['a.html', 'd.html']))).toEqual(['b.html', 'c.html']);
  });
});
