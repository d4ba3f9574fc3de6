/**
 * `npm run bench -- --server N ...`: server mode (docs/hosting/server.md) on a generated archive
 * of N stories, measured as issue 20 asks: the time to sync the whole archive into the store and
 * the store's size, the server's memory, request latency (p50/p95) for an article, a section page,
 * a deep listing page and a search, each on URLs no cache has seen; then, through the reference
 * nginx (docs/hosting/nginx-server.conf), requests per second for a cached page and for a crawl
 * of old URLs (misses), and publish-to-live: from a changed file, through `server:sync` and its
 * purge, to the new page served by nginx.
 *
 * The archive is text only: server mode serves pictures as files beside the pages, so they change
 * no figure here. The server is built once, from the repository's own content: on demand every
 * page reads the store, not the build's content.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { localNginxConfig } from '../../src/lib/hosting/local-nginx.ts';
import { ARTICLES_SEGMENT, SEARCH_SEGMENT, SECTIONS_SEGMENT } from '../../src/lib/routes.ts';
import { articleFile, DEFAULT_SEED, SECTIONS, tagPool, variantSlug, withExtraParagraph, writeCorpus, type ArticleTemplate } from './generate.ts';
import { freePort, runMeasured, startProcess, treeRssBytes, waitUntil, type RunningProcess } from './measure.ts';
import { buildEnvironment, PROJECT_ROOT } from './targets.ts';

/** Latency samples per page kind: distinct URLs, one after the other. */
const SAMPLES = 100;
/** Old URLs crawled through nginx, as a search engine's crawler does after a move. */
const CRAWL_URLS = 10_000;
const CRAWL_CONCURRENCY = 8;
/** The cached page is asked this long by this many clients at once. */
const CACHED_SECONDS = 5;
const CACHED_CONCURRENCY = 16;
const NGINX = '/usr/sbin/nginx';
const PURGE_TOKEN = 'bench-purge-token';
/** The listing page size the server renders with (settings.pageSize's default). */
const PAGE_SIZE = 20;

export interface LatencySummary {
  samples: number;
  p50Ms: number;
  p95Ms: number;
  /** Answers that were not 200. */
  errors: number;
}

export type PageKind = 'article' | 'section page' | 'deep listing page' | 'search';

/** A page that lists more than a page's worth of stories, asked once on a server that has not served it. */
export interface FirstRequest {
  path: string;
  ms: number;
  status: number;
  /** The server's memory right after it answered. */
  rssAfterBytes: number;
}

export interface PublishResult {
  syncSeconds: number;
  liveSeconds: number;
  tagsPurged: number;
}

export interface ServerSizeResult {
  articles: number;
  sync: { seconds: number; peakRssBytes: number };
  storeBytes: number;
  /** The first page after the server started: it reads the store for the first time. */
  firstPageMs: number;
  latency: Record<PageKind, LatencySummary>;
  /** After all samples; the peak is the largest seen while the server ran. */
  serverRssBytes: number;
  /** After the samples, in order: the front page, the index pages, feeds, the sitemaps (which read every story). */
  firstRequests: FirstRequest[];
  serverPeakRssBytes: number;
  nginx?: {
    cachedRps: number;
    crawl: { urls: number; seconds: number; rps: number; errors: number };
    /** A sync that looks at every file. */
    publish: PublishResult;
    /** A sync of the changed file alone (`server:sync -- <file>`). */
    publishNamed: PublishResult;
  };
}

const percentile = (sorted: readonly number[], share: number): number => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;

/** Fetches each URL in turn and times it, reading the whole body. */
async function timeRequests(urls: readonly string[]): Promise<LatencySummary> {
  const times: number[] = [];
  let errors = 0;
  for (const url of urls) {
    const start = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    times.push(performance.now() - start);
    if (response.status !== 200) errors++;
  }
  times.sort((a, b) => a - b);
  return { samples: times.length, p50Ms: percentile(times, 0.5), p95Ms: percentile(times, 0.95), errors };
}

/** Runs `next()` from `concurrency` loops until it returns undefined; counts answers and non-200s. */
async function hammer(concurrency: number, next: () => string | undefined): Promise<{ count: number; errors: number }> {
  let count = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let url = next(); url !== undefined; url = next()) {
        const response = await fetch(url);
        await response.arrayBuffer();
        count++;
        if (response.status !== 200) errors++;
      }
    }),
  );
  return { count, errors };
}

/** A seeded pick of `count` distinct numbers in [low, high). */
function distinctPicks(count: number, low: number, high: number, seed: number): number[] {
  let state = seed >>> 0;
  const random = () => (state = (state * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32;
  const picked = new Set<number>();
  const span = high - low;
  while (picked.size < Math.min(count, span)) picked.add(low + Math.floor(random() * span));
  return [...picked];
}

const sectionSlug = (name: string) => name.toLowerCase();

/** Sizes of the store file and its write-ahead log. */
const storeBytes = (store: string) => ['', '-wal', '-shm'].reduce((total, suffix) => total + (existsSync(store + suffix) ? statSync(store + suffix).size : 0), 0);

/** Whether `origin` serves its robots.txt within `timeoutMs`. */
const answers = (origin: string, timeoutMs: number): Promise<boolean> =>
  waitUntil(
    () =>
      fetch(`${origin}/robots.txt`).then(
        (response) => response.ok,
        () => false,
      ),
    timeoutMs,
    100,
  );

async function startServer(serverDir: string, env: Record<string, string>, logFile: string): Promise<{ process: RunningProcess; url: string; port: number }> {
  const port = await freePort();
  const process = startProcess({
    command: globalThis.process.execPath,
    args: [join(serverDir, 'server', 'entry.mjs')],
    cwd: PROJECT_ROOT,
    env: { ...env, WARTA_MODE: 'server', HOST: '127.0.0.1', PORT: String(port), WARTA_PURGE_TOKEN: PURGE_TOKEN },
    logFile,
  });
  const url = `http://127.0.0.1:${port}`;
  if (!(await answers(url, 30_000))) throw new Error(`the server did not answer within 30 s; see ${logFile}`);
  return { process, url, port };
}

async function startNginx(scratch: string, upstreamPort: number): Promise<{ process: RunningProcess; origin: string }> {
  const port = await freePort();
  const reference = readFileSync(join(PROJECT_ROOT, 'docs', 'hosting', 'nginx-server.conf'), 'utf8');
  writeFileSync(join(scratch, 'nginx.conf'), localNginxConfig(reference, { port, upstreamPort, prefix: scratch, asRoot: process.getuid?.() === 0 }));
  const nginx = startProcess({ command: NGINX, args: ['-c', join(scratch, 'nginx.conf'), '-p', scratch], cwd: scratch, env: {}, logFile: join(scratch, 'nginx.log') });
  const origin = `http://127.0.0.1:${port}`;
  if (!(await answers(origin, 10_000))) throw new Error(`nginx did not answer within 10 s; see ${join(scratch, 'error.log')}`);
  return { process: nginx, origin };
}

/**
 * Where the server is built: inside the project, since the built server imports its packages
 * from the project's node_modules (as `npm run server:build` leaves it in dist/).
 */
const SERVER_BUILD_DIR = join(PROJECT_ROOT, 'bench', '.server-build');

/** Builds the server once (`npm run server:build`), from the repository's content. */
export async function buildServer(scratch: string): Promise<{ serverDir: string; seconds: number }> {
  const serverDir = SERVER_BUILD_DIR;
  await rm(serverDir, { recursive: true, force: true });
  const env = { ...buildEnvironment(join(PROJECT_ROOT, 'content'), join(scratch, 'server-cache')), WARTA_MODE: 'server' };
  const logFile = join(scratch, 'server-build.log');
  const built = await runMeasured({
    command: process.execPath,
    args: [join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', serverDir],
    cwd: PROJECT_ROOT,
    env,
    logFile,
    timeoutMs: 10 * 60_000,
  });
  if (built.exitCode !== 0) throw new Error(`the server build failed; see ${logFile}`);
  return { serverDir, seconds: built.wallSeconds };
}

export async function measureServerSize(template: ArticleTemplate, articles: number, serverDir: string, scratch: string): Promise<ServerSizeResult> {
  const contentDir = join(scratch, 'content');
  const corpus = await writeCorpus(template, articles, contentDir, { seed: DEFAULT_SEED, pictures: false });
  const store = join(scratch, 'warta.sqlite');
  const env = { ...buildEnvironment(contentDir, join(scratch, 'cache')), WARTA_STORE: store };
  const syncLog = join(scratch, 'sync.log');
  const sync = await runMeasured({
    command: process.execPath,
    args: [join(PROJECT_ROOT, 'scripts', 'server-sync.ts')],
    cwd: PROJECT_ROOT,
    env,
    logFile: syncLog,
    timeoutMs: 60 * 60_000,
  });
  if (sync.exitCode !== 0) throw new Error(`server:sync failed; see ${syncLog}`);

  const server = await startServer(serverDir, env, join(scratch, 'server.log'));
  try {
    const article = (index: number) => `${server.url}/${ARTICLES_SEGMENT}/${variantSlug(template, index)}/`;
    const firstStart = performance.now();
    const first = await fetch(article(1));
    await first.arrayBuffer();
    if (first.status !== 200) throw new Error(`${article(1)} answered ${first.status}; see ${join(scratch, 'server.log')}`);
    const firstPageMs = performance.now() - firstStart;

    const listingPages = Math.max(1, Math.floor(articles / PAGE_SIZE));
    // Half the pages a section would have if the desks were equal: every desk has that many.
    const sectionPages = Math.max(1, Math.floor(articles / SECTIONS.length / PAGE_SIZE / 2));
    const words = [
      ...new Set(
        tagPool(template)
          .flatMap((tag) => tag.split(/\s+/))
          .filter((word) => word.length > 3),
      ),
    ];
    const latency: Record<PageKind, LatencySummary> = {
      article: await timeRequests(distinctPicks(SAMPLES, 2, articles, 1).map(article)),
      'section page': await timeRequests(
        distinctPicks(SAMPLES, 0, SECTIONS.length * sectionPages, 2).map((pick) => {
          const section = sectionSlug(SECTIONS[pick % SECTIONS.length]!);
          const page = Math.floor(pick / SECTIONS.length) + 1;
          return `${server.url}/${SECTIONS_SEGMENT}/${section}/${page === 1 ? '' : `halaman/${page}/`}`;
        }),
      ),
      // The oldest half of the home listing: the pages a crawler and an archive reader reach.
      'deep listing page': await timeRequests(distinctPicks(SAMPLES, 1, Math.max(2, Math.ceil(listingPages / 2)), 3).map((page) => `${server.url}/halaman/${page}/`)),
      search: await timeRequests(distinctPicks(SAMPLES, 0, words.length, 4).map((pick) => `${server.url}/${SEARCH_SEGMENT}/?q=${encodeURIComponent(words[pick]!)}`)),
    };
    const serverRssBytes = treeRssBytes(server.process.pid);
    const firstRequests: FirstRequest[] = [];
    const askOnce = async (path: string) => {
      const start = performance.now();
      const response = await fetch(`${server.url}${path}`);
      const body = await response.text();
      firstRequests.push({ path, ms: performance.now() - start, status: response.status, rssAfterBytes: treeRssBytes(server.process.pid) });
      return body;
    };
    for (const path of ['/', '/topik/', '/arsip/', '/rss.xml', `/${SECTIONS_SEGMENT}/${sectionSlug(SECTIONS[0]!)}/rss.xml`]) await askOnce(path);
    // The sitemaps are the one kind of page that reads every story (docs/decisions/023).
    const sitemap = /<loc>[^<]*?(\/sitemap-[^<]+\.xml)<\/loc>/.exec(await askOnce('/sitemap-index.xml'))?.[1];
    if (sitemap) await askOnce(sitemap);
    const result: ServerSizeResult = {
      articles,
      sync: { seconds: sync.wallSeconds, peakRssBytes: sync.peakRssBytes },
      storeBytes: storeBytes(store),
      firstPageMs,
      latency,
      serverRssBytes,
      firstRequests,
      serverPeakRssBytes: 0,
    };

    if (existsSync(NGINX)) {
      const nginx = await startNginx(scratch, server.port);
      try {
        const cachedUrl = `${nginx.origin}/${ARTICLES_SEGMENT}/${variantSlug(template, 1)}/`;
        await fetch(cachedUrl).then((response) => response.arrayBuffer());
        const until = performance.now() + CACHED_SECONDS * 1000;
        const cached = await hammer(CACHED_CONCURRENCY, () => (performance.now() < until ? cachedUrl : undefined));
        const crawlUrls = distinctPicks(CRAWL_URLS, 2, articles, 5)
          .sort((a, b) => b - a)
          .map((index) => `${nginx.origin}/${ARTICLES_SEGMENT}/${variantSlug(template, index)}/`);
        const crawlStart = performance.now();
        let next = 0;
        const crawled = await hammer(CRAWL_CONCURRENCY, () => crawlUrls[next++]);
        const crawlSeconds = (performance.now() - crawlStart) / 1000;

        // Publish: the seen story gets a paragraph; the clock runs from the write to nginx showing
        // it. Once with a sync that looks at every file, once with the file named, as a desk's or
        // CI's publish names what it changed.
        const file = articleFile(corpus, variantSlug(template, 1));
        const publishOnce = async (paragraph: string, syncArgs: string[], name: string): Promise<PublishResult> => {
          const original = await readFile(file, 'utf8');
          const publishStart = performance.now();
          await writeFile(file, withExtraParagraph(original, paragraph));
          const publishLog = join(scratch, `${name}.log`);
          const publish = await runMeasured({
            command: process.execPath,
            args: [join(PROJECT_ROOT, 'scripts', 'server-sync.ts'), ...syncArgs],
            cwd: PROJECT_ROOT,
            env: { ...env, WARTA_PURGE_URL: `${server.url}/_warta/purge/`, WARTA_PURGE_TOKEN: PURGE_TOKEN },
            logFile: publishLog,
            timeoutMs: 10 * 60_000,
          });
          if (publish.exitCode !== 0) throw new Error(`the publish sync failed; see ${publishLog}`);
          const live = await waitUntil(
            () =>
              fetch(cachedUrl)
                .then((response) => response.text())
                .then((html) => html.includes(paragraph)),
            30_000,
            20,
          );
          if (!live) throw new Error('the published paragraph did not show through nginx within 30 s');
          const liveSeconds = (performance.now() - publishStart) / 1000;
          const tagsLine = /tags to purge: (.*)$/m.exec(await readFile(publishLog, 'utf8'));
          return { syncSeconds: publish.wallSeconds, liveSeconds, tagsPurged: tagsLine ? tagsLine[1]!.trim().split(/\s+/).length : 0 };
        };
        const publish = await publishOnce('Paragraf baru dari uji terbit server.', [], 'publish');
        const publishNamed = await publishOnce('Paragraf kedua dari uji terbit bernama.', [file], 'publish-named');
        result.nginx = {
          cachedRps: cached.count / CACHED_SECONDS,
          crawl: { urls: crawlUrls.length, seconds: crawlSeconds, rps: crawled.count / crawlSeconds, errors: crawled.errors + cached.errors },
          publish,
          publishNamed,
        };
      } finally {
        await nginx.process.stop();
      }
    }
    result.serverPeakRssBytes = server.process.peakRssBytes();
    return result;
  } finally {
    await server.process.stop();
  }
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** One table of a size's figures, as the note quotes it. */
export function formatServerSize(result: ServerSizeResult): string {
  const rows: [string, string][] = [
    ['sync of the whole archive', `${result.sync.seconds.toFixed(1)} s (peak ${mib(result.sync.peakRssBytes)})`],
    ['store size (SQLite, with WAL)', mib(result.storeBytes)],
    ['first page after start', ms(result.firstPageMs)],
    ...(Object.entries(result.latency) as [PageKind, LatencySummary][]).map(([kind, summary]): [string, string] => [
      `${kind}, p50 / p95 (${summary.samples} uncached)`,
      `${ms(summary.p50Ms)} / ${ms(summary.p95Ms)}${summary.errors ? `, ${summary.errors} not 200` : ''}`,
    ]),
    ['server memory after the samples / peak', `${mib(result.serverRssBytes)} / ${mib(result.serverPeakRssBytes)}`],
    ...result.firstRequests.map(({ path, ms: time, status, rssAfterBytes }): [string, string] => [
      `first request of ${path}`,
      `${ms(time)}${status === 200 ? '' : `, ${status}`}, memory after ${mib(rssAfterBytes)}`,
    ]),
  ];
  if (result.nginx) {
    const { cachedRps, crawl, publish, publishNamed } = result.nginx;
    const published = ({ liveSeconds, syncSeconds, tagsPurged }: PublishResult) => `${liveSeconds.toFixed(2)} s (sync ${syncSeconds.toFixed(2)} s, ${tagsPurged} tags purged)`;
    rows.push(
      [`nginx, one cached page (${CACHED_CONCURRENCY} clients)`, `${cachedRps.toFixed(0)} requests/s`],
      [
        `nginx, crawl of ${crawl.urls} old URLs (misses, ${CRAWL_CONCURRENCY} clients)`,
        `${crawl.seconds.toFixed(1)} s, ${crawl.rps.toFixed(0)} requests/s${crawl.errors ? `, ${crawl.errors} not 200` : ''}`,
      ],
      ['publish-to-live through nginx (write, sync of every file with purge, served)', published(publish)],
      ['publish-to-live, the file named (server:sync -- <file>)', published(publishNamed)],
    );
  } else rows.push(['nginx', `not measured: ${NGINX} is not installed`]);
  const width = Math.max(...rows.map(([name]) => name.length));
  return [`server mode, ${result.articles.toLocaleString('en')} articles`, ...rows.map(([name, value]) => `  ${name.padEnd(width)}  ${value}`)].join('\n');
}
