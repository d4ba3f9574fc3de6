import { describe, expect, it } from 'vitest';
import { articleStatKey, isUnchanged, readFileStatRecord, settledStatKey, SETTLED_MS } from '../../../src/lib/content/file-stats.ts';

const NOW = Date.UTC(2026, 0, 1);
const stats = (agoMs: number, size = 100n, ino = 7n) => {
  const ns = BigInt(NOW - agoMs) * 1_000_000n + 123n;
  return { size, mtimeNs: ns, ctimeNs: ns, ino };
};

describe('settledStatKey', () => {
  it('gives the same key for the same stats and another for any difference', () => {
    const key = settledStatKey(stats(60_000), NOW);
    expect(key).toBe(settledStatKey(stats(60_000), NOW));
    expect(settledStatKey(stats(60_000, 101n), NOW)).not.toBe(key);
    expect(settledStatKey(stats(60_000, 100n, 8n), NOW)).not.toBe(key);
    expect(settledStatKey(stats(61_000), NOW)).not.toBe(key);
    expect(settledStatKey({ ...stats(60_000), ctimeNs: stats(30_000).ctimeNs }, NOW)).not.toBe(key);
  });

  it('trusts no file changed within the last moments, by either time', () => {
    expect(settledStatKey(stats(SETTLED_MS - 1), NOW)).toBeUndefined();
    expect(settledStatKey({ ...stats(60_000), ctimeNs: stats(10).ctimeNs }, NOW)).toBeUndefined();
    expect(settledStatKey(stats(SETTLED_MS), NOW)).toBeDefined();
  });
});

describe('readFileStatRecord', () => {
  const record = JSON.stringify({ fingerprint: 'f1', files: { 'a.md': ['k', 'd'] } });

  it('reads a record made with the same pipeline', () => {
    expect(readFileStatRecord(record, 'f1')).toEqual({ 'a.md': ['k', 'd'] });
  });

  it('ignores one made with another pipeline, a missing one and a broken one', () => {
    expect(readFileStatRecord(record, 'f2')).toEqual({});
    expect(readFileStatRecord(undefined, 'f1')).toEqual({});
    expect(readFileStatRecord('{', 'f1')).toEqual({});
    expect(readFileStatRecord('{"fingerprint":"f1"}', 'f1')).toEqual({});
  });
});

describe('isUnchanged', () => {
  it('needs the recorded stats and the digest the store still holds', () => {
    expect(isUnchanged(['k', 'd'], 'k', 'd')).toBe(true);
    expect(isUnchanged(['k', 'd'], 'other', 'd')).toBe(false);
    // The entry was replaced since (a broken edit in `astro dev` stores its problems, no digest).
    expect(isUnchanged(['k', 'd'], 'k', undefined)).toBe(false);
    expect(isUnchanged(['k', 'd'], 'k', 'd2')).toBe(false);
    expect(isUnchanged(undefined, 'k', 'd')).toBe(false);
    expect(isUnchanged(['k', 'd'], undefined, 'd')).toBe(false);
  });
});

describe('articleStatKey', () => {
  const story = (picture: ReturnType<typeof stats>) => ({ own: stats(60_000), bundle: [['foto.jpg', picture]] as const });

  it('changes with a picture of the bundle, though the story’s own file is the same', () => {
    expect(articleStatKey(story(stats(50_000)), NOW)).toBeDefined();
    expect(articleStatKey(story(stats(50_000, 200n)), NOW)).not.toBe(articleStatKey(story(stats(50_000)), NOW));
    expect(articleStatKey({ own: stats(60_000), bundle: [] }, NOW)).toBe(settledStatKey(stats(60_000), NOW));
  });

  it('is undefined while a picture was changed too recently to be trusted', () => {
    expect(articleStatKey(story(stats(SETTLED_MS - 1)), NOW)).toBeUndefined();
  });

  it('names each file, so a picture renamed is a change', () => {
    const renamed = { own: stats(60_000), bundle: [['lain.jpg', stats(50_000)]] as const };
    expect(articleStatKey(renamed, NOW)).not.toBe(articleStatKey(story(stats(50_000)), NOW));
  });
});
