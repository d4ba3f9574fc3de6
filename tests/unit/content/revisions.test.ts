import { describe, expect, it } from 'vitest';
import { lastModified } from '../../../src/lib/content/revisions.ts';
import { parseArticleDate } from '../../../src/lib/utils/dates.ts';

const at = (iso: string) => parseArticleDate(iso, 'Asia/Jakarta')!;
const date = at('2024-03-01T08:00:00+07:00');

describe('lastModified', () => {
  it('is nothing for an article unchanged since it appeared, or "updated" the moment it did', () => {
    expect(lastModified({ date, corrections: [] })).toBeUndefined();
    expect(lastModified({ date, updated: date, corrections: [] })).toBeUndefined();
  });

  it('is the latest of updated, the corrections and the live updates', () => {
    const updated = at('2024-03-02T10:15:00+07:00');
    const correction = at('2024-03-03T09:30:00+07:00');
    expect(lastModified({ date, updated, corrections: [] })).toBe(updated);
    expect(lastModified({ date, updated, corrections: [{ date: correction }, { date: at('2024-03-01T15:00:00+07:00') }] })).toBe(correction);
    const newest = at('2024-03-04T07:00:00+07:00');
    expect(lastModified({ date, updated, corrections: [{ date: correction }], liveUpdates: [{ time: newest }, { time: updated }] })).toBe(newest);
  });
});
