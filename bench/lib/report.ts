/**
 * The benchmark's results: their shape (also the JSON written to bench/results/), the medians
 * the table shows, the targets checked against them, and the printed table.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Tool = 'warta' | 'baseline';
export type BuildKind = 'cold' | 'warm-edit';

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
}

export interface DevResult {
  /** From spawning `astro dev` to the first 200 for the seed's article page. */
  firstArticleSeconds: number;
  /** From writing an edited article to the dev server serving the new text, per edit. */
  editVisibleSeconds: readonly number[];
  editVisibleMedianSeconds: number;
  peakRssBytes: number;
}

export interface SizeResult {
  articles: number;
  corpusBytes: number;
  generateSeconds: number;
  warta: CaseSummary;
  baseline: CaseSummary;
  /** Warta wall ÷ baseline wall, per measured pair (round), and their median. */
  wallRatioPairs: readonly number[];
  wallRatio: number;
  warm: CaseSummary;
  /** Median warm-with-one-edit wall ÷ median baseline cold wall. */
  warmToBaselineCold: number;
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
  settings: { seed: number; rounds: number; warmUps: number; now: string };
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

/** The targets, each checked against the sizes it is defined for, or "not measured". */
export function checkTargets(sizes: readonly SizeResult[]): TargetCheck[] {
  const at = (articles: number): SizeResult | undefined => sizes.find((size) => size.articles === articles);
  const checks: TargetCheck[] = [];
  const notMeasured = (target: string): TargetCheck => ({ target, measured: 'not measured' });
  for (const articles of [5_000, 20_000]) {
    const target = `cold build ≤ 1.1× baseline at N=${count(articles)}`;
    const size = at(articles);
    checks.push(size ? { target, measured: `${times(size.wallRatio)}`, met: size.wallRatio <= 1.1 } : notMeasured(target));
  }
  const warm = at(5_000);
  const warmTarget = 'warm build, one article edited, N=5,000 ≤ 0.8× baseline cold';
  checks.push(warm ? { target: warmTarget, measured: times(warm.warmToBaselineCold), met: warm.warmToBaselineCold <= 0.8 } : notMeasured(warmTarget));
  const large = at(20_000);
  const memoryTarget = 'peak memory at N=20,000 ≤ 2 GiB (largest Warta build)';
  if (large) {
    const peak = Math.max(large.warta.maxPeakRssBytes, large.warm.maxPeakRssBytes);
    checks.push({ target: memoryTarget, measured: bytes(peak), met: peak <= 2 * GIB });
  } else checks.push(notMeasured(memoryTarget));
  const devSize = at(1_000);
  const devTarget = 'astro dev: first article ≤ 5 s at N=1,000';
  checks.push(devSize?.dev ? { target: devTarget, measured: seconds(devSize.dev.firstArticleSeconds), met: devSize.dev.firstArticleSeconds <= 5 } : notMeasured(devTarget));
  const anyDev = sizes.find((size) => size.dev);
  const editTarget = 'an edit visible in astro dev ≤ 1 s';
  checks.push(
    anyDev?.dev
      ? { target: editTarget, measured: `${seconds(anyDev.dev.editVisibleMedianSeconds)} at N=${count(anyDev.articles)}`, met: anyDev.dev.editVisibleMedianSeconds <= 1 }
      : notMeasured(editTarget),
  );
  const pageTarget = 'seed article HTML+CSS ≤ 14 KB gzipped';
  const first = sizes[0];
  checks.push(first ? { target: pageTarget, measured: bytes(first.warta.seedPageGzipBytes), met: first.warta.seedPageGzipBytes <= SEED_PAGE_BUDGET_BYTES } : notMeasured(pageTarget));
  return checks;
}

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
  ];
  const lines = [
    `N = ${count(size.articles)} articles (corpus ${bytes(size.corpusBytes)}, written in ${seconds(size.generateSeconds)}); medians of ${size.warta.runs} runs`,
    table([
      ['', 'wall s', 'pages', 'pages/s', 'articles/s', 'peak RSS', 'output', 'seed page gz'],
      row('Warta, cold', size.warta),
      row('baseline, cold', size.baseline),
      row('Warta, warm + 1 edit', size.warm),
    ]),
    `Warta / baseline wall: ${times(size.wallRatio)} (pairs: ${size.wallRatioPairs.map(times).join(', ')}); Warta warm + 1 edit / baseline cold: ${times(size.warmToBaselineCold)}`,
  ];
  if (size.dev) {
    lines.push(
      `astro dev: first article served after ${seconds(size.dev.firstArticleSeconds)}; an edit visible after ${seconds(size.dev.editVisibleMedianSeconds)} ` +
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
