/**
 * The numbered listing pages of a built site (`…/halaman/<n>/index.html`, counted from the
 * oldest story: src/lib/site/paginate.ts), read so a test can say which of them a change left
 * as they were (docs/decisions/014-stable-listing-pages.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../bench/lib/compare-output.ts';

export interface NumberedPage {
  bytes: Buffer;
  /** The stories' addresses and publication times (ms), in the page's order. */
  stories: { href: string; time: number }[];
}

/** Path (as Astro's log names it: `/topik/rusia/halaman/2/index.html`) → page. */
export type NumberedPages = ReadonlyMap<string, NumberedPage>;

const NUMBERED = /(?:^|\/)halaman\/(\d+)\/index\.html$/;
const STORY = /<li class="story"[^>]*>[\s\S]*?<a href="([^"]+)"[\s\S]*?<time datetime="([^"]+)"/g;

/** A card's `datetime`: a bare date is midnight in the site's zone (Asia/Jakarta, always +07:00). */
const timeOf = (datetime: string): number => Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(datetime) ? `${datetime}T00:00:00+07:00` : datetime);

export async function numberedPages(dir: string): Promise<NumberedPages> {
  const pages = new Map<string, NumberedPage>();
  for (const path of await listFiles(dir)) {
    if (!NUMBERED.test(path)) continue;
    const bytes = readFileSync(join(dir, path));
    const stories = [...bytes.toString('utf8').matchAll(STORY)].map((match) => ({ href: match[1]!, time: timeOf(match[2]!) }));
    if (stories.length === 0) throw new Error(`${path}: no stories found: has the story card's markup changed?`);
    pages.set(`/${path}`, { bytes, stories });
  }
  return pages;
}

/** The listing a numbered page belongs to, by the address of its own page: `/topik/rusia/`. */
const listingOf = (path: string): string => path.replace(NUMBERED, '/');

/** The page numbered one above `path` in the same listing. */
const above = (path: string): string => path.replace(NUMBERED, (whole, number: string) => whole.replace(`halaman/${number}/`, `halaman/${Number(number) + 1}/`));

const hrefs = (page: NumberedPage): string => page.stories.map(({ href }) => href).join();

export interface PagesAfterChange {
  /** Pages of stories older than the changed one, or of listings it is on no numbered page of, with the same bytes. */
  kept: string[];
  /**
   * Pages of older stories whose bytes differ although their stories are the same: only a
   * listing's highest numbered page, when the page above it came or went, which moves its
   * "Sebelumnya" link between that page and the listing's own.
   */
  relinked: string[];
  /** Pages of older stories (or of other listings) that hold other stories or are gone: must be none. */
  broken: string[];
  /** Pages there before and after, in a listing that holds the changed story on a numbered page, with a story as new as it or newer. */
  newer: string[];
  /** Pages there after the change only. */
  added: string[];
}

/**
 * Sorts the numbered pages there were before a change to the story at `href` by what the
 * change did to them. The story's time is its card's on a numbered page before or after; a
 * story on none (a new one, on its listings' own pages) is newer than every numbered page.
 */
export function pagesAfterChange(before: NumberedPages, after: NumberedPages, href: string): PagesAfterChange {
  const result: PagesAfterChange = { kept: [], relinked: [], broken: [], newer: [], added: [...after.keys()].filter((path) => !before.has(path)) };
  const holding = [...before, ...after].filter(([, page]) => page.stories.some((story) => story.href === href));
  const time = holding.flatMap(([, page]) => page.stories).find((story) => story.href === href)?.time ?? Infinity;
  const listings = new Set(holding.map(([path]) => listingOf(path)));
  for (const [path, page] of before) {
    const now = after.get(path);
    // Pages of other listings, and older pages of the story's own, must be as they were.
    if (listings.has(listingOf(path)) && Math.max(...page.stories.map((story) => story.time)) >= time) {
      if (now) result.newer.push(path);
      continue;
    }
    if (now?.bytes.equals(page.bytes)) result.kept.push(path);
    else if (now && hrefs(now) === hrefs(page) && before.has(above(path)) !== after.has(above(path))) result.relinked.push(path);
    else result.broken.push(path);
  }
  return result;
}
