/**
 * The benchmark corpus: N articles made from the seed article in `content/articles/`.
 *
 * Every article is the seed's body and figures under its own slug, headline, date, section and
 * tags, so a build of N articles does N times the seed's rendering work and fills listings,
 * sections, topics and the archive the way a real news site would. The corpus is a pure
 * function of (template, count, seed): the same arguments give byte-identical files, so two
 * runs, two machines or Warta and the baseline always build the same input.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { photoLike } from './pictures.ts';
import { createRandom } from '../../src/lib/utils/seeded-random.ts';

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

/** A picture of a generated story, made from its seed when the corpus is written (bench/lib/pictures.ts). */
export interface GeneratedPicture {
  /** Its name in the story's bundle folder. */
  name: string;
  seed: number;
  width: number;
  height: number;
}

/** One article of the corpus, ready to be written to `<articles>/<fileName>`, its pictures beside it. */
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
  /** None, or a lead photo and maybe one inside the story; then `fileName` is `<slug>/index.md`. */
  pictures: readonly GeneratedPicture[];
}

export interface CorpusOptions {
  /** Seed of the pseudo-random choices; the default is fixed so `npm run bench` always builds the same corpus. */
  seed?: number;
  /** Whether stories get pictures (the default); without, the same articles as flat files. */
  pictures?: boolean;
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
  /** Pictures written beside the articles. */
  pictures: number;
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

/**
 * Pictures as a newsroom's stories have them: a lead photo for most, one inside the story for
 * some (drawn apart from the text's choices, so the corpus's text is the same with or without
 * them). Archive pictures are small: what an archive's pictures cost a publish once they are
 * encoded is per file, not per pixel, and encoding 18,000 of them at 1600 px would take the
 * benchmark's machine half a day (docs/decisions/022). A new story's pictures are full size.
 */
export const LEAD_PICTURE_SHARE = 0.7;
export const INLINE_PICTURE_SHARE = 0.2;
export const ARCHIVE_PICTURE = { width: 320, height: 200 } as const;
export const NEW_PICTURE = { width: 1600, height: 1000 } as const;
/** The figure of the seed's body that gets the inline picture, and what the pictures are described as. */
const INLINE_FIGURE = ':::figure{credit="AP-Yonhap"}';
const PICTURE_ALT = 'Gambar uji benchmark';

/** Words that vary the headline besides its number, so headlines differ in more than digits. */
const HEADLINE_WORDS: readonly string[] = ['Analisis', 'Laporan', 'Sorotan', 'Kilas', 'Terkini', 'Wawancara', 'Fokus', 'Catatan'];

/** Real-looking topics first (the seed's own tags come first in the pool), numbered ones to fill it. */
const NAMED_TOPICS: readonly string[] = [
  'Jakarta',
  'Surabaya',
  'Bandung',
  'Medan',
  'Makassar',
  'Bali',
  'Papua',
  'Aceh',
  'IKN',
  'DPR',
  'KPK',
  'Bank Indonesia',
  'OJK',
  'BPS',
  'Pertamina',
  'PLN',
  'Timnas Indonesia',
  'Liga 1',
  'PSSI',
  'Bulu Tangkis',
  'MotoGP',
  'Formula 1',
  'ASEAN',
  'PBB',
  'G20',
  'Inflasi',
  'Suku Bunga',
  'Rupiah',
  'Harga BBM',
  'Mobil Listrik',
  'Kecerdasan Buatan',
  'Startup',
  'Pemilu',
  'Pilkada',
  'Banjir',
  'Gempa',
  'Kesehatan Mental',
  'Vaksin',
  'Film Indonesia',
  'Musik',
];

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
  const pictureRandom = createRandom((options.seed ?? DEFAULT_SEED) ^ 0x9e3779b9);
  const withPictures = options.pictures ?? true;
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
    pictures: [],
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
    // Both drawn for every article, so the pictures of one do not depend on those of another.
    const lead = pictureRandom() < LEAD_PICTURE_SHARE && withPictures;
    const inline = pictureRandom() < INLINE_PICTURE_SHARE && withPictures;
    const pictures = [
      ...(lead ? [{ name: 'foto.jpg', seed: index * 2, ...ARCHIVE_PICTURE }] : []),
      ...(inline ? [{ name: 'dalam.jpg', seed: index * 2 + 1, ...ARCHIVE_PICTURE }] : []),
    ];
    const text = articleText(template, { title, date, section, tags: [...chosen] }, { lead, inline });
    yield { index, slug, fileName: pictures.length > 0 ? `${slug}/index.md` : `${slug}.md`, title, date, section, tags: [...chosen], text, pictures };
  }
}

/**
 * An article's file: the seed's front matter and body with `fields` over them, and the seed's
 * lead figure and first inline figure showing a picture of the bundle when asked.
 */
function articleText(template: ArticleTemplate, fields: Readonly<Record<string, unknown>>, pictures: { lead: boolean; inline: boolean }): string {
  const leadImage = pictures.lead ? { image: { ...(template.frontMatter.image as object | undefined), src: './foto.jpg', alt: PICTURE_ALT } } : {};
  const body = pictures.inline ? template.body.replace(INLINE_FIGURE, `:::figure{src="./dalam.jpg" alt="${PICTURE_ALT}" credit="AP-Yonhap"}`) : template.body;
  // Core schema both ways: `date: 2023-02-01` is written plain, exactly like the seed writes it.
  return `---\n${yaml.dump({ ...template.frontMatter, ...fields, ...leadImage }, { schema: yaml.CORE_SCHEMA, lineWidth: -1 })}---\n${body}`;
}

/** Writes an article's file and its pictures under `articlesDir`. */
async function writeArticle(articlesDir: string, article: Pick<GeneratedArticle, 'fileName' | 'slug' | 'text' | 'pictures'>): Promise<void> {
  if (article.pictures.length > 0) await mkdir(join(articlesDir, article.slug), { recursive: true });
  await Promise.all([
    writeFile(join(articlesDir, article.fileName), article.text),
    ...article.pictures.map(async ({ name, seed, width, height }) => writeFile(join(articlesDir, article.slug, name), await photoLike(width, height, seed))),
  ]);
}

/** Writes the corpus to `<contentDir>/articles/`; a few files in flight keep the disk busy without buffering the corpus. */
export async function writeCorpus(template: ArticleTemplate, count: number, contentDir: string, options: CorpusOptions = {}): Promise<Corpus> {
  const articlesDir = join(contentDir, 'articles');
  await mkdir(articlesDir, { recursive: true });
  const inFlight = new Set<Promise<void>>();
  let bytes = 0;
  let pictures = 0;
  for (const article of generateArticles(template, count, options)) {
    bytes += Buffer.byteLength(article.text);
    pictures += article.pictures.length;
    const write: Promise<void> = writeArticle(articlesDir, article).finally(() => inFlight.delete(write));
    inFlight.add(write);
    if (inFlight.size >= 32) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return { contentDir, articlesDir, count, seedSlug: template.slug, bytes, pictures };
}

/**
 * A story newer than every article of the corpus (dated its last day, so it leads the home page
 * and joins the own page of every listing it is in), with the seed's body: what "publish one
 * article" adds; with `pictures`, a bundle with a lead photo and one inside the story, full size,
 * as a reporter's camera gives them.
 */
export async function publishNewest(template: ArticleTemplate, corpus: Corpus, slug: string, title: string, { pictures = false } = {}): Promise<void> {
  const text = articleText(template, { title, date: LAST_DAY }, { lead: pictures, inline: pictures });
  const made = pictures ? ['foto.jpg', 'dalam.jpg'].map((name, index) => ({ name, seed: 0x7e57 + index + slug.length, ...NEW_PICTURE })) : [];
  await writeArticle(corpus.articlesDir, { slug, fileName: pictures ? `${slug}/index.md` : `${slug}.md`, text, pictures: made });
}

/** The file of `slug` in a corpus: its bundle's `index.md`, or `<slug>.md`. */
export function articleFile(corpus: Corpus, slug: string): string {
  const bundle = join(corpus.articlesDir, slug, 'index.md');
  return existsSync(bundle) ? bundle : join(corpus.articlesDir, `${slug}.md`);
}

/**
 * An article's text with one more paragraph at the end of its body: the smallest edit a writer
 * makes, and one whose words show up verbatim in the page (no Markdown or HTML in it).
 */
export function withExtraParagraph(text: string, paragraph: string): string {
  return `${text.trimEnd()}\n\n${paragraph}\n`;
}
