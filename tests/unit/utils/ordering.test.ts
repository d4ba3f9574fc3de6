import { describe, expect, it } from 'vitest';
import { compareNewestFirst, newestFirst } from '../../../src/lib/utils/ordering.ts';

const story = (slug: string, time: number) => ({ slug, date: { time } });

describe('newestFirst', () => {
  it('orders by date, newest first', () => {
    expect(newestFirst([story('a', 1), story('b', 3), story('c', 2)], (s) => s).map((s) => s.slug)).toEqual(['b', 'c', 'a']);
  });

  it('orders stories of the same moment by slug in code-unit order, as an index reads them', () => {
    // Code units: digits before capitals before lowercase; "b-2" before "b2" ('-' < '2').
    const same = ['b2', 'a', 'b-2', 'B', '10', '9'].map((slug) => story(slug, 5));
    expect(newestFirst(same, (s) => s).map((s) => s.slug)).toEqual(['10', '9', 'B', 'a', 'b-2', 'b2']);
  });

  it('is a total order: equal only for the same slug', () => {
    expect(compareNewestFirst(story('x', 1), story('x', 1))).toBe(0);
    expect(Math.sign(compareNewestFirst(story('x', 1), story('y', 1)))).toBe(-1);
    expect(Math.sign(compareNewestFirst(story('y', 1), story('x', 1)))).toBe(1);
  });
});
