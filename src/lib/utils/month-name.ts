import { dateFormatter } from './dates.ts';

/** "Februari 2023": a calendar month as readers say it. */
export function monthName(year: number, month: number, locale: string): string {
  // Noon UTC on the 15th is the same month in every time zone.
  return dateFormatter(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 15, 12));
}
