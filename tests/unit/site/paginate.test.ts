import { describe, expect, it } from 'vitest';
import { pageHref, pageParam, paginate } from '../../../src/lib/site/paginate.ts';

describe('paginate', () => {
  it('splits items into pages with links both ways', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2, '/rubrik/dunia/');
    expect(pages.map(({ items, number, total, href, previousHref, nextHref }) => ({ items, number, total, href, previousHref, nextHref }))).toEqual([
      { items: [1, 2], number: 1, total: 3, href: '/rubrik/dunia/', previousHref: undefined, nextHref: '/rubrik/dunia/halaman/2/' },
      { items: [3, 4], number: 2, total: 3, href: '/rubrik/dunia/halaman/2/', previousHref: '/rubrik/dunia/', nextHref: '/rubrik/dunia/halaman/3/' },
      { items: [5], number: 3, total: 3, href: '/rubrik/dunia/halaman/3/', previousHref: '/rubrik/dunia/halaman/2/', nextHref: undefined },
    ]);
  });

  it('keeps one empty page for an empty listing', () => {
    expect(paginate([], 20, '/')).toEqual([{ items: [], number: 1, total: 1, href: '/', previousHref: undefined, nextHref: undefined }]);
  });

  it('makes route parameters that match the addresses', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('halaman/3');
    expect(pageHref('/', 3)).toBe('/halaman/3/');
  });
});
