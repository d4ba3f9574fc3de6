/**
 * The benchmark corpus: N articles made from the seed article in `content/articles/`.
 *
 * Every article is the seed's body and figures under its own slug, headline, date, section and
 * tags, so a build of N articles does N times the seed's rendering work and fills listings,
 * sections, topics and the archive the way a real news site would. The corpus is a pure
 * function of (template, count, seed): the same arguments give byte-identical files, so two
 * runs, two machines or Warta and the baseline always build the same input.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';

/** The seed article split into what every generated article shares and what it changes. */
export interface ArticleTemplate {
  /** The seed's slug (its file name without `.md`). */
  slug: string;
  /** The seed's file, byte for byte: article 0 of every corpus, so its page can be weighed. */
  source: string;
  /** The seed's front matter as YAML data (core schema: dates stay text, as Warta reads them). */
  frontMatter: Readonly<Record<string, unknown>>;
  /** The seed's body: the same story, figures included, in every generated article. */
  body: string;
  /** The seed's headline, the stem of every generated headline. */
  title: string;
}

/** One article of the corpus, ready to be written to `<articles>/<fileName>`. */
export interface GeneratedArticle {
  /** 0 is the seed itself; 1…N−1 are variations. */
  index: number;
  slug: string;
  fileName: string;
  title: string;
  /** An ISO day (`2023-02-01`), the way the seed writes its date. */
  date: string;
  section: string;
  tags: readonly string[];
  /** The whole file: front matter and body. */
  text: string;
}

export interface CorpusOptions {
  /** Seed of the pseudo-random choices; the default is fixed so `npm run bench` always builds the same corpus. */
  seed?: number;
}

/** What a written corpus holds, for the harness: where it is and which pages to look at. */
export interface Corpus {
  /** The folder to pass as NEWS_CONTENT_DIR (it holds `articles/`). */
  contentDir: string;
  articlesDir: string;
  count: number;
  /** The seed's slug: its page is the one weighed gzipped and watched in `astro dev`. */
  seedSlug: string;
  /** Bytes of Markdown written. */
  bytes: number;
}

export const DEFAULT_SEED = 0x5eed_2023;

/** Desks of an Indonesian news site; the seed's own `Dunia` is one of them. */
export const SECTIONS: readonly string[] = ['Dunia', 'Nasional', 'Ekonomi', 'Olahraga', 'Teknologi', 'Hiburan', 'Kesehatan', 'Otomotif'];

/** How many distinct topics the corpus uses: enough for topic listings of many pages at N = 20,000. */
export const TAG_POOL_SIZE = 200;
export const MIN_TAGS = 3;
export const MAX_TAGS = 5;

/** Several years of dates, all before {@link BENCH_NOW}, so that every article is published in a build. */
export const FIRST_DAY = '2020-01-01';
export const LAST_DAY = '2025-12-31';
/** The build's clock (WARTA_NOW): fixed so that "scheduled" and "latest" mean the same in every run. */
export const BENCH_NOW = '2026-01-01T00:00:00+07:00';

/** Words that vary the headline besides its number, so headlines differ in more than digits. */
const HEADLINE_WORDS: readonly string[] = ['Analisis', 'Laporan', 'Sorotan', 'Kilas', 'Terkini', 'Wawancara', 'Fokus', 'Catatan'];

/** Real-looking topics first (the seed's own tags come first in the pool), numbered ones to fill it. */
const NAMED_TOPICS: readonly string[] = [
  'Jakarta', 'Surabaya', 'Bandung', 'Medan', 'Makassar', 'Bali', 'Papua', 'Aceh', 'IKN', 'DPR', 'KPK', 'Bank Indonesia',
  'OJK', 'BPS', 'Pertamina', 'PLN', 'Timnas Indonesia', 'Liga 1', 'PSSI', 'Bulu Tangkis', 'MotoGP', 'Formula 1', 'ASEAN',
  'PBB', 'G20', 'Inflasi', 'Suku Bunga', 'Rupiah', 'Harga BBM', 'Mobil Listrik', 'Kecerdasan Buatan', 'Startup', 'Pemilu',
  'Pilkada', 'Banjir', 'Gempa', 'Kesehatan Mental', 'Vaksin', 'Film Indonesia', 'Musik',
];

/**
 * mulberry32: a tiny, fast PRNG with good enough spread for picking dates and tags. Math.random
 * cannot be seeded, and a reproducible corpus is the point.
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], inclusive. */
function pickInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** The seed's own tags (it may have none). */
function templateTags(template: ArticleTemplate): string[] {
  return Array.isArray(template.frontMatter.tags) ? template.frontMatter.tags.map(String) : [];
}

/** The topic pool: the seed's tags, then named topics, then numbered ones up to {@link TAG_POOL_SIZE}. */
export function tagPool(template: ArticleTemplate): readonly string[] {
  const pool = [...new Set([...templateTags(template), ...NAMED_TOPICS])].slice(0, TAG_POOL_SIZE);
  for (let number = 1; pool.length < TAG_POOL_SIZE; number++) pool.push(`Topik ${number}`);
  return pool;
}

/** Splits `---\n<yaml>\n---\n<body>`; the seed is known to have front matter, anything else is an error. */
function splitFrontMatter(source: string, file: string): { yamlText: string; body: string } {
  const text = source.replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: expected YAML front matter between --- lines`);
  return { yamlText: match[1]!, body: match[2]! };
}

/** Reads the seed: the first article (by name) in `articlesDir`, or the given file. */
export async function readTemplate(articlesDir: string, fileName?: string): Promise<ArticleTemplate> {
  const name = fileName ?? (await readdir(articlesDir)).filter((entry) => entry.endsWith('.md')).sort()[0];
  if (!name) throw new Error(`${articlesDir}: no article to use as the template`);
  return templateFromSource(await readFile(join(articlesDir, name), 'utf8'), name.replace(/\.md$/, ''));
}

/** Builds a template from the seed's text; separate from {@link readTemplate} so tests need no files. */
export function templateFromSource(source: string, slug: string): ArticleTemplate {
  const { yamlText, body } = splitFrontMatter(source, `${slug}.md`);
  const frontMatter = yaml.load(yamlText, { schema: yaml.CORE_SCHEMA });
  if (typeof frontMatter !== 'object' || frontMatter === null || Array.isArray(frontMatter)) throw new Error(`${slug}.md: front matter is not a mapping`);
  const title = (frontMatter as Record<string, unknown>).title;
  if (typeof title !== 'string') throw new Error(`${slug}.md: front matter has no title`);
  return { slug, source, frontMatter: frontMatter as Record<string, unknown>, body, title };
}

/**
 * The slug of variation `index`: the seed slug's first words and the number. It depends on the
 * index alone, so the harness can find the file to edit without keeping 20,000 slugs around.
 */
export function variantSlug(template: ArticleTemplate, index: number): string {
  return `${template.slug.split('-').slice(0, 4).join('-')}-${index}`;
}

/** An ISO day `offset` days after {@link FIRST_DAY}. */
function dayAfterFirst(offset: number): string {
  return new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The corpus, one article at a time: a generator, so writing 20,000 articles never holds more
 * than one of them in memory. Article 0 is the seed verbatim; the others vary it.
 */
export function* generateArticles(template: ArticleTemplate, count: number, options: CorpusOptions = {}): Generator<GeneratedArticle> {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count: expected a positive integer, got ${count}`);
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const tags = tagPool(template);
  const days = Math.round((Date.parse(`${LAST_DAY}T00:00:00Z`) - Date.parse(`${FIRST_DAY}T00:00:00Z`)) / 86_400_000) + 1;
  yield {
    index: 0,
    slug: template.slug,
    fileName: `${template.slug}.md`,
    title: template.title,
    date: String(template.frontMatter.date),
    section: String(template.frontMatter.section),
    tags: templateTags(template),
    text: template.source,
  };
  for (let index = 1; index < count; index++) {
    // One PRNG, drawn in a fixed order: the whole corpus follows from the seed alone.
    const word = HEADLINE_WORDS[pickInt(random, 0, HEADLINE_WORDS.length - 1)]!;
    const date = dayAfterFirst(pickInt(random, 0, days - 1));
    const section = SECTIONS[pickInt(random, 0, SECTIONS.length - 1)]!;
    const tagCount = pickInt(random, MIN_TAGS, MAX_TAGS);
    const chosen = new Set<string>();
    while (chosen.size < tagCount) chosen.add(tags[pickInt(random, 0, tags.length - 1)]!);
    const slug = variantSlug(template, index);
    const title = `${template.title} (${word} ${index})`;
    const frontMatter = { ...template.frontMatter, title, date, section, tags: [...chosen] };
    // Core schema both ways: `date: 2023-02-01` is written plain, exactly like the seed writes it.
    const yamlText = yaml.dump(frontMatter, { schema: yaml.CORE_SCHEMA, lineWidth: -1 });
    yield { index, slug, fileName: `${slug}.md`, title, date, section, tags: [...chosen], text: `---\n${yamlText}---\n${template.body}` };
  }
}

/** Writes the corpus to `<contentDir>/articles/`; a few files in flight keep the disk busy without buffering the corpus. */
export async function writeCorpus(template: ArticleTemplate, count: number, contentDir: string, options: CorpusOptions = {}): Promise<Corpus> {
  const articlesDir = join(contentDir, 'articles');
  await mkdir(articlesDir, { recursive: true });
  const inFlight = new Set<Promise<void>>();
  let bytes = 0;
  for (const article of generateArticles(template, count, options)) {
    bytes += Buffer.byteLength(article.text);
    const write: Promise<void> = writeFile(join(articlesDir, article.fileName), article.text).finally(() => inFlight.delete(write));
    inFlight.add(write);
    if (inFlight.size >= 32) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return { contentDir, articlesDir, count, seedSlug: template.slug, bytes };
}

/**
 * A story newer than every article of the corpus (dated its last day, so it leads the home page
 * and joins the own page of every listing it is in), with the seed's body: what "publish one article" adds.
 */
export function newestArticle(template: ArticleTemplate, title: string): { slug: string; text: string } {
  const frontMatter = { ...template.frontMatter, title, date: LAST_DAY };
  return { slug: 'berita-terbaru-uji-bangun', text: `---\n${yaml.dump(frontMatter, { schema: yaml.CORE_SCHEMA, lineWidth: -1 })}---\n${template.body}` };
}

/** The file of `slug` in a corpus. */
export function articleFile(corpus: Corpus, slug: string): string {
  return join(corpus.articlesDir, `${slug}.md`);
}

/**
 * An article's text with one more paragraph at the end of its body: the smallest edit a writer
 * makes, and one whose words show up verbatim in the page (no Markdown or HTML in it).
 */
export function withExtraParagraph(text: string, paragraph: string): string {
  return `${text.trimEnd()}\n\n${paragraph}\n`;
}

