/**
 * How the search index is split (docs/decisions/002-search-index-partitions.md): by the year an
 * article was published, since a story keeps its year for life, so a new or corrected story
 * re-indexes one year and leaves the archive's other partitions as they were. A year larger
 * than Pagefind can index within the memory budget is cut into runs of at most that size, in
 * order of month and then name: new stories land in the newest month, so they change only the
 * year's last run, and the runs stay as full as they can be (a partition of a handful of pages
 * ranks its pages by statistics of its own, unlike the rest). Pure: the build reads the pages
 * and hands this module their dates.
 */

/** One built article page, as the partitioning sees it. */
export interface IndexedPage {
  /** Relative to the build's root: `berita/<slug>/index.html`. */
  path: string;
  /** `YYYY-MM` of publication, in the site's time zone. */
  month: string;
}

export interface SearchPartition {
  /** `2024`, or `2024-1`, `2024-2`… for the runs of a year too large for one. */
  key: string;
  /** In name order. */
  pages: string[];
}

/**
 * The partitions of `pages`, newest first, each of at most `limit` pages. A site without
 * articles still gets one (empty) partition: the search page always loads a bundle.
 */
export function planPartitions(pages: readonly IndexedPage[], limit: number): SearchPartition[] {
  const byYear = Map.groupBy(pages, (page) => page.month.slice(0, 4));
  const partitions: SearchPartition[] = [];
  for (const [year, yearPages] of byYear) {
    if (yearPages.length <= limit) {
      partitions.push({ key: year, pages: yearPages.map((page) => page.path).sort() });
      continue;
    }
    const inOrder = yearPages.toSorted((a, b) => byCodeUnits(a.month, b.month) || byCodeUnits(a.path, b.path));
    for (let start = 0; start < inOrder.length; start += limit) {
      const run = inOrder.slice(start, start + limit).map((page) => page.path);
      partitions.push({ key: `${year}-${start / limit + 1}`, pages: run.sort() });
    }
  }
  partitions.sort((a, b) => compareKeys(b.key, a.key));
  return partitions.length > 0 ? partitions : [{ key: 'kosong', pages: [] }];
}

/** Locale-free, so that every machine cuts the same runs. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Orders `2024-10` after `2024-9`. */
function compareKeys(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

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
