/**
 * The benchmark's results: their shape (also the JSON written to bench/results/), the medians
 * the table shows, the issue's targets checked against them, and the printed table.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Tool = 'warta' | 'baseline';
/**
 * The incremental builds: three into the output folder of the build before, as on a newsroom's
 * machine (`npm run build` into dist/), then nothing changed into a new folder, as on a CI runner
 * that restores only the cache folder.
 */
export type IncrementalKind = 'new-article' | 'new-article-pictures' | 'edited' | 'unchanged' | 'unchanged-new-folder';
/** In the order they are built and printed. */
export const INCREMENTAL_KINDS: readonly IncrementalKind[] = ['new-article', 'new-article-pictures', 'edited', 'unchanged', 'unchanged-new-folder'];
/** `clean-check`: the unmeasured clean build an incremental one is compared with. */
export type BuildKind = 'cold' | IncrementalKind | 'clean-check';

/** One build, as measured. */
export interface BuildSample {
  tool: Tool;
  kind: BuildKind;
  /** 0 is the warm-up (cold builds only); 1… are measured. */
  round: number;
  warmUp: boolean;
  wallSeconds: number;
  peakRssBytes: number;
  outputBytes: number;
  outputFiles: number;
  htmlPages: number;
  /** The seed article's page: raw HTML and gzip -9 of HTML plus linked CSS. */
  seedPageHtmlBytes: number;
  seedPageGzipBytes: number;
  /** Files Astro rendered, and files it copied from its incremental cache (Warta only). */
  filesRendered: number;
  filesReused: number;
  /** Pictures the build published, and those of them it encoded (Warta only; the rest were in its cache). */
  picturesPublished: number;
  picturesEncoded: number;
  /** The 1-minute load average just before the build: other work on the machine skews timings. */
  loadBefore: number;
}

/** Medians over the measured (non-warm-up) builds of one tool and kind. */
export interface CaseSummary {
  runs: number;
  wallSeconds: number;
  /** HTML pages written per wall second. */
  pagesPerSecond: number;
  /** Articles in the corpus per wall second: the same for both tools, unlike pages. */
  articlesPerSecond: number;
  peakRssBytes: number;
  /** The largest peak of any measured build (the memory target is about the worst case). */
  maxPeakRssBytes: number;
  outputBytes: number;
  htmlPages: number;
  seedPageGzipBytes: number;
  filesRendered: number;
  filesReused: number;
  picturesEncoded: number;
}

export interface DevResult {
  /** From spawning `astro dev` to the first 200 for the seed's article page. */
  firstArticleSeconds: number;
  /** The same on the first start, before `.astro/` held this corpus's content store. */
  emptyStoreFirstArticleSeconds?: number;
  /** From writing an edited article to the dev server serving the new text, per edit. */
  editVisibleSeconds: readonly number[];
  editVisibleMedianSeconds: number;
  peakRssBytes: number;
}

export interface SizeResult {
  articles: number;
  /** Cold builds of each tool: warm-ups (not counted) and measured rounds. */
  warmUps: number;
  rounds: number;
  corpusBytes: number;
  /** Pictures in the corpus's bundles. */
  pictures: number;
  generateSeconds: number;
  /**
   * The first Warta build of the size, which encoded every picture its cache lacked: the cost of
   * importing an archive (bench/.picture-cache keeps them for later runs), not counted as a cold build.
   */
  pictureImport: { seconds: number; encoded: number };
  warta: CaseSummary;
  baseline: CaseSummary;
  /** Warta wall ÷ baseline wall, per measured pair (round), and their median. */
  wallRatioPairs: readonly number[];
  wallRatio: number;
  /** One build each, on the cache of the last cold build. */
  incremental: Record<IncrementalKind, CaseSummary>;
  /** One new article's incremental wall ÷ median baseline cold wall. */
  newArticleToBaselineCold: number;
  dev?: DevResult;
  /** Why the dev-server measurement failed, when it did: the builds' figures still count. */
  devError?: string;
  samples: readonly BuildSample[];
}

export interface TargetCheck {
  target: string;
  measured: string;
  /** undefined when this run did not measure it (e.g. no N = 20,000). */
  met?: boolean;
}

export interface BenchReport {
  startedAt: string;
  finishedAt?: string;
  /** Set when the run stopped early; results up to then are kept. */
  error?: string;
  machine: {
    cpus: number;
    cpuModel: string;
    totalMemoryBytes: number;
    node: string;
    astro: string;
    commit: string;
  };
  settings: { seed: number; now: string; /** False for `--text-only`: the archive without pictures. */ pictures: boolean };
  sizes: SizeResult[];
  targets: TargetCheck[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Medians of the measured samples of one tool and kind (warm-ups are left out). */
export function summarize(samples: readonly BuildSample[], tool: Tool, kind: BuildKind, articles: number): CaseSummary {
  const measured = samples.filter((sample) => sample.tool === tool && sample.kind === kind && !sample.warmUp);
  const of = (pick: (sample: BuildSample) => number): number => median(measured.map(pick));
  const wallSeconds = of((sample) => sample.wallSeconds);
  return {
    runs: measured.length,
    wallSeconds,
    pagesPerSecond: of((sample) => sample.htmlPages / sample.wallSeconds),
    articlesPerSecond: articles / wallSeconds,
    peakRssBytes: of((sample) => sample.peakRssBytes),
    maxPeakRssBytes: Math.max(...measured.map((sample) => sample.peakRssBytes)),
    outputBytes: of((sample) => sample.outputBytes),
    htmlPages: of((sample) => sample.htmlPages),
    seedPageGzipBytes: of((sample) => sample.seedPageGzipBytes),
    filesRendered: of((sample) => sample.filesRendered),
    filesReused: of((sample) => sample.filesReused),
    picturesEncoded: Math.max(0, ...measured.map((sample) => sample.picturesEncoded)),
  };
}

/** Warta ÷ baseline wall time of each round, pairing the builds that ran back to back. */
export function wallRatios(samples: readonly BuildSample[]): number[] {
  const cold = samples.filter((sample) => sample.kind === 'cold' && !sample.warmUp);
  const ratios: number[] = [];
  for (const warta of cold.filter((sample) => sample.tool === 'warta')) {
    const baseline = cold.find((sample) => sample.tool === 'baseline' && sample.round === warta.round);
    if (baseline) ratios.push(warta.wallSeconds / baseline.wallSeconds);
  }
  return ratios;
}

/** 14 KB as the issue means it: what fits the first round trip of a new TCP connection (10 × 1,460 B ≈ 14 × 1,024 B). */
export const SEED_PAGE_BUDGET_BYTES = 14 * 1024;
const GIB = 1024 ** 3;

/** The issue's targets (issue 17), each checked against the sizes it is defined for, or "not measured". */
export function checkTargets(sizes: readonly SizeResult[]): TargetCheck[] {
  const at = (articles: number): SizeResult | undefined => sizes.find((size) => size.articles === articles);
  const checks: TargetCheck[] = [];
  const check = (target: string, size: SizeResult | undefined, measure: (size: SizeResult) => Omit<TargetCheck, 'target'>): void => {
    checks.push(size ? { target, ...measure(size) } : { target, measured: 'not measured' });
  };
  const within = (limit: number) => (wall: number) => ({ measured: seconds(wall), met: wall <= limit });
  const wall = (kind: IncrementalKind, limit: number) => (size: SizeResult) => within(limit)(size.incremental[kind].wallSeconds);
  check('one new story at N=20,000 ≤ 5 s, dist/ kept', at(20_000), wall('new-article', 5));
  check('one new story at N=100,000 ≤ 10 s, dist/ kept', at(100_000), wall('new-article', 10));
  const renderedForNew = [5_000, 20_000, 100_000].map(at).filter((size): size is SizeResult => size !== undefined);
  checks.push({
    target: 'pages rendered for one new story: the same (± 10) at N=5,000, 20,000 and 100,000',
    measured:
      renderedForNew.length === 0 ? 'not measured' : renderedForNew.map((size) => `${count(size.incremental['new-article'].filesRendered)} at ${count(size.articles)}`).join(', '),
    ...(renderedForNew.length === 3 ? { met: spread(renderedForNew.map((size) => size.incremental['new-article'].filesRendered)) <= 20 } : {}),
  });
  check('one new story with two new pictures at N=20,000 ≤ 8 s', at(20_000), wall('new-article-pictures', 8));
  check('one story edited at N=20,000 ≤ 5 s', at(20_000), wall('edited', 5));
  checks.push({
    target: 'nothing changed in an archive with pictures: no picture encoded',
    measured:
      sizes.length === 0
        ? 'not measured'
        : sizes
            .map(
              (size) =>
                `${count(size.incremental.unchanged.picturesEncoded + size.incremental['unchanged-new-folder'].picturesEncoded)} of ${count(size.pictures)} at ${count(size.articles)}`,
            )
            .join(', '),
    ...(sizes.length === 0
      ? {}
      : { met: sizes.every((size) => size.pictures > 0 && size.incremental.unchanged.picturesEncoded + size.incremental['unchanged-new-folder'].picturesEncoded === 0) }),
  });
  check('nothing changed at N=20,000 ≤ 3 s', at(20_000), wall('unchanged', 3));
  check('nothing changed at N=100,000 ≤ 8 s', at(100_000), wall('unchanged', 8));
  check('one new story at N=5,000 ≤ 0.4× baseline cold', at(5_000), (size) => ({ measured: times(size.newArticleToBaselineCold), met: size.newArticleToBaselineCold <= 0.4 }));
  check('cold build ≤ 2.0× baseline at N=20,000', at(20_000), (size) => ({
    measured: `${times(size.wallRatio)} (pairs: ${size.wallRatioPairs.map(times).join(', ')})`,
    met: size.wallRatio <= 2,
  }));
  for (const [articles, limit] of [
    [20_000, 2.5],
    [100_000, 7],
  ] as const) {
    check(`peak memory at N=${count(articles)} ≤ ${limit} GiB, cold and incremental`, at(articles), (size) => {
      const peak = Math.max(size.warta.maxPeakRssBytes, ...Object.values(size.incremental).map((summary) => summary.maxPeakRssBytes));
      return { measured: bytes(peak), met: peak <= limit * GIB };
    });
  }
  check('seed article HTML+CSS ≤ 14 KB gzipped', sizes[0], (size) => ({
    measured: bytes(size.warta.seedPageGzipBytes),
    met: size.warta.seedPageGzipBytes <= SEED_PAGE_BUDGET_BYTES,
  }));
  return checks;
}

/** The largest minus the smallest. */
const spread = (values: readonly number[]): number => Math.max(...values) - Math.min(...values);

const count = (value: number): string => Math.round(value).toLocaleString('en-US');
const seconds = (value: number): string => `${value.toFixed(2)} s`;
const times = (value: number): string => `${value.toFixed(2)}×`;
function bytes(value: number): string {
  if (value >= GIB) return `${(value / GIB).toFixed(2)} GiB`;
  if (value >= 1024 ** 2) return `${(value / 1024 ** 2).toFixed(1)} MiB`;
  return `${count(value)} B`;
}

/** Left-aligns the first column and right-aligns the rest, so numbers line up. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n');
}

/** The printed results for one corpus size. */
export function formatSize(size: SizeResult): string {
  const row = (name: string, summary: CaseSummary): string[] => [
    name,
    summary.wallSeconds.toFixed(2),
    count(summary.htmlPages),
    summary.pagesPerSecond.toFixed(1),
    summary.articlesPerSecond.toFixed(1),
    bytes(summary.peakRssBytes),
    bytes(summary.outputBytes),
    bytes(summary.seedPageGzipBytes),
    count(summary.picturesEncoded),
  ];
  const lines = [
    `N = ${count(size.articles)} articles, ${count(size.pictures)} pictures (corpus ${bytes(size.corpusBytes)} of Markdown, written in ${seconds(size.generateSeconds)}); medians of ${size.warta.runs} runs`,
    `picture import (first build, not a sample): ${count(size.pictureImport.encoded)} pictures encoded, build ${seconds(size.pictureImport.seconds)}; the cold builds below start with the pictures encoded`,
    table([
      ['', 'wall s', 'pages', 'pages/s', 'articles/s', 'peak RSS', 'output', 'seed page gz', 'pictures encoded'],
      row('Warta, cold', size.warta),
      row('baseline, cold', size.baseline),
      row('Warta, one new article', size.incremental['new-article']),
      row('Warta, one new article, two new pictures', size.incremental['new-article-pictures']),
      row('Warta, one article edited', size.incremental.edited),
      row('Warta, nothing changed', size.incremental.unchanged),
      row('Warta, nothing changed, new folder', size.incremental['unchanged-new-folder']),
    ]),
    `Warta / baseline wall: ${times(size.wallRatio)} (pairs: ${size.wallRatioPairs.map(times).join(', ')}); Warta one new article / baseline cold: ${times(size.newArticleToBaselineCold)}`,
    `incremental builds (one each, every one equal to a clean build): files rendered / reused: ${INCREMENTAL_KINDS.map((kind) => `${kind} ${count(size.incremental[kind].filesRendered)} / ${count(size.incremental[kind].filesReused)}`).join('; ')}`,
  ];
  if (size.dev) {
    lines.push(
      `astro dev (second start, content store kept): first article served after ${seconds(size.dev.firstArticleSeconds)}` +
        `${size.dev.emptyStoreFirstArticleSeconds === undefined ? '' : ` (first start: ${seconds(size.dev.emptyStoreFirstArticleSeconds)})`}; an edit visible after ${seconds(size.dev.editVisibleMedianSeconds)} ` +
        `(each: ${size.dev.editVisibleSeconds.map(seconds).join(', ')}); peak RSS ${bytes(size.dev.peakRssBytes)}`,
    );
  }
  if (size.devError) lines.push(`astro dev: not measured, it failed: ${size.devError.split('\n')[0]}`);
  return lines.join('\n');
}

export function formatTargets(checks: readonly TargetCheck[]): string {
  const verdict = (check: TargetCheck): string => (check.met === undefined ? '–' : check.met ? 'met' : 'NOT MET');
  return table([['target', 'measured', 'verdict'], ...checks.map((check) => [check.target, check.measured, verdict(check)])]);
}

/** Writes the report as `<dir>/<startedAt>.json` (colons left out: they are not portable in file names). */
export async function writeReport(report: BenchReport, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${report.startedAt.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
