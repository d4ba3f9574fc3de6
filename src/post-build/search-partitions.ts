/**
 * How the search index is split (docs/decisions/002-search-index-partitions.md): by the year an
 * article was published, since a story keeps its year for life, so a new or corrected story
 * re-indexes the partition of its year and leaves the others as they were.
 * - A year larger than Pagefind can index within the memory budget (`limit`) is cut into runs
 *   in order of month, then name: new stories land in the newest month and change only the
 *   year's last run.
 * - Years too small to rank well alone are joined, oldest first, into partitions of at least
 *   `minimum` pages: Pagefind ranks each partition by its own word statistics, and merged
 *   results are sorted by those scores, so small partitions rank unlike one index would (in a
 *   300-article site of 50-article years, "Catatan 10" came second to "Catatan 107"). A site
 *   below `minimum` keeps one index, exactly as without partitions.
 * Pure: the build reads the pages and hands this module their dates.
 */

/** One built article page, as the partitioning sees it. */
export interface IndexedPage {
  /** Relative to the build's root: `berita/<slug>/index.html`. */
  path: string;
  /** `YYYY-MM` of publication, in the site's time zone. */
  month: string;
}

export interface SearchPartition {
  /** `2024`; `2020-2023` for years joined; `2024-1`, `2024-2`… for the runs of a large year. */
  key: string;
  /** In name order. */
  pages: string[];
}

/**
 * Pages a partition should hold at least, where the memory budget allows: with a few thousand
 * stories, a partition's word statistics are close to the whole archive's.
 */
export const MIN_PARTITION_PAGES = 2_000;

/**
 * The partitions of `pages`, newest first, each of at most `limit` pages. A site without
 * articles still gets one (empty) partition: the search page always loads a bundle.
 */
export function planPartitions(pages: readonly IndexedPage[], limit: number, minimum = MIN_PARTITION_PAGES): SearchPartition[] {
  const groups: SearchPartition[][] = [];
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
  if (groups.length === 0) return [{ key: 'kosong', pages: [] }];
  return groups.reverse().map((group) => ({
    key: group.length === 1 ? group[0]!.key : `${group[0]!.key}-${group.at(-1)!.key}`,
    pages: group.flatMap((unit) => unit.pages).sort(),
  }));
}

const pageCount = (units: readonly SearchPartition[]): number => units.reduce((sum, unit) => sum + unit.pages.length, 0);

/** Each year, or the runs of a year above `limit`, oldest first. */
function yearUnits(pages: readonly IndexedPage[], limit: number): SearchPartition[] {
  const byYear = Map.groupBy(pages, (page) => page.month.slice(0, 4));
  const units: SearchPartition[] = [];
  for (const year of [...byYear.keys()].sort()) {
    const yearPages = byYear.get(year)!;
    if (yearPages.length <= limit) {
      units.push({ key: year, pages: yearPages.map((page) => page.path) });
      continue;
    }
    const inOrder = yearPages.toSorted((a, b) => byCodeUnits(a.month, b.month) || byCodeUnits(a.path, b.path));
    for (let start = 0; start < inOrder.length; start += limit) {
      units.push({ key: `${year}-${start / limit + 1}`, pages: inOrder.slice(start, start + limit).map((page) => page.path) });
    }
  }
  return units;
}

/** Locale-free, so that every machine cuts the same runs. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `YYYY-MM` from an article page's `article:published_time`, which carries the site's time zone. */
export function publishedMonth(html: string): string | undefined {
  return /<meta property="article:published_time" content="(\d{4}-\d{2})-/.exec(html)?.[1];
}

/**
 * What Pagefind reads of a page, and so what its index entry depends on: the page's language,
 * every element marked `data-pagefind-body` (ignored parts included: Pagefind drops them, but
 * a change of marking changes the entry) and every tag that sets Pagefind metadata, filters or
 * sorting. The rest of the page (neighbours, related stories, head) changes without touching
 * the index, and must not re-index a year. A page without a body mark is read whole, as
 * Pagefind does.
 */
export function indexedContent(html: string): string {
  const lang = /<html[^>]*\blang="([^"]*)"/.exec(html)?.[1] ?? '';
  const bodies: string[] = [];
  for (const mark of html.matchAll(/data-pagefind-body\b/g)) {
    const start = html.lastIndexOf('<', mark.index);
    bodies.push(elementAt(html, start));
  }
  if (bodies.length === 0) return `${lang}\0${html}`;
  // Metadata, filters and sorting take their value from the attribute or the element's text.
  const settings = [...html.matchAll(/<[^>]*\bdata-pagefind-(?:meta|filter|sort|default-meta|index-attrs)\b[^>]*>/g)].map((tag) => elementAt(html, tag.index));
  return [lang, ...bodies, ...settings].join('\0');
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
