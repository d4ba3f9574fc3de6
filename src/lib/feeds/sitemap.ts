/**
 * The site's sitemaps (sitemaps.org protocol 0.9): the pages in groups that stay put when a
 * story is published (src/data/sitemaps.ts makes them: articles by year, listings by kind),
 * each group cut into files the protocol allows, and an index naming every file. Each file is
 * a page of its own with its own cache key, so one new story rewrites its group's last file
 * and the index, nothing else (docs/decisions/010-sitemaps.md).
 *
 * Written here rather than with the `sitemap` package: its object streams took 0.4–0.8 s for
 * 20,000 URLs where this takes under 0.1 s, for the same bytes, and the size limit below needs
 * the exact length of each entry.
 */
import { escapeXml } from '../utils/xml.ts';

/** At most this many URLs in one sitemap file (sitemaps.org). */
export const SITEMAP_URL_LIMIT = 50_000;
/** At most this many bytes in one sitemap file, uncompressed: 50 MiB (sitemaps.org). */
export const SITEMAP_BYTE_LIMIT = 50 * 1024 * 1024;

export interface SitemapEntry {
  /** An absolute URL. */
  loc: string;
  /** When it last changed, ms since the epoch; none for pages without a date of their own. */
  lastmod?: number | undefined;
}

/** A set of pages that share a file until it is full. */
export interface SitemapGroup {
  /** The file's name part: `berita-2024` is `sitemap-berita-2024.xml`. */
  name: string;
  /** In a stable order, oldest first where there are dates: a full group grows a new file at its end. */
  entries: readonly SitemapEntry[];
}

/** One sitemap file: its group's name, then `-2`, `-3`… for the runs after the first. */
export interface SitemapChunk {
  name: string;
  entries: readonly SitemapEntry[];
  /** The newest `lastmod` of its entries, for the index; none when no entry has one. */
  lastmod?: number | undefined;
}

export interface SitemapLimits {
  urls: number;
  bytes: number;
}

const URLSET_OPEN = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
const URLSET_CLOSE = '</urlset>\n';
const INDEX_OPEN = '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
const INDEX_CLOSE = '</sitemapindex>\n';

/** The entry's `<loc>` and `<lastmod>` (W3C datetime, UTC), escaped: the inside of a `<url>` or a `<sitemap>`. */
function locAndLastmod({ loc, lastmod }: SitemapEntry): string {
  return `<loc>${escapeXml(loc)}</loc>${lastmod === undefined ? '' : `<lastmod>${new Date(lastmod).toISOString()}</lastmod>`}`;
}

function urlElement(entry: SitemapEntry): string {
  return `<url>${locAndLastmod(entry)}</url>`;
}

/** A `<urlset>` file of the entries, in the order given. */
export function urlsetXml(entries: readonly SitemapEntry[]): string {
  return URLSET_OPEN + entries.map(urlElement).join('') + URLSET_CLOSE;
}

/** A `<sitemapindex>` file naming each sitemap file (`loc`) with the newest change in it (`lastmod`). */
export function sitemapIndexXml(sitemaps: readonly SitemapEntry[]): string {
  return INDEX_OPEN + sitemaps.map((sitemap) => `<sitemap>${locAndLastmod(sitemap)}</sitemap>`).join('') + INDEX_CLOSE;
}

function newest(entries: readonly SitemapEntry[]): number | undefined {
  let latest: number | undefined;
  for (const { lastmod } of entries) if (lastmod !== undefined && (latest === undefined || lastmod > latest)) latest = lastmod;
  return latest;
}

/**
 * Cuts each group, in order, into runs that fit one file: a run ends before the entry that
 * would take it past `limits.urls` URLs or `limits.bytes` bytes. Empty groups make no file.
 * Throws when two files would share a name, or one URL alone does not fit a file.
 */
export function sitemapChunks(groups: readonly SitemapGroup[], limits: SitemapLimits = { urls: SITEMAP_URL_LIMIT, bytes: SITEMAP_BYTE_LIMIT }): SitemapChunk[] {
  const frame = Buffer.byteLength(URLSET_OPEN + URLSET_CLOSE);
  const chunks: SitemapChunk[] = [];
  const names = new Set<string>();
  const add = (name: string, entries: readonly SitemapEntry[]) => {
    if (names.has(name)) throw new Error(`Two sitemap files would be named "sitemap-${name}.xml"`);
    names.add(name);
    chunks.push({ name, entries, lastmod: newest(entries) });
  };
  for (const group of groups) {
    let run: SitemapEntry[] = [];
    let bytes = frame;
    let runs = 0;
    const close = () => add(++runs === 1 ? group.name : `${group.name}-${runs}`, run);
    for (const entry of group.entries) {
      const size = Buffer.byteLength(urlElement(entry));
      if (frame + size > limits.bytes) throw new Error(`A sitemap entry is longer than a sitemap file may be (${limits.bytes} bytes): ${entry.loc.slice(0, 100)}`);
      if (run.length === limits.urls || bytes + size > limits.bytes) {
        close();
        run = [];
        bytes = frame;
      }
      run.push(entry);
      bytes += size;
    }
    if (run.length > 0) close();
  }
  return chunks;
}
