import { dateFormatter, type ArticleDate } from './dates.ts';

const YEAR_AND_MONTH: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric' };

/** The calendar month (1–12) of a date in the site's zone. */
export function monthOf(date: ArticleDate, timeZone: string): { year: number; month: number } {
  const parts = dateFormatter(YEAR_AND_MONTH, 'en-US', timeZone).formatToParts(date.time);
  return { year: Number(parts.find((p) => p.type === 'year')!.value), month: Number(parts.find((p) => p.type === 'month')!.value) };
}
