import { describe, expect, it } from 'vitest';
import { lastResultFor } from '../../../src/lib/utils/last-result.ts';

describe('lastResultFor', () => {
  const counting = () => {
    let calls = 0;
    const memo = lastResultFor((items: readonly { n: number }[]) => ({ sum: items.reduce((total, { n }) => total + n, 0), call: ++calls }));
    return memo;
  };
  const a = { n: 1 };
  const b = { n: 2 };

  it('returns the kept result for the same items, in a new list', () => {
    const memo = counting();
    const first = memo([a, b]);
    expect(memo([a, b])).toBe(first);
    expect(first).toEqual({ sum: 3, call: 1 });
  });

  it('computes again when an item is replaced by an equal but new object (the store reloaded)', () => {
    const memo = counting();
    memo([a, b]);
    expect(memo([a, { n: 2 }])).toEqual({ sum: 3, call: 2 });
  });

  it('computes again when items are added, dropped or reordered', () => {
    const memo = counting();
    memo([a, b]);
    expect(memo([a, b, { n: 4 }]).call).toBe(2);
    expect(memo([a]).call).toBe(3);
    expect(memo([b, a]).call).toBe(4);
    expect(memo([]).call).toBe(5);
    expect(memo([]).call).toBe(5);
  });

  it('compares what identityOf picks, so wrappers made per call still match', () => {
    let calls = 0;
    const memo = lastResultFor(
      (_items: readonly { data: object }[]) => ++calls,
      (item) => item.data,
    );
    const data = {};
    memo([{ data }]);
    expect(memo([{ data }])).toBe(1);
    expect(memo([{ data: {} }])).toBe(2);
  });
});
