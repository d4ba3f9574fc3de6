/**
 * How the search index is split (docs/decisions/002-search-index-partitions.md, and
 * docs/decisions/015-hot-search-partition.md for the newest partition): by the year an article
 * was published, since a story keeps its year for life, so a new or corrected story re-indexes
 * the partition of its year and leaves the others as they were.
 * - A year larger than Pagefind can index within the memory budget (`limit`) is cut into runs
 *   in order of publication, then name: new stories come last and change only the year's last run.
 * - Years too small to rank well alone are joined, oldest first, into partitions of at least
 *   `minimum` pages: Pagefind ranks each partition by its own word statistics, and merged
 *   results are sorted by those scores, so small partitions rank unlike one index would (in a
 *   300-article site of 50-article years, "Catatan 10" came second to "Catatan 107"). A site
 *   below `minimum` keeps one index, exactly as without partitions.
 * - The newest partition, where every new story lands, is cut again from its oldest page into
 *   runs of `minimum` pages, then runs of `hot` pages; what is left, fewer than `hot` and never
 *   none, is the hot partition. Publishing re-indexes the hot partition alone until it grows
 *   past `hot`, when it becomes a run of its own (and `minimum / hot` short runs become one long
 *   one): a compaction, as in a log-structured merge tree, that needs no state, since the
 *   runs follow from the pages alone and two builds of the same pages cut the same runs.
 * Every partition is a stretch of the archive in order of publication, newest first, so that
 * searching them in turn lists the newest stories first (src/browser/partitioned-search.ts).
 * Pure: the build reads the pages and hands this module their dates.
 */

/** One built article page, as the partitioning sees it. */
export interface IndexedPage {
  /** Relative to the build's root: `berita/<slug>/index.html`. */
  path: string;
  /** `YYYY` of publication, in the site's time zone. */
  year: string;
  /** The moment of publication, in seconds since 1970. */
  time: number;
}

export interface SearchPartition {
  /**
   * `2024`; `2020-2023` for years joined; `2024-1`, `2024-2`… for the runs of a large year;
   * `2024.0`, `2024.2000`… for the runs of the newest partition, by the place of their first
   * page in it, so that a run keeps its key, and its cached index, for as long as it exists.
   */
  key: string;
  /** In name order. */
  pages: string[];
}

/**
 * Pages a partition should hold at least, where the memory budget allows: with a few thousand
 * stories, a partition's word statistics are close to the whole archive's.
 */
export const MIN_PARTITION_PAGES = 2_000;

export interface PartitionSizes {
  /** Most pages in one partition: Pagefind's memory budget (settings.searchShardPages). */
  limit: number;
  /** Fewest pages in a partition, where `limit` allows; the length of the newest partition's long runs. */
  minimum?: number;
  /** Most pages in the hot partition, and the length of the newest partition's short runs (settings.searchHotPages). */
  hot: number;
}

/**
 * The partitions of `pages`, newest first, each of at most `limit` pages: the hot partition
 * first (the bundle the search page loads). A site without articles still gets one (empty)
 * partition: the search page always loads a bundle.
 */
export function planPartitions(pages: readonly IndexedPage[], { limit, minimum = MIN_PARTITION_PAGES, hot }: PartitionSizes): SearchPartition[] {
  const groups: Unit[][] = [];
  let size = 0;
  for (const unit of yearUnits(pages, limit)) {
    const current = groups.at(-1);
    if (!current || size >= minimum || size + unit.pages.length > limit) {
      groups.push([unit]);
      size = unit.pages.length;
    } else {
      current.push(unit);
      size += unit.pages.length;
    }
  }
  // The newest years, still too few, join the partition before theirs while both fit in one.
  const previous = groups.at(-2);
  if (previous && size < minimum && pageCount(previous) + size <= limit) groups.splice(-2, 2, [...previous, ...groups.at(-1)!]);
  const newest = groups.pop();
  if (!newest) return [{ key: 'kosong', pages: [] }];
  const runLength = Math.min(minimum, limit);
  // A site smaller than one long run keeps one index, as 002 promised: short runs would rank it badly.
  const recent = pages.length < runLength ? [joined(newest)] : cutRuns(newest, runLength, hot);
  return [...recent, ...groups.reverse().map(joined)];
}

/** A year, or a run of a large year: its pages in order of publication. */
interface Unit {
  key: string;
  pages: IndexedPage[];
}

const pageCount = (units: readonly Unit[]): number => units.reduce((sum, unit) => sum + unit.pages.length, 0);

/** Units joined into one partition, keyed by the first and last. */
function joined(group: readonly Unit[]): SearchPartition {
  return {
    key: group.length === 1 ? group[0]!.key : `${group[0]!.key}-${group.at(-1)!.key}`,
    pages: byName(group.flatMap((unit) => unit.pages)),
  };
}

/**
 * The newest partition cut into runs of `long`, then of `short` pages, from its oldest page,
 * and the rest: newest first. The rest keeps at least one page, since it is the bundle the search
 * page loads and Pagefind cannot load an empty one. Keys start with the first unit's key, which
 * stays the same when a new year joins the partition.
 */
function cutRuns(group: readonly Unit[], long: number, short: number): SearchPartition[] {
  const inOrder = group.flatMap((unit) => unit.pages);
  const stem = group[0]!.key;
  const runs: SearchPartition[] = [];
  let start = 0;
  for (const length of [long, short]) {
    for (; inOrder.length - start > length; start += length) runs.push({ key: `${stem}.${start}`, pages: byName(inOrder.slice(start, start + length)) });
  }
  runs.push({ key: `${stem}.${start}`, pages: byName(inOrder.slice(start)) });
  return runs.reverse();
}

/** Each year, or the runs of a year above `limit`, oldest first, each in order of publication. */
function yearUnits(pages: readonly IndexedPage[], limit: number): Unit[] {
  const byYear = Map.groupBy(pages, (page) => page.year);
  const units: Unit[] = [];
  for (const year of [...byYear.keys()].sort()) {
    const inOrder = byYear.get(year)!.toSorted((a, b) => a.time - b.time || byCodeUnits(a.path, b.path));
    if (inOrder.length <= limit) {
      units.push({ key: year, pages: inOrder });
      continue;
    }
    for (let start = 0; start < inOrder.length; start += limit) units.push({ key: `${year}-${start / limit + 1}`, pages: inOrder.slice(start, start + limit) });
  }
  return units;
}

/** Pages in name order, the order they are handed to Pagefind in (search-index.ts). */
const byName = (pages: readonly IndexedPage[]): string[] => pages.map((page) => page.path).sort(byCodeUnits);

/** Locale-free, so that every machine cuts the same runs. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The year (in the site's time zone) and moment of publication, from an article page's
 * `article:published_time`, which carries the site's offset.
 */
export function publishedAt(html: string): Pick<IndexedPage, 'year' | 'time'> | undefined {
  const content = /<meta property="article:published_time" content="((\d{4})-[^"]*)"/.exec(html);
  const time = content ? Date.parse(content[1]!) : Number.NaN;
  return Number.isNaN(time) ? undefined : { year: content![2]!, time: Math.floor(time / 1000) };
}

/**
 * What Pagefind reads of a page, as a document of its own: the page's language, every element
 * marked `data-pagefind-body` (ignored parts included: Pagefind drops them, but a change of
 * marking changes the entry) and every tag outside them that sets Pagefind metadata, filters or
 * sorting, in the page's order. Pagefind indexes it exactly as the page (byte for byte the same
 * index, tests/unit/post-build/search-partitions.test.ts), so the build hands it this instead
 * of the page: an article page is a fifth of its size without the inline styles, header and
 * neighbours, and 3,000 of them index 1.4 s faster. It is also what a page's entry is keyed by:
 * the rest of the page (neighbours, related stories, head) changes without touching the index,
 * and must not re-index a year. A page without a body mark is read whole, as Pagefind does.
 */
export function indexedDocument(html: string): string {
  const lang = /<html[^>]*\blang="([^"]*)"/.exec(html)?.[1];
  const taken: { start: number; element: string }[] = [];
  const inTaken = (at: number) => taken.some(({ start, element }) => at >= start && at < start + element.length);
  for (const mark of html.matchAll(/data-pagefind-body\b/g)) {
    const start = html.lastIndexOf('<', mark.index);
    if (!inTaken(start)) taken.push({ start, element: elementAt(html, start) });
  }
  if (taken.length === 0) return html;
  // Metadata, filters and sorting take their value from the attribute or the element's text.
  for (const tag of html.matchAll(/<[^>]*\bdata-pagefind-(?:meta|filter|sort|default-meta|index-attrs)\b[^>]*>/g)) {
    if (!inTaken(tag.index)) taken.push({ start: tag.index, element: elementAt(html, tag.index) });
  }
  const parts = taken.sort((a, b) => a.start - b.start).map(({ element }) => element);
  return `<!DOCTYPE html><html${lang === undefined ? '' : ` lang="${lang}"`}><head></head><body>${parts.join('')}</body></html>`;
}

/** Elements without an end tag, such as a `<meta data-pagefind-meta>`. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** The element whose opening tag starts at `start`, up to its matching end tag. */
function elementAt(html: string, start: number): string {
  const name = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start, start + 64))?.[1];
  if (!name) return html.slice(start);
  if (VOID_ELEMENTS.has(name.toLowerCase())) return html.slice(start, html.indexOf('>', start) + 1);
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, tag.index + tag[0].length);
  }
  return html.slice(start);
}
