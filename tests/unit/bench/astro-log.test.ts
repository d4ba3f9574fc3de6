import { describe, expect, it } from 'vitest';
import { generatedFiles, publishedPictures } from '../../../bench/lib/astro-log.ts';

describe('generatedFiles', () => {
  it('tells rendered files from restored ones, also when concurrent renders interleave their lines', () => {
    const log = [
      ' generating static routes ',
      '06:41:00   ├─ /404.html06:41:00   ├─ /arsip/index.html (+191ms) ',
      '06:41:01   ├─ /arsip/2023/02/index.html (restored)',
      '06:41:01   ├─ /berita/satu/index.html (cached)',
      '06:41:01   ├─ /rss.xml (+49ms) ',
      '06:41:01   ├─ /rubrik/dunia/halaman/2/index.html',
      '06:41:01 ✓ Completed in 893ms.',
    ].join('\n');
    expect(generatedFiles(log)).toEqual({
      rendered: ['/404.html', '/arsip/index.html', '/rss.xml', '/rubrik/dunia/halaman/2/index.html'],
      reused: ['/arsip/2023/02/index.html', '/berita/satu/index.html'],
    });
  });
});

describe('publishedPictures', () => {
  it('reads the bundle-media line, and counts nothing for a site without pictures', () => {
    const line = '19:28:53 [warta-bundle-media] published 171 pictures: 160 in place, 9 reused, 2 encoded, 12 files linked, 0 removed, 0 cache entries pruned, in 5128 ms';
    expect(publishedPictures(`before\n${line}\nafter`)).toEqual({ published: 171, encoded: 2 });
    expect(publishedPictures('no pictures here')).toEqual({ published: 0, encoded: 0 });
  });
});
