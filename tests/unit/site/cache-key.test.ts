import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cacheKey, stableSerialize, type KeyPart } from '../../../src/lib/site/cache-key.ts';

describe('stableSerialize', () => {
  it('writes object properties in one order, whatever order they were set in', () => {
    expect(stableSerialize({ b: 1, a: [true, 'x'] })).toBe('{"a":[true,"x"],"b":1}');
    expect(stableSerialize({ a: [true, 'x'], b: 1 })).toBe(stableSerialize({ b: 1, a: [true, 'x'] }));
  });

  it('leaves out undefined properties, as JSON does, but keeps undefined array items apart from null', () => {
    expect(stableSerialize({ a: 1, b: undefined })).toBe(stableSerialize({ a: 1 }));
    expect(stableSerialize([undefined])).not.toBe(stableSerialize([null]));
  });

  it('tells Infinity from null and from the string "Infinity"', () => {
    expect(stableSerialize(Infinity)).not.toBe(stableSerialize(null));
    expect(stableSerialize(Infinity)).not.toBe(stableSerialize('Infinity'));
  });

  it('is JSON that reads back as the value, the same for a copy built in reverse key order', () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([key, field]) => [key, reversed(field)]),
            )
          : value;
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = stableSerialize(value as KeyPart);
        expect(JSON.parse(text)).toEqual(value);
        expect(stableSerialize(reversed(value) as KeyPart)).toBe(text);
      }),
    );
  });
});

describe('cacheKey', () => {
  it('is a stable 32-digit hex digest', () => {
    expect(cacheKey('a', { n: 1 })).toMatch(/^[0-9a-f]{32}$/);
    expect(cacheKey('a', { n: 1 })).toBe(cacheKey('a', { n: 1 }));
  });

  it('changes when any part changes, and with the parts’ order', () => {
    const base = cacheKey('site', { title: 'Satu', tags: ['a', 'b'] });
    expect(cacheKey('site', { title: 'Dua', tags: ['a', 'b'] })).not.toBe(base);
    expect(cacheKey('site', { title: 'Satu', tags: ['b', 'a'] })).not.toBe(base);
    expect(cacheKey({ title: 'Satu', tags: ['a', 'b'] }, 'site')).not.toBe(base);
  });

  it('does not confuse parts whose texts run together', () => {
    expect(cacheKey('ab', 'c')).not.toBe(cacheKey('a', 'bc'));
  });
});
