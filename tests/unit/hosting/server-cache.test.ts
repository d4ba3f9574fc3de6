import { describe, expect, it } from 'vitest';
import { cacheControl, cacheLifetime, STALE_IF_ERROR } from '../../../src/lib/hosting/server-cache.ts';

const NOW = Date.parse('2024-06-01T00:00:00Z');
const ago = (seconds: number) => NOW - seconds * 1000;

describe('cacheLifetime', () => {
  it('keeps open live coverage shortest, listings a minute', () => {
    expect(cacheLifetime({ kind: 'story', publishedAt: ago(10 * 86_400), liveOpen: true }, NOW)).toEqual({ maxAge: 15, swr: 15, staleIfError: STALE_IF_ERROR });
    expect(cacheLifetime({ kind: 'listing' }, NOW).maxAge).toBe(60);
  });

  it('keeps a story longer the older its last change', () => {
    const story = (seconds: number, updated?: number) =>
      cacheLifetime({ kind: 'story', publishedAt: ago(seconds), updatedAt: updated === undefined ? undefined : ago(updated), liveOpen: false }, NOW).maxAge;
    expect(story(3_600)).toBe(300);
    expect(story(2 * 86_400)).toBe(3_600);
    expect(story(90 * 86_400)).toBe(86_400);
    // An old story corrected an hour ago is fresh news again.
    expect(story(90 * 86_400, 3_600)).toBe(300);
    // A story dated ahead of the clock is as new as one published now.
    expect(story(-3_600)).toBe(300);
  });

  it('never gets shorter as a story ages', () => {
    let previous = 0;
    for (let days = 0; days <= 400; days += 1) {
      const { maxAge } = cacheLifetime({ kind: 'story', publishedAt: ago(days * 86_400), liveOpen: false }, NOW);
      expect(maxAge).toBeGreaterThanOrEqual(previous);
      previous = maxAge;
    }
  });
});

describe('cacheControl', () => {
  it('writes max-age, stale-while-revalidate and stale-if-error', () => {
    expect(cacheControl({ maxAge: 60, swr: 30, staleIfError: 86_400 })).toBe('public, max-age=60, stale-while-revalidate=30, stale-if-error=86400');
  });
});
