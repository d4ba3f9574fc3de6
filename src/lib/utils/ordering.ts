/** A story as ordered: its moment (an ArticleDate's `time`) and its slug. */
export interface Dated {
  date: { readonly time: number };
  slug: string;
}

/**
 * Newest first; stories of the same moment by slug, compared by code unit. The slug, not the
 * headline: a database can read this order straight from an index (server mode reads listings a
 * page at a time: src/lib/store/listing-rows.ts), and a locale's collation differs between
 * engines. Slugs are unique, so the order is total and builds are reproducible.
 */
export function compareNewestFirst(x: Dated, y: Dated): number {
  return y.date.time - x.date.time || (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0);
}

export function newestFirst<T>(items: readonly T[], dataOf: (item: T) => Dated): T[] {
  return [...items].sort((a, b) => compareNewestFirst(dataOf(a), dataOf(b)));
}
