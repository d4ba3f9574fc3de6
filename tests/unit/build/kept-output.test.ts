import { describe, expect, it } from 'vitest';
import { goneOutputs, keptDirectories, manifestOutputs, renderedOutputs } from '../../../src/lib/build/kept-output.ts';

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

describe('renderedOutputs', () => {
  const base = { version: 1, configHash: 'c', lockfileHash: 'l' };
  const article = (paths: Record<string, unknown>, dependencyHash = 'a') => ({ 'src/pages/berita/[slug].astro': { dependencyHash, paths } });
  const satu = { '/berita/satu/': { cacheKey: 'k1', outputFile: 'berita/satu/index.html' } };
  const dua = { '/berita/dua/': { cacheKey: 'k2', outputFile: 'berita/dua/index.html', contentHashes: { 'berita/dua.md': 'h' } } };
  const written = (routes: object, fields: object = {}) => JSON.stringify({ ...base, ...fields, routes });
  const before = written(article({ ...satu, ...dua }));

  it('is nothing when every entry is as before, and the page whose key or content changed', () => {
    expect(renderedOutputs(before, before)).toEqual(new Set());
    expect(renderedOutputs(before, written(article({ ...satu, '/berita/dua/': { ...dua['/berita/dua/'], cacheKey: 'k9' } })))).toEqual(new Set(['berita/dua/index.html']));
    expect(renderedOutputs(before, written(article({ ...satu, '/berita/dua/': { ...dua['/berita/dua/'], contentHashes: { 'berita/dua.md': 'g' } } })))).toEqual(
      new Set(['berita/dua/index.html']),
    );
  });

  it('is every page of a route whose template changed, and a new page', () => {
    expect(renderedOutputs(before, written(article({ ...satu, ...dua }, 'b')))).toEqual(new Set(['berita/satu/index.html', 'berita/dua/index.html']));
    expect(renderedOutputs(written(article(satu)), before)).toEqual(new Set(['berita/dua/index.html']));
  });

  it('is every page after a change of config or lockfile, or without a manifest before it', () => {
    const all = new Set(['berita/satu/index.html', 'berita/dua/index.html']);
    expect(renderedOutputs(before, written(article({ ...satu, ...dua }), { configHash: 'd' }))).toEqual(all);
    expect(renderedOutputs(before, written(article({ ...satu, ...dua }), { lockfileHash: 'm' }))).toEqual(all);
    expect(renderedOutputs(undefined, before)).toEqual(all);
    expect(renderedOutputs('{"routes": ', before)).toEqual(all);
  });

  it('never names a file outside the folder', () => {
    expect(renderedOutputs(undefined, written(article({ '/x/': { cacheKey: 'k', outputFile: '../../etc/passwd' } })))).toEqual(new Set());
  });
});
