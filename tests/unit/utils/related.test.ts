import { describe, expect, it } from 'vitest';
import { resolveRelated, titleKey } from '../../../src/lib/utils/related.ts';

describe('resolveRelated', () => {
  const known = new Map([[titleKey('Indonesia di Atas AS dan Rusia dalam Hal Ini'), '/berita/indonesia-di-atas/']]);

  it('links a title to the site article of that title, ignoring case, spacing and quotes', () => {
    expect(resolveRelated([{ title: 'indonesia di atas  AS dan Rusia dalam “Hal” Ini' }], known)).toEqual([
      { title: 'indonesia di atas  AS dan Rusia dalam “Hal” Ini', href: '/berita/indonesia-di-atas/', external: false },
    ]);
  });

  it('shows an unknown title without a link', () => {
    expect(resolveRelated([{ title: 'Tidak ada di situs' }], known)).toEqual([{ title: 'Tidak ada di situs', href: undefined, external: false }]);
  });

  it('uses a given URL and says whether it leaves the site', () => {
    expect(
      resolveRelated(
        [
          { title: 'a', url: 'https://example.org/' },
          { title: 'b', url: '/berita/b/' },
        ],
        known,
      ),
    ).toEqual([
      { title: 'a', href: 'https://example.org/', external: true },
      { title: 'b', href: '/berita/b/', external: false },
    ]);
  });
});
