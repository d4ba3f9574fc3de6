import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstPageLength, pageHref, pageParam, pageWindow, paginate, type ListingPage } from '../../../src/lib/site/paginate.ts';

/** Stories 1 (the oldest) to `count`, newest first, as listings hold them. */
const stories = (count: number): number[] => Array.from({ length: count }, (_, index) => count - index);

/** The pages met by following "Berikutnya" from the listing's own page. */
function walk<T>(pages: readonly ListingPage<T>[]): ListingPage<T>[] {
  const byHref = new Map(pages.map((page) => [page.href, page]));
  const visited: ListingPage<T>[] = [];
  for (let page = byHref.get(pages[0]!.href); page; page = page.nextHref === undefined ? undefined : byHref.get(page.nextHref)) {
    if (visited.includes(page)) throw new Error(`${page.href} is met twice`);
    visited.push(page);
  }
  return visited;
}

/** Numbered pages by number. */
const numbered = <T>(pages: readonly ListingPage<T>[]) => new Map(pages.filter((page) => page.number !== undefined).map((page) => [page.number!, page]));

const listing = fc.record({ count: fc.nat({ max: 400 }), pageSize: fc.integer({ min: 1, max: 30 }) });

describe('paginate', () => {
  it('numbers full pages from the oldest, after the listing’s own page of the newest', () => {
    const pages = paginate(stories(7), 2, '/rubrik/dunia/');
    expect(pages).toEqual([
      { items: [7, 6, 5], number: undefined, href: '/rubrik/dunia/', previousHref: undefined, nextHref: '/rubrik/dunia/halaman/2/' },
      { items: [4, 3], number: 2, href: '/rubrik/dunia/halaman/2/', previousHref: '/rubrik/dunia/', nextHref: '/rubrik/dunia/halaman/1/' },
      { items: [2, 1], number: 1, href: '/rubrik/dunia/halaman/1/', previousHref: '/rubrik/dunia/halaman/2/', nextHref: undefined },
    ]);
  });

  it('keeps one page for fewer than two pages’ worth, and one empty page for an empty listing', () => {
    expect(paginate(stories(39), 20, '/').map(({ items, number }) => [items.length, number])).toEqual([[39, undefined]]);
    expect(paginate(stories(40), 20, '/').map(({ items, number }) => [items.length, number])).toEqual([
      [20, undefined],
      [20, 1],
    ]);
    expect(paginate([], 20, '/')).toEqual([{ items: [], number: undefined, href: '/', previousHref: undefined, nextHref: undefined }]);
  });

  it('shows the newest stories, between one and two pages’ worth, on the listing’s own page', () => {
    fc.assert(
      fc.property(listing, ({ count, pageSize }) => {
        const [own] = paginate(stories(count), pageSize, '/');
        expect(own!.items).toEqual(stories(count).slice(0, firstPageLength(count, pageSize)));
        expect(own!.items.length).toBe(count < 2 * pageSize ? count : pageSize + (count % pageSize));
      }),
    );
  });

  it('visits every story exactly once, newest first, by following "Berikutnya", and "Sebelumnya" walks back', () => {
    fc.assert(
      fc.property(listing, ({ count, pageSize }) => {
        const pages = paginate(stories(count), pageSize, '/topik/rusia/');
        const visited = walk(pages);
        expect(visited).toHaveLength(pages.length);
        expect(visited.flatMap((page) => page.items)).toEqual(stories(count));
        visited.forEach((page, index) => expect(page.previousHref).toBe(visited[index - 1]?.href));
        // Every numbered page is full, and its address is its number.
        for (const [number, page] of numbered(pages)) {
          expect(page.items).toHaveLength(pageSize);
          expect(page.href).toBe(pageHref('/topik/rusia/', number));
        }
      }),
    );
  });

  it('leaves every numbered page’s stories as they were when newer stories are added', () => {
    fc.assert(
      fc.property(listing, fc.integer({ min: 1, max: 60 }), ({ count, pageSize }, added) => {
        const before = numbered(paginate(stories(count), pageSize, '/'));
        const after = numbered(paginate(stories(count + added), pageSize, '/'));
        for (const [number, page] of before) {
          expect(after.get(number)!.items).toEqual(page.items);
          // Its older neighbour never changes; its newer one only on the highest page, when a new page comes in above it.
          expect(after.get(number)!.nextHref).toBe(page.nextHref);
          if (number < before.size || after.size === before.size) expect(after.get(number)!.previousHref).toBe(page.previousHref);
        }
      }),
    );
  });

  it('changes only the pages from the one that held a removed story up to the newest', () => {
    fc.assert(
      fc.property(listing, fc.nat(), ({ count, pageSize }, pick) => {
        fc.pre(count > 0);
        const all = stories(count);
        const removed = all[pick % count]!;
        const before = numbered(paginate(all, pageSize, '/'));
        const after = numbered(
          paginate(
            all.filter((story) => story !== removed),
            pageSize,
            '/',
          ),
        );
        // Story s (1 = the oldest) is in the s / pageSize-th full page's worth, counted up.
        const first = Math.ceil(removed / pageSize);
        for (const [number, page] of before) {
          if (number < first && after.has(number)) expect(after.get(number)!.items).toEqual(page.items);
          // Only the highest page may go: its stories join the listing's own page.
          else if (!after.has(number)) expect(number).toBe(before.size);
        }
        expect(after.size).toBeGreaterThanOrEqual(before.size - 1);
      }),
    );
  });

  it('makes route parameters that match the addresses', () => {
    expect(pageParam(undefined)).toBeUndefined();
    expect(pageParam(3)).toBe('halaman/3');
    expect(pageHref('/', 3)).toBe('/halaman/3/');
    expect(pageHref('/', undefined)).toBe('/');
  });
});

describe('pageWindow', () => {
  it('finds every page paginate cuts, items and links, from whichever end it reads', () => {
    fc.assert(
      fc.property(listing, ({ count, pageSize }) => {
        const items = stories(count);
        const pages = paginate(items, pageSize, '/topik/x/');
        for (const page of pages) {
          const window = pageWindow(count, pageSize, page.number, '/topik/x/');
          expect(window).toBeDefined();
          const { offset, length, fromOldest } = window!;
          const read = fromOldest
            ? [...items]
                .reverse()
                .slice(offset, offset + length)
                .reverse()
            : items.slice(offset, offset + length);
          const { items: pageItems, ...links } = page;
          expect(read).toEqual(pageItems);
          expect(window!.page).toEqual(links);
        }
        // No page beyond them, nor a malformed number.
        for (const number of [0, -1, 1.5, pages.length, pages.length + 1]) expect(pageWindow(count, pageSize, number, '/topik/x/')).toBeUndefined();
      }),
    );
  });

  it('reads a deep page from the oldest end', () => {
    expect(pageWindow(1000, 20, 2, '/')).toMatchObject({ offset: 20, length: 20, fromOldest: true });
    expect(pageWindow(1000, 20, 48, '/')).toMatchObject({ offset: 40, length: 20, fromOldest: false });
  });
});
