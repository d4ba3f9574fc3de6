/**
 * What a build leaves on disk: the size of its output folder and what one article page costs
 * a reader over the wire (gzip -9 of the HTML plus the stylesheets it links).
 */
import { opendir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

export interface OutputSize {
  /** Apparent size of every file (like `du -sb`): what a deploy uploads. */
  bytes: number;
  files: number;
  /** HTML pages written: the "pages" of pages per second. */
  htmlPages: number;
}

/** Walks the output folder one directory at a time, so 100,000 files cost no memory to count. */
export async function outputSize(dir: string): Promise<OutputSize> {
  const size: OutputSize = { bytes: 0, files: 0, htmlPages: 0 };
  const pending = [dir];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    for await (const entry of await opendir(current)) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) {
        size.files++;
        size.bytes += (await stat(path)).size;
        if (entry.name.endsWith('.html')) size.htmlPages++;
      }
    }
  }
  return size;
}

export interface PageWeight {
  /** The page, relative to the output folder. */
  page: string;
  htmlBytes: number;
  /** gzip -9 of the HTML plus gzip -9 of every local stylesheet it links (Warta inlines its CSS: then none). */
  gzipBytes: number;
  stylesheets: readonly string[];
}

const gzipLevel9 = (bytes: Uint8Array): number => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;

/** Local stylesheets a page links: `<link rel="stylesheet" href="/…">`, in either attribute order. */
function linkedStylesheets(html: string): string[] {
  const hrefs: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel=["']?stylesheet\b/i.test(tag)) continue;
    const href = /\bhref=["']?([^"' >]+)/i.exec(tag)?.[1];
    if (href && href.startsWith('/') && !href.startsWith('//')) hrefs.push(href);
  }
  return hrefs;
}

/** What `page` (e.g. `berita/<slug>/index.html`) weighs gzipped with its stylesheets, as the target counts it. */
export async function pageWeight(outDir: string, page: string): Promise<PageWeight> {
  const html = await readFile(join(outDir, page));
  const stylesheets = linkedStylesheets(html.toString('utf8'));
  let gzipBytes = gzipLevel9(html);
  for (const href of stylesheets) gzipBytes += gzipLevel9(await readFile(resolve(outDir, `.${href.split(/[?#]/)[0]}`)));
  return { page, htmlBytes: html.length, gzipBytes, stylesheets };
}
