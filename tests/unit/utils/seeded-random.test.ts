import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/lib/utils/seeded-random.ts';

describe('createRandom', () => {
  it('draws the same numbers for the same seed, and others for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed));
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('draws in [0, 1), spread over the whole range', () => {
    const random = createRandom(0x5eed_2023);
    const draws = Array.from({ length: 10_000 }, random);
    expect(draws.every((value) => value >= 0 && value < 1)).toBe(true);
    const tenths = new Set(draws.map((value) => Math.floor(value * 10)));
    expect(tenths.size).toBe(10);
    const mean = draws.reduce((sum, value) => sum + value, 0) / draws.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.02);
  });
});
