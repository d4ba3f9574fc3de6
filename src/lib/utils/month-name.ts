import { dateFormatter } from './dates.ts';

const MONTH_AND_YEAR: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };

/** "Februari 2023": a calendar month as readers say it. */
export function monthName(year: number, month: number, locale: string): string {
  // Noon UTC on the 15th is the same month in every time zone.
  return dateFormatter(MONTH_AND_YEAR, locale, 'UTC').format(Date.UTC(year, month - 1, 15, 12));
}
