/**
 * Every kind of page a Warta site has, with a rule that finds its pages among the built files:
 * browser tests that must visit every page type (layout, accessibility) open one example of each.
 * A new kind of page is one line in PAGE_TYPES; a built page that no line matches fails
 * {@link pageExamples}, so a new route cannot slip past those tests unseen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PageType {
  name: string;
  /** The site paths of this type's pages (`/berita/x/` for `berita/x/index.html`). */
  match: RegExp;
  /** The address to open for the example page at `path`; `path` itself when absent. */
  visit?: (path: string) => string;
  /** The HTTP status the example is served with. */
  status?: number;
  /** A selector present once the page's script has drawn it (search results). */
  ready?: string;
}

const paginated = String.raw`(?:halaman/\d+/)?`;

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', match: /^\/$/ },
  { name: 'home numbered page', match: /^\/halaman\/\d+\/$/ },
  { name: 'article', match: /^\/berita\/[^/]+\/$/ },
  // Live pages are article pages with a list of updates of their own (tests/support/shared-build.ts).
  { name: 'live article', match: /^\/berita\/uji-langsung\/$/ },
  { name: 'section index', match: /^\/rubrik\/$/ },
  { name: 'section', match: new RegExp(String.raw`^/rubrik/[^/]+/${paginated}$`) },
  { name: 'topic index', match: /^\/topik\/$/ },
  { name: 'topic', match: new RegExp(String.raw`^/topik/[^/]+/${paginated}$`) },
  { name: 'archive', match: /^\/arsip\/$/ },
  { name: 'month', match: new RegExp(String.raw`^/arsip/\d{4}/\d{2}/${paginated}$`) },
  { name: 'author index', match: /^\/penulis\/$/ },
  { name: 'author', match: new RegExp(String.raw`^/penulis/[^/]+/${paginated}$`) },
  { name: 'search', match: /^\/cari\/$/, visit: (path) => `${path}?q=Lavrov`, ready: '[data-search-results] li' },
  { name: '404', match: /^\/404\.html$/, visit: () => '/halaman-yang-tidak-ada/', status: 404 },
];

/** Built pages that readers never see: the editors' desk (src/lib/cms/admin-page.ts), tested by its own browser test. */
export const EDITOR_PAGES: readonly RegExp[] = [/^\/admin\/$/];

export interface PageExample {
  type: string;
  /** The address to open, from the site's root. */
  url: string;
  status: number;
  ready: string | undefined;
}

/** The site paths of every HTML page in a built site, in natural order (`/halaman/2/` before `/halaman/10/`). */
export function builtPagePaths(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

export interface ExampleOptions {
  /** Prefer, within each type, this page or else the first page linking to it (a story written to stress the layout). */
  prefer?: string;
}

/**
 * One example page of every type the built site has: the preferred page or the first one
 * linking to it, else the first page of the type in path order. Throws when a built page belongs to no type.
 */
export function pageExamples(outDir: string, options: ExampleOptions = {}): PageExample[] {
  const paths = builtPagePaths(outDir).filter((path) => !EDITOR_PAGES.some((page) => page.test(path)));
  const untyped = paths.filter((path) => !PAGE_TYPES.some((type) => type.match.test(path)));
  if (untyped.length > 0) {
    throw new Error(`Built pages of no known page type (add a line to PAGE_TYPES in tests/support/page-types.ts): ${untyped.slice(0, 5).join(', ')}`);
  }
  const { prefer } = options;
  const linksToPreferred = (path: string): boolean =>
    prefer !== undefined && readFileSync(join(outDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8').includes(`href="${prefer}"`);
  return PAGE_TYPES.flatMap((type) => {
    const ofType = paths.filter((path) => type.match.test(path));
    const path = ofType.find((candidate) => candidate === prefer) ?? ofType.find(linksToPreferred) ?? ofType[0];
    if (path === undefined) return [];
    return [{ type: type.name, url: type.visit?.(path) ?? path, status: type.status ?? 200, ready: type.ready }];
  });
}
