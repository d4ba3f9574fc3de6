import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastSearchRowUpTo, ROWS_PER_MOMENT, searchPagePlan, searchRowsOf } from '../../../src/lib/store/search-order.ts';

describe('search rows in date order', () => {
  it('gives each millisecond its own run of rows, in the order of the moments, before and after 1970', () => {
    const moments = [-30_000_000_000_000, -1, 0, 1, Date.UTC(2025, 11, 31), 8_640_000_000_000_000];
    const rows = moments.map(searchRowsOf);
    for (const { first, last } of rows) expect(last - first + 1n).toBe(ROWS_PER_MOMENT);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.first).toBeGreaterThan(rows[i - 1]!.last);
    expect(rows.at(-1)!.last).toBeLessThan(2n ** 63n);
  });

  it('bounds a search up to a moment at that moment’s last row', () => {
    expect(lastSearchRowUpTo(5)).toBe(searchRowsOf(5).last);
    expect(lastSearchRowUpTo(5)).toBeLessThan(searchRowsOf(6).first);
    expect(lastSearchRowUpTo(undefined)).toBe(2n ** 63n - 1n);
  });
});

describe('searchPagePlan', () => {
  it('takes a page from the ranked part, the dated part, or both', () => {
    expect(searchPagePlan(0, 20, 100)).toEqual({ ranked: { offset: 0, limit: 20 } });
    expect(searchPagePlan(90, 20, 100)).toEqual({ ranked: { offset: 90, limit: 10 }, dated: { offset: 100, limit: 10 } });
    expect(searchPagePlan(100, 20, 100)).toEqual({ dated: { offset: 100, limit: 20 } });
  });

  it('walks every result once, page after page, whatever the window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 400 }), (limit, window, total) => {
        const places: number[] = [];
        for (let offset = 0; offset < total; offset += limit) {
          const { ranked, dated } = searchPagePlan(offset, limit, window);
          const end = Math.min(offset + limit, total);
          if (ranked) for (let place = ranked.offset; place < ranked.offset + ranked.limit && place < end; place++) places.push(place);
          if (dated) for (let place = dated.offset; place < dated.offset + dated.limit && place < end; place++) places.push(place);
        }
        expect(places).toEqual(Array.from({ length: total }, (_, place) => place));
      }),
    );
  });
});
