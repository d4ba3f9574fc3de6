import { describe, expect, it } from 'vitest';
import { inBatches } from '../../../src/lib/utils/in-batches.ts';

describe('inBatches', () => {
  it('keeps results in order and never runs more than `size` at once', async () => {
    let running = 0;
    let most = 0;
    const results = await inBatches([5, 1, 4, 2, 3], 2, async (delay) => {
      most = Math.max(most, ++running);
      await new Promise((done) => setTimeout(done, delay));
      running--;
      return delay * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });
});
