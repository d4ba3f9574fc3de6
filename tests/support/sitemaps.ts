/**
 * A built site's sitemaps as a crawler reads them: `sitemap-index.xml`, then every file it
 * names. The files sit at the site's root, which is the output folder's root.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ListedPage {
  /** The sitemap file that lists the page. */
  file: string;
  loc: string;
  lastmod?: string | undefined;
}

export interface BuiltSitemaps {
  /** The files the index names, in its order. */
  files: string[];
  /** Every `<url>` of every file, in order: a page listed twice is here twice. */
  pages: ListedPage[];
}

const fileOf = (loc: string) => new URL(loc).pathname.split('/').pop()!;

export function readSitemaps(outDir: string): BuiltSitemaps {
  const index = readFileSync(join(outDir, 'sitemap-index.xml'), 'utf8');
  const files = [...index.matchAll(/<sitemap><loc>([^<]+)<\/loc>/g)].map((match) => fileOf(match[1]!));
  const pages = files.flatMap((file) =>
    [...readFileSync(join(outDir, file), 'utf8').matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)].map(([, loc, lastmod]) => ({
      file,
      loc: loc!,
      lastmod,
    })),
  );
  return { files, pages };
}
