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
  /** The stories' addresses, in the page's order. */
  stories: string[];
  /** The newest story's publication time (ms). */
  newest: number;
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
    const found = [...bytes.toString('utf8').matchAll(STORY)];
    if (found.length === 0) throw new Error(`${path}: no stories found: has the story card's markup changed?`);
    pages.set(`/${path}`, { bytes, stories: found.map((match) => match[1]!), newest: Math.max(...found.map((match) => timeOf(match[2]!))) });
  }
  return pages;
}

/** The listing a numbered page belongs to, by the address of its own page: `/topik/rusia/`. */
const listingOf = (path: string): string => path.replace(NUMBERED, '/');

/** The page numbered one above `path` in the same listing. */
const above = (path: string): string => path.replace(NUMBERED, (whole, number: string) => whole.replace(`halaman/${number}/`, `halaman/${Number(number) + 1}/`));

export interface KeptPages {
  /** Pages older than the change, with the same bytes. */
  kept: string[];
  /**
   * Pages older than the change whose bytes differ although their stories are the same: only
   * a listing's highest numbered page, when the page above it came or went, which moves its
   * "Sebelumnya" link between that page and the listing's own.
   */
  relinked: string[];
  /** Pages older than the change that hold other stories or are gone: must be none. */
  broken: string[];
  /** Pages of a listing the changed story is on that held a story as new as it or newer, and are still there. */
  newer: string[];
}

/**
 * Sorts the numbered pages there were before a change to the story at `href`, published at
 * `time`, by what it did to them.
 */
export function pagesAfterChange(before: NumberedPages, after: NumberedPages, href: string, time: number): KeptPages {
  const result: KeptPages = { kept: [], relinked: [], broken: [], newer: [] };
  const holding = new Set([...before, ...after].filter(([, page]) => page.stories.includes(href)).map(([path]) => listingOf(path)));
  for (const [path, page] of before) {
    const now = after.get(path);
    if (page.newest >= time) {
      if (now && holding.has(listingOf(path))) result.newer.push(path);
      continue;
    }
    if (now?.bytes.equals(page.bytes)) result.kept.push(path);
    else if (now && now.stories.join() === page.stories.join() && before.has(above(path)) !== after.has(above(path))) result.relinked.push(path);
    else result.broken.push(path);
  }
  return result;
}
