import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/import/errors.ts';
import { LayoutState } from '../../../src/lib/import/layout-state.ts';

describe('layout state', () => {
  it('places blank units and the first unit with text as the headline, and refuses an empty scrape', () => {
    const state = new LayoutState(['', 'Judul', '', 'Teks.']);
    expect(state.headlineAt).toBe(1);
    expect(state.placements).toEqual(['blank', 'headline', 'blank', undefined]);
    expect(state.openIndexes()).toEqual([3]);
    expect(() => new LayoutState(['', ''])).toThrow(ImportError);
  });

  it('finds the nearest neighbour past blanks and dropped units, only while it has no place', () => {
    const state = new LayoutState(['Judul', 'Satu.', '', 'ADVERTISEMENT', 'Dua.', 'Tiga.']);
    state.drop('ad marker', 3);
    expect(state.neighbour(1, 1)).toBe(4);
    expect(state.neighbour(4, -1)).toBe(1);
    state.place('body', 1);
    expect(state.neighbour(4, -1)).toBeUndefined();
    expect(state.neighbour(5, 1)).toBeUndefined();
    expect(state.notes).toEqual([{ kind: 'dropped', rule: 'ad marker', index: 3 }]);
  });

  it('sees nothing after a unit when only placed units, tag lines and a promo link follow', () => {
    const state = new LayoutState(['Judul', 'Teks pertama yang panjang.', 'Teks kedua yang panjang.', 'prabowo subianto', 'Selengkapnya']);
    expect(state.nothingAfter(2)).toBe(true);
    expect(state.nothingAfter(1)).toBe(false);
    state.place('body', 2);
    expect(state.nothingAfter(1)).toBe(true);
  });
});
