/**
 * `npm run bench [-- N ...]`: builds N generated articles with Warta and with a bare Astro
 * baseline, alternately, and reports wall time, pages per second, peak memory, output size and
 * the seed page's gzipped weight; for Warta also three incremental builds (one new article, one
 * article edited, nothing changed), each checked against a clean build of the same corpus, and,
 * at the largest N, `astro dev` start-up and edit latency. See bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SETTLED_MS } from '../src/lib/content/file-stats.ts';
import { generatedFiles, publishedPictures } from './lib/astro-log.ts';
import { compareOutputs, describeDifference, isSameOutput } from './lib/compare-output.ts';
import {
  articleFile,
  BENCH_NOW,
  DEFAULT_SEED,
  publishNewest,
  readTemplate,
  variantSlug,
  withExtraParagraph,
  writeCorpus,
  type ArticleTemplate,
  type Corpus,
} from './lib/generate.ts';
import { keepPictures, seedPictures } from './lib/picture-cache.ts';
import { buildServer, formatServerSize, measureServerSize, type ServerSizeResult } from './lib/server-bench.ts';
import { freePort, httpGet, installExitHandlers, onExit, runMeasured, startProcess, waitUntil } from './lib/measure.ts';
import {
  checkTargets,
  formatSize,
  formatTargets,
  median,
  INCREMENTAL_KINDS,
  summarize,
  wallRatios,
  writeReport,
  type BenchReport,
  type BuildKind,
  type BuildSample,
  type CaseSummary,
  type DevResult,
  type IncrementalKind,
  type SizeResult,
  type Tool,
} from './lib/report.ts';
import { outputSize, pageWeight } from './lib/site-size.ts';
import { ASTRO_BIN, buildEnvironment, PROJECT_ROOT, TARGETS } from './lib/targets.ts';

/** The seed article, named rather than "the first file", so new articles in content/ change nothing here. */
const SEED_FILE = 'dapat-surat-cinta-menlu-rusia-bongkar-isi-pesan-dari-menlu-as.md';
const DEFAULT_SIZES = [1_000];
const TEXT_ONLY = '--text-only';
/** Server mode instead of static builds (bench/lib/server-bench.ts). */
const SERVER = '--server';
/**
 * Cold builds per tool: a warm-up and three measured rounds, but one measured build and no
 * warm-up from 50,000 articles, where a cold build takes 5 to 11 minutes a tool: eight of them
 * at 100,000 would take over an hour and a half, more than the figures need (one pair still gives
 * the Warta/baseline ratio, each incremental build is one build at every size anyway).
 */
const coldRuns = (articles: number): { warmUps: number; rounds: number } => (articles >= 50_000 ? { warmUps: 0, rounds: 1 } : { warmUps: 1, rounds: 3 });
/** The dev server is measured at the largest size up to this: its targets are set at 20,000. */
const DEV_MAX_ARTICLES = 20_000;
/** Dev-server edits timed; their median is reported. */
const DEV_EDITS = 3;
/**
 * Generous, but bounded: a build that hangs must not hold the machine for hours (≈ 30 min at
 * 20,000). Every picture may have to be encoded too (an empty bench/.picture-cache/): about
 * 0.13 s each on two cores, so half a second each leaves room for a slower machine.
 */
const buildTimeoutMs = (corpus: Pick<Corpus, 'count' | 'pictures'>): number => 10 * 60_000 + corpus.count * 60 + corpus.pictures * 500;
const DEV_START_TIMEOUT_MS = 180_000;
const DEV_EDIT_TIMEOUT_MS = 30_000;
const RESULTS_DIR = join(PROJECT_ROOT, 'bench', 'results');

function parseSizes(args: readonly string[]): number[] {
  if (args.length === 0) return DEFAULT_SIZES;
  const sizes = args.map(Number);
  const bad = args.filter((_, index) => !Number.isInteger(sizes[index]) || sizes[index]! < 10);
  if (bad.length > 0) throw new Error(`usage: node bench/run.ts [N ...] (N ≥ 10 articles), got ${bad.join(' ')}`);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

/** The last lines of a log, for a failure message: enough to see Astro's error, not a 20,000-line page list. */
function logTail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** A scratch folder per size, removed when the size is done or the harness exits. */
function scratchDir(articles: number): string {
  const dir = mkdtempSync(join(tmpdir(), `warta-bench-${articles}-`));
  onExit(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

let buildNumber = 0;

/**
 * One build of the corpus with the given cache, measured, into `outDir` or else a fresh output
 * folder. The output is weighed and then deleted (a 20,000-article site is gigabytes) unless
 * `keepOutput`, when the caller deletes it; the cache is the caller's.
 */
async function measuredBuild(
  tool: Tool,
  kind: BuildKind,
  round: number,
  corpus: Corpus,
  scratch: string,
  cacheDir: string,
  { keepOutput = false, outDir: givenOutDir, warmUp = false }: { keepOutput?: boolean; outDir?: string; warmUp?: boolean } = {},
): Promise<{ sample: BuildSample; outDir: string }> {
  const target = TARGETS[tool];
  if (tool === 'warta' && !existsSync(cacheDir)) await seedPictures(cacheDir);
  const label = `${tool}-${kind}-${round}-${++buildNumber}`;
  const outDir = givenOutDir ?? join(scratch, `out-${label}`);
  const logFile = join(scratch, `${label}.log`);
  const loadBefore = loadavg()[0]!;
  const timeoutMs = buildTimeoutMs(corpus);
  process.stdout.write(`  ${tool.padEnd(8)} ${kind.padEnd(11)} ${warmUp ? 'warm-up' : `run ${round}`} … `);
  const run = await runMeasured({
    command: process.execPath,
    args: target.buildArgs(outDir),
    cwd: PROJECT_ROOT,
    env: buildEnvironment(corpus.contentDir, cacheDir),
    logFile,
    timeoutMs,
  });
  if (run.timedOut || run.exitCode !== 0) {
    const why = run.timedOut ? `timed out after ${timeoutMs / 1000} s` : `exited with ${run.exitCode ?? run.signal}`;
    throw new Error(`${tool} ${kind} build ${why}; log ${logFile}:\n${logTail(logFile)}`);
  }
  const size = await outputSize(outDir);
  const seedPage = await pageWeight(outDir, target.articlePage(corpus.seedSlug));
  const log = await readFile(logFile, 'utf8');
  const pages = generatedFiles(log);
  const pictures = publishedPictures(log);
  if (tool === 'warta') await keepPictures(cacheDir);
  if (!keepOutput) await rm(outDir, { recursive: true, force: true });
  await rm(logFile, { force: true });
  const reuse = tool === 'warta' && kind !== 'cold' ? `, ${pages.rendered.length} files rendered, ${pages.reused.length} reused` : '';
  const encoded = tool === 'warta' ? `, ${pictures.encoded} of ${pictures.published} pictures encoded` : '';
  console.log(`${run.wallSeconds.toFixed(2)} s, ${(run.peakRssBytes / 1024 ** 2).toFixed(0)} MiB${reuse}${encoded}`);
  const sample: BuildSample = {
    tool,
    kind,
    round,
    warmUp,
    wallSeconds: run.wallSeconds,
    peakRssBytes: run.peakRssBytes,
    outputBytes: size.bytes,
    outputFiles: size.files,
    htmlPages: size.htmlPages,
    seedPageHtmlBytes: seedPage.htmlBytes,
    seedPageGzipBytes: seedPage.gzipBytes,
    filesRendered: pages.rendered.length,
    filesReused: pages.reused.length,
    picturesPublished: pictures.published,
    picturesEncoded: pictures.encoded,
    loadBefore,
  };
  return { sample, outDir };
}

/**
 * An incremental build must write what a clean build of the same corpus writes: builds the
 * corpus from nothing (not measured as a sample) and compares file by file; a difference
 * stops the benchmark.
 */
async function checkAgainstClean(kinds: readonly IncrementalKind[], outputs: readonly { outDir: string; keep: boolean }[], corpus: Corpus, scratch: string): Promise<void> {
  const cleanCache = join(scratch, `cache-clean-${kinds.at(-1)}`);
  const { outDir: cleanOut } = await measuredBuild('warta', 'clean-check', 0, corpus, scratch, cleanCache, { keepOutput: true });
  try {
    for (const { outDir } of outputs) {
      const difference = await compareOutputs(outDir, cleanOut);
      if (!isSameOutput(difference)) throw new Error(`incremental build (after ${kinds.join(', ')}) differs from a clean build in ${outDir}: ${describeDifference(difference)}`);
    }
    console.log(`    same files as a clean build (${kinds.join(', ')})`);
  } finally {
    const gone = [cleanOut, cleanCache, ...outputs.filter(({ keep }) => !keep).map(({ outDir }) => outDir)];
    await Promise.all(gone.map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

/**
 * From this size the clean comparison runs once, after the last incremental build (the kept
 * folder as the builds left it, and the new folder): a clean build takes 15 to 25 minutes at
 * 100,000, and one after each change would make the run three hours. The identity test
 * (tests/e2e/incremental.test.ts) compares after every kind of change at a small size.
 */
const ONE_CLEAN_CHECK_FROM = 50_000;

/** The changes an incremental build is measured after, in order; each is written just before its build. */
const INCREMENTAL_CHANGES: readonly { kind: IncrementalKind; change?: (template: ArticleTemplate, corpus: Corpus) => Promise<void> }[] = [
  {
    kind: 'new-article',
    // The newest story: it leads the home page and joins the own page of every listing it is in.
    change: (template, corpus) => publishNewest(template, corpus, 'berita-terbaru-uji-bangun', 'Berita terbaru untuk uji bangun bertahap'),
  },
  {
    kind: 'new-article-pictures',
    // Another, with a lead photo and one inside it, 1600 px wide as a camera gives them: the two are encoded.
    change: (template, corpus) => publishNewest(template, corpus, 'berita-bergambar-uji-bangun', 'Berita bergambar untuk uji bangun bertahap', { pictures: true }),
  },
  {
    kind: 'edited',
    change: async (template, corpus) => {
      const file = articleFile(corpus, variantSlug(template, 1));
      await writeFile(file, withExtraParagraph(await readFile(file, 'utf8'), 'Paragraf tambahan untuk uji bangun bertahap.'));
    },
  },
  // No change: both are compared with the same clean build.
  { kind: 'unchanged' },
  { kind: 'unchanged-new-folder' },
];

/**
 * Where the last cold build and the incremental builds after it write, as `npm run build` writes
 * dist/ again and again, with the stage beside it (docs/decisions/016-staged-builds.md). Inside
 * the project, as dist/ is.
 */
const keptOutDir = (articles: number): string => join(PROJECT_ROOT, 'bench', '.kept-output', String(articles), 'dist');
/** The output folder and the stage beside it (`.dist.releases/`). */
const removeKept = (kept: string) => rm(dirname(kept), { recursive: true, force: true });

/**
 * Cold builds, Warta and baseline alternating so that drift on the machine hits both alike,
 * then Warta incrementally on the cache and output folder of its last cold build, the way a
 * newsroom's next deploys would: one new article, one article edited, nothing changed; and
 * nothing changed into a new output folder, as a CI runner would.
 */
async function measureBuilds(template: ArticleTemplate, corpus: Corpus, scratch: string): Promise<{ samples: BuildSample[]; wartaCache: string }> {
  const samples: BuildSample[] = [];
  let wartaCache = '';
  const kept = keptOutDir(corpus.count);
  await removeKept(kept);
  onExit(() => rmSync(dirname(kept), { recursive: true, force: true }));
  const { warmUps, rounds } = coldRuns(corpus.count);
  const lastRound = warmUps + rounds - 1;
  for (let round = 0; round <= lastRound; round++) {
    for (const tool of ['warta', 'baseline'] as const) {
      const cacheDir = join(scratch, `cache-${tool}-${round}`);
      const intoKept = tool === 'warta' && round === lastRound;
      const { sample } = await measuredBuild(tool, 'cold', round, corpus, scratch, cacheDir, { warmUp: round < warmUps, ...(intoKept ? { keepOutput: true, outDir: kept } : {}) });
      samples.push(sample);
      if (tool === 'warta') {
        if (wartaCache) await rm(wartaCache, { recursive: true, force: true });
        wartaCache = cacheDir;
      } else await rm(cacheDir, { recursive: true, force: true });
    }
  }
  // Outputs of builds of the corpus as it is now, waiting for the clean build they are compared
  // with; the kept folder is compared as the last build left it.
  const waiting = new Map<string, boolean>();
  const waitingKinds: IncrementalKind[] = [];
  for (const [index, { kind, change }] of INCREMENTAL_CHANGES.entries()) {
    await change?.(template, corpus);
    // A newsroom builds seconds after a save, not within the moment in which a file's stats
    // cannot yet be trusted: a build started then could not be skipped by the next one.
    await sleep(SETTLED_MS);
    const intoKept = kind !== 'unchanged-new-folder';
    const { sample, outDir } = await measuredBuild('warta', kind, 1, corpus, scratch, wartaCache, { keepOutput: true, ...(intoKept ? { outDir: kept } : {}) });
    samples.push(sample);
    waiting.set(outDir, intoKept);
    waitingKinds.push(kind);
    const next = INCREMENTAL_CHANGES[index + 1];
    if (!next || (corpus.count < ONE_CLEAN_CHECK_FROM && next.change !== undefined)) {
      await checkAgainstClean(
        waitingKinds.splice(0),
        [...waiting].map(([outDir, keep]) => ({ outDir, keep })),
        corpus,
        scratch,
      );
      waiting.clear();
    }
  }
  // Before the dev server starts: its file watcher would crawl a built site inside the project.
  await removeKept(kept);
  return { samples, wartaCache };
}

/**
 * `astro dev` on the corpus: seconds from spawn to the seed's page answering 200, then edits
 * to that article timed from the write until the server serves the new words. The server is
 * stopped (whole process tree) whatever happens.
 */
async function measureDev(corpus: Corpus, scratch: string, cacheDir: string, port: number): Promise<DevResult> {
  const url = `http://127.0.0.1:${port}/berita/${corpus.seedSlug}/`;
  const logFile = join(scratch, 'dev.log');
  process.stdout.write(`  astro dev on 127.0.0.1:${port} … `);
  const dev = startProcess({
    command: process.execPath,
    args: [ASTRO_BIN, 'dev', '--host', '127.0.0.1', '--port', String(port)],
    cwd: PROJECT_ROOT,
    // The cache the builds left, as a newsroom's machine would have it.
    env: buildEnvironment(corpus.contentDir, cacheDir),
    logFile,
  });
  let exited = false;
  void dev.exited.then(() => (exited = true));
  const file = articleFile(corpus, corpus.seedSlug);
  const original = await readFile(file, 'utf8');
  try {
    /** Polls until the page holds `text` (or just answers 200); returns the moment it did, or throws. */
    const servedAt = async (text: string | undefined, timeoutMs: number, what: string): Promise<number> => {
      let at = 0;
      const ok = await waitUntil(
        async () => {
          const response = await httpGet(url, 30_000);
          if (response.status !== 200 || (text !== undefined && !response.body.includes(text))) return false;
          at = performance.now();
          return true;
        },
        timeoutMs,
        50,
        () => exited,
      );
      if (!ok) throw new Error(`astro dev: ${exited ? 'exited' : `timed out after ${timeoutMs / 1000} s`} waiting for ${what}; log ${logFile}:\n${logTail(logFile)}`);
      return at;
    };
    const firstArticleSeconds = ((await servedAt(undefined, DEV_START_TIMEOUT_MS, url)) - dev.startedAt) / 1000;
    const editVisibleSeconds: number[] = [];
    for (let edit = 1; edit <= DEV_EDITS; edit++) {
      const words = `Suntingan uji server pengembangan nomor ${edit}.`;
      const writtenAt = performance.now();
      await writeFile(file, withExtraParagraph(original, words));
      editVisibleSeconds.push(((await servedAt(words, DEV_EDIT_TIMEOUT_MS, 'the edited text')) - writtenAt) / 1000);
    }
    console.log(`first article ${firstArticleSeconds.toFixed(2)} s, edits ${editVisibleSeconds.map((value) => value.toFixed(2)).join(' / ')} s`);
    return { firstArticleSeconds, editVisibleSeconds, editVisibleMedianSeconds: median(editVisibleSeconds), peakRssBytes: dev.peakRssBytes() };
  } finally {
    await dev.stop();
    await writeFile(file, original);
  }
}

/**
 * The dev-server target is for a start with the cache of an earlier run: `astro dev` keeps its
 * content store in the project's `.astro/`, so the first start fills it and the second is timed.
 * Both on one port: Astro digests its whole config, the server's port included, into the store,
 * and clears the store when that digest changes ("Astro config changed"), as a newsroom's
 * `npm run dev` on its usual port would not.
 */
async function measureDevTwice(corpus: Corpus, scratch: string, cacheDir: string): Promise<DevResult> {
  const port = await freePort();
  const first = await measureDev(corpus, scratch, cacheDir, port);
  const again = await measureDev(corpus, scratch, cacheDir, port);
  return { ...again, emptyStoreFirstArticleSeconds: first.firstArticleSeconds };
}

async function measureSize(template: ArticleTemplate, articles: number, withDev: boolean, pictures: boolean): Promise<SizeResult> {
  const scratch = scratchDir(articles);
  try {
    console.log(`\nN = ${articles.toLocaleString('en-US')}: writing the corpus to ${scratch}`);
    const started = performance.now();
    const corpus = await writeCorpus(template, articles, join(scratch, 'content'), { seed: DEFAULT_SEED, pictures });
    const generateSeconds = (performance.now() - started) / 1000;
    const { samples, wartaCache } = await measureBuilds(template, corpus, scratch);
    // A dev server that fails is reported, not fatal: the larger sizes still get measured.
    let devError: string | undefined;
    const dev = withDev
      ? await measureDevTwice(corpus, scratch, wartaCache).catch((error: unknown) => {
          devError = error instanceof Error ? error.message : String(error);
          console.error(`\n  ${devError}`);
          return undefined;
        })
      : undefined;
    const warta = summarize(samples, 'warta', 'cold', articles);
    const baseline = summarize(samples, 'baseline', 'cold', articles);
    const incremental = Object.fromEntries(INCREMENTAL_KINDS.map((kind) => [kind, summarize(samples, 'warta', kind, articles)])) as Record<IncrementalKind, CaseSummary>;
    const firstWarta = samples.find((sample) => sample.tool === 'warta')!;
    const pairs = wallRatios(samples);
    return {
      articles,
      ...coldRuns(articles),
      corpusBytes: corpus.bytes,
      pictures: corpus.pictures,
      generateSeconds,
      pictureImport: { seconds: firstWarta.wallSeconds, encoded: firstWarta.picturesEncoded },
      warta,
      baseline,
      wallRatioPairs: pairs,
      wallRatio: median(pairs),
      incremental,
      newArticleToBaselineCold: incremental['new-article'].wallSeconds / baseline.wallSeconds,
      ...(dev ? { dev } : {}),
      ...(devError ? { devError } : {}),
      samples,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The commit measured, read-only; "unknown" outside a git checkout. */
function currentCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 10_000 }).trim();
  } catch {
    return 'unknown';
  }
}

/** `--server`: one server build, then each size synced, served and measured; a table per size. */
async function mainServer(sizes: readonly number[], template: ArticleTemplate): Promise<number> {
  console.log(`Warta server bench: N = ${sizes.join(', ')}; Node ${process.version}, ${cpus().length} CPUs`);
  const scratch = scratchDir(0);
  const results: ServerSizeResult[] = [];
  let status = 0;
  try {
    const { serverDir, seconds } = await buildServer(scratch);
    console.log(`server build: ${seconds.toFixed(1)} s`);
    for (const articles of sizes) {
      const result = await measureServerSize(template, articles, serverDir, scratchDir(articles));
      results.push(result);
      console.log(`\n${formatServerSize(result)}`);
    }
  } catch (error) {
    console.error(`\nbench stopped: ${error instanceof Error ? error.message : String(error)}`);
    status = 1;
  }
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `server-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify({ commit: currentCommit(), loadAverage: loadavg(), results }, null, 2)}\n`);
  console.log(`\nresults: ${file}`);
  return status;
}

async function main(): Promise<number> {
  installExitHandlers();
  const args = process.argv.slice(2);
  if (args.includes(SERVER)) return mainServer(parseSizes(args.filter((arg) => arg !== SERVER)), await readTemplate(join(PROJECT_ROOT, 'content', 'articles'), SEED_FILE));
  // The archive without pictures: the corpus of the figures measured before pictures were added.
  const pictures = !args.includes(TEXT_ONLY);
  const sizes = parseSizes(args.filter((arg) => arg !== TEXT_ONLY));
  const template = await readTemplate(join(PROJECT_ROOT, 'content', 'articles'), SEED_FILE);
  const astroVersion = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string }).version;
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', totalMemoryBytes: totalmem(), node: process.version, astro: astroVersion, commit: currentCommit() },
    settings: { seed: DEFAULT_SEED, now: BENCH_NOW, pictures },
    sizes: [],
    targets: [],
  };
  console.log(`Warta bench: N = ${sizes.join(', ')}${pictures ? '' : ' (text only)'}; Astro ${astroVersion}, Node ${process.version}, ${report.machine.cpus} CPUs`);
  let status = 0;
  try {
    for (const articles of sizes) {
      const size = await measureSize(template, articles, articles === sizes.filter((size) => size <= DEV_MAX_ARTICLES).at(-1), pictures);
      report.sizes.push(size);
      console.log(`\n${formatSize(size)}`);
    }
  } catch (error) {
    report.error = error instanceof Error ? error.message : String(error);
    console.error(`\nbench stopped: ${report.error}`);
    status = 1;
  }
  report.finishedAt = new Date().toISOString();
  report.targets = checkTargets(report.sizes);
  // Each size was printed as it finished; several are repeated together so they read as one table.
  if (report.sizes.length > 1) console.log(`\n${'='.repeat(100)}\n${report.sizes.map(formatSize).join('\n\n')}`);
  console.log(`\n${formatTargets(report.targets)}`);
  console.log(`\nresults: ${await writeReport(report, RESULTS_DIR)}`);
  return status;
}

process.exitCode = await main();
