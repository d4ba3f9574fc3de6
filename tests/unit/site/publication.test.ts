import { describe, expect, it } from 'vitest';
import { isShown, publicationStatus } from '../../../src/lib/site/publication.ts';
import { parseArticleDate } from '../../../src/lib/utils/dates.ts';

const day = (iso: string) => parseArticleDate(iso, 'Asia/Jakarta')!;
// 01:00 on 5 March in Jakarta, still 4 March in UTC and in Los Angeles.
const now = Date.parse('2024-03-04T18:00:00Z');

describe('publication', () => {
  it('knows drafts, scheduled and published articles by the absolute moment', () => {
    expect(publicationStatus({ draft: true, date: day('2020-01-01') }, now)).toBe('draft');
    expect(publicationStatus({ draft: false, date: day('2024-03-05') }, now)).toBe('published');
    expect(publicationStatus({ draft: false, date: day('2024-03-06') }, now)).toBe('scheduled');
    expect(publicationStatus({ draft: false, date: day('2024-03-05T01:30:00+07:00') }, now)).toBe('scheduled');
  });

  it('shows only published articles in production, unless scheduled ones are asked for', () => {
    const production = { now, dev: false, includeScheduled: false };
    expect(isShown({ draft: false, date: day('2024-03-05') }, production)).toBe(true);
    expect(isShown({ draft: false, date: day('2024-03-06') }, production)).toBe(false);
    expect(isShown({ draft: false, date: day('2024-03-06') }, { ...production, includeScheduled: true })).toBe(true);
    expect(isShown({ draft: true, date: day('2024-03-01') }, { ...production, includeScheduled: true })).toBe(false);
  });

  it('shows everything in the dev server', () => {
    expect(isShown({ draft: true, date: day('2030-01-01') }, { now, dev: true, includeScheduled: false })).toBe(true);
  });
});
