/**
 * The order server mode's search gives what it finds (docs/decisions/024-search-ranks-the-newest.md):
 * the newest RANKED_WINDOW matches by relevance, then every older match newest first. Ranking
 * every match made a search's time grow with the archive (bm25 and a sort over each of them: a
 * word in every story took 180 ms at 200,000 stories); ranking a fixed number of them reads
 * that many rows, whatever the archive holds, and a newsroom's reader looks for the recent story
 * first. The number of matches stays exact.
 *
 * SQLite's FTS5 reads a word's stories in rowid order alone, so the index's rowid is the story's
 * moment with room for stories of the same millisecond (`searchRowFor`): the newest matches are
 * then the first ones FTS5 reads, and "dated up to a moment" is a rowid bound it applies itself.
 */

/** The matches a search ranks by relevance: fifty pages of results. */
export const RANKED_WINDOW = 1_000;

/** Index rows a millisecond holds: stories dated the same moment get consecutive rows. */
export const ROWS_PER_MOMENT = 1024n;

/** The first and last index row of stories dated `publishedAt` (ms since the epoch). */
export function searchRowsOf(publishedAt: number): { first: bigint; last: bigint } {
  const first = BigInt(Math.floor(publishedAt)) * ROWS_PER_MOMENT;
  return { first, last: first + ROWS_PER_MOMENT - 1n };
}

/** The last index row a search up to `until` may find; every row without a bound. */
export function lastSearchRowUpTo(until: number | undefined): bigint {
  return until === undefined ? 2n ** 63n - 1n : searchRowsOf(until).last;
}

/** A slice of one of the two parts of the order, in places counted from the first result. */
export interface SearchSlice {
  offset: number;
  limit: number;
}

/**
 * Where a page of `limit` results from `offset` lies: in the ranked newest matches, among the
 * older matches (whose places in date order are their places among all results, the ranked
 * ones being the newest), or across both.
 */
export function searchPagePlan(offset: number, limit: number, window: number = RANKED_WINDOW): { ranked?: SearchSlice; dated?: SearchSlice } {
  const end = offset + limit;
  const plan: { ranked?: SearchSlice; dated?: SearchSlice } = {};
  if (offset < window) plan.ranked = { offset, limit: Math.min(end, window) - offset };
  if (end > window) plan.dated = { offset: Math.max(offset, window), limit: end - Math.max(offset, window) };
  return plan;
}
