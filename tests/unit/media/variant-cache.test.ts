import { describe, expect, it } from 'vitest';
import {
  entryFiles,
  entryName,
  isPlaced,
  MEDIA_PLACED_RECORD,
  MEDIA_SOURCES_RECORD,
  readSourcesRecord,
  recordedFacts,
  replacedFiles,
  unusedEntries,
} from '../../../src/lib/media/variant-cache.ts';

const DIGEST = 'a'.repeat(64);

describe('the picture variant cache', () => {
  it('names an entry by the picture’s bytes and the encoder, not by where the picture sits', () => {
    expect(entryName(DIGEST, 'encoder-1')).toBe(entryName(DIGEST, 'encoder-1'));
    expect(entryName(DIGEST, 'encoder-1')).not.toBe(entryName('b'.repeat(64), 'encoder-1'));
    expect(entryName(DIGEST, 'encoder-1')).not.toBe(entryName(DIGEST, 'encoder-2'));
    expect(entryName(DIGEST, 'encoder-1')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('holds the picture and its versions at the standard widths below its own, published beside it', () => {
    expect(entryFiles('berita-x/foto.JPG', 1000)).toEqual([
      { name: 'picture.jpg', published: 'berita-x/foto.JPG' },
      { name: '480w.avif', published: 'berita-x/foto-480w.avif', variant: { width: 480, format: 'avif' } },
      { name: '480w.webp', published: 'berita-x/foto-480w.webp', variant: { width: 480, format: 'webp' } },
      { name: '800w.avif', published: 'berita-x/foto-800w.avif', variant: { width: 800, format: 'avif' } },
      { name: '800w.webp', published: 'berita-x/foto-800w.webp', variant: { width: 800, format: 'webp' } },
      { name: '1000w.avif', published: 'berita-x/foto-1000w.avif', variant: { width: 1000, format: 'avif' } },
      { name: '1000w.webp', published: 'berita-x/foto-1000w.webp', variant: { width: 1000, format: 'webp' } },
    ]);
  });

  it('keeps an SVG as it is', () => {
    expect(entryFiles('berita-x/peta.svg', 300)).toEqual([{ name: 'picture.svg', published: 'berita-x/peta.svg' }]);
  });

  it('trusts a recorded digest only while the file’s settled stats are the recorded ones', () => {
    const record = readSourcesRecord(JSON.stringify({ files: { 'articles/x/foto.jpg': ['10:1:1:7', DIGEST, 640] } }));
    expect(recordedFacts(record['articles/x/foto.jpg'], '10:1:1:7')).toEqual({ digest: DIGEST, width: 640 });
    expect(recordedFacts(record['articles/x/foto.jpg'], '11:2:2:7')).toBeUndefined();
    // Changed too recently to be trusted (src/lib/content/file-stats.ts): read again.
    expect(recordedFacts(record['articles/x/foto.jpg'], undefined)).toBeUndefined();
    expect(recordedFacts(undefined, '10:1:1:7')).toBeUndefined();
  });

  it('reads a torn or foreign record as empty', () => {
    expect(readSourcesRecord(undefined)).toEqual({});
    expect(readSourcesRecord('{"files": ')).toEqual({});
    expect(readSourcesRecord('[1, 2]')).toEqual({});
    expect(recordedFacts(['10:1:1:7', DIGEST, 'wide'] as never, '10:1:1:7')).toBeUndefined();
  });

  it('prunes the entries no picture of the build uses, and never the record', () => {
    expect(unusedEntries(['b', MEDIA_SOURCES_RECORD, 'a', MEDIA_PLACED_RECORD, 'c'], new Set(['c']))).toEqual(['a', 'b']);
  });

  it('counts a picture as placed only with the recorded entry and width', () => {
    const placement = { 'berita-x/foto.jpg': ['entry-1', 1000] as const };
    expect(isPlaced(placement, 'berita-x/foto.jpg', 'entry-1', 1000)).toBe(true);
    expect(isPlaced(placement, 'berita-x/foto.jpg', 'entry-2', 1000)).toBe(false);
    expect(isPlaced(placement, 'berita-x/foto.jpg', 'entry-1', 640)).toBe(false);
    expect(isPlaced(placement, 'berita-y/foto.jpg', 'entry-1', 1000)).toBe(false);
  });

  it('names the files of pictures gone or placed otherwise, and none of those still in place', () => {
    const before = {
      'kept/foto.jpg': ['entry-1', 1000],
      'gone/foto.jpg': ['entry-2', 480],
      'replaced/foto.png': ['entry-3', 1000],
    } as const;
    const now = { 'kept/foto.jpg': ['entry-1', 1000], 'replaced/foto.png': ['entry-4', 480] } as const;
    expect(replacedFiles(before, now).sort()).toEqual([...entryFiles('gone/foto.jpg', 480), ...entryFiles('replaced/foto.png', 1000)].map(({ published }) => published).sort());
    expect(replacedFiles(now, now)).toEqual([]);
  });
});
