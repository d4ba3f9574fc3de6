import type { ArticleDate } from './dates.ts';

interface Dated {
  date: ArticleDate;
  title: string;
}

/** Newest first; a stable tie-break on the headline keeps builds reproducible. */
export function newestFirst<T>(items: readonly T[], dataOf: (item: T) => Dated): T[] {
  return [...items].sort((a, b) => {
    const [x, y] = [dataOf(a), dataOf(b)];
    return y.date.time - x.date.time || x.title.localeCompare(y.title);
  });
}
