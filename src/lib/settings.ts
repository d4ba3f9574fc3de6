/**
 * Site settings: the one place that says what the site is called, where it lives and which
 * language and time zone it speaks. Environment variables override the defaults so that
 * fixtures, benchmarks and deployments can reuse one codebase.
 */
export interface SiteSettings {
  /** The site's name, shown in the header, titles and feeds. */
  name: string;
  /** The absolute origin the site is deployed at, used for canonical URLs and feeds. */
  url: string;
  /** The path the site is served under, always starting and ending with `/`. */
  base: string;
  /** BCP 47 tag of the site's language; articles without `lang` are in it. */
  lang: string;
  /** IANA time zone that dates are shown in and bare dates are read in. */
  timeZone: string;
  /** Articles per listing page. */
  pageSize: number;
  /** Folder holding `articles/`, relative to the project root or absolute. */
  contentDir: string;
  /** Build articles dated after the build into production too (normally they wait). */
  includeScheduled: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Makes a base path absolute and slash-terminated: `warta` → `/warta/`, `` → `/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export function loadSettings(env: Env = process.env): SiteSettings {
  return {
    name: env.WARTA_SITE_NAME ?? 'Warta',
    // `.example` is a reserved top-level domain: a real deployment sets WARTA_SITE_URL.
    url: (env.WARTA_SITE_URL ?? 'https://warta.example').replace(/\/+$/, ''),
    base: normalizeBase(env.WARTA_BASE ?? '/'),
    lang: 'id',
    timeZone: 'Asia/Jakarta',
    pageSize: 20,
    contentDir: env.NEWS_CONTENT_DIR ?? './content',
    includeScheduled: env.WARTA_INCLUDE_SCHEDULED === '1',
  };
}

export const settings: SiteSettings = loadSettings();

/** The moment a build publishes at: now, or `WARTA_NOW` (ISO 8601) for reproducible builds and tests. */
export function buildTime(env: Env = process.env): number {
  const fixed = env.WARTA_NOW ? Date.parse(env.WARTA_NOW) : Number.NaN;
  return Number.isNaN(fixed) ? Date.now() : fixed;
}
