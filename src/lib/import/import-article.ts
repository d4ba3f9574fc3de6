/**
 * The importer: one scraped plain-text news article in, one Warta content file out. Nothing is
 * paraphrased or added: every line of the scrape is placed (layout.ts), the fields that had to be
 * inferred are listed for a person to check, and the result is validated with the site's own
 * parser, so an imported article always builds.
 */
import { ContentError } from '../content/errors.ts';
import { parseArticle } from '../content/parse-article.ts';
import { citedOutlets } from './citations.ts';
import { latestDateMention } from './dates.ts';
import { ImportError } from './errors.ts';
import { suspectedGluedWords } from './glued-words.ts';
import { layOut } from './layout.ts';
import type { Layout, Placement } from './layout-types.ts';
import { toLines } from './lines.ts';
import type { Source } from './provenance.ts';
import { splitSentences } from './sentences.ts';
import { slugify } from '../utils/slug.ts';
import { toMarkdown, type ImportedArticle } from './to-markdown.ts';
import type { Unit } from './unit-types.ts';
import { toUnits } from './units.ts';

export interface ImportOptions {
  /** The site's time zone, which a bare `date` is read in. */
  timeZone: string;
  /** Given fields win over what the text suggests. */
  date?: string;
  section?: string;
  publisher?: string;
}

export interface ImportResult {
  /** The file name without `.md`. */
  slug: string;
  markdown: string;
  article: ImportedArticle;
  /** The fields that were inferred from the text, one line each: `date: 2023-02-01, …`. */
  inferred: string[];
  /** What the importer placed: the input's lines, markers cut out, broken sentences joined. */
  units: Unit[];
  /** Where each unit went. */
  placements: Placement[];
  /** What left the article and by which rule: `dropped (ad marker): "ADVERTISEMENT" (line 7)`. */
  dropped: string[];
  /** What stayed but a person should check: `kept in the body, looks like a headline: "…" (line 4)`. */
  review: string[];
}

/** The report's lines for a layout's notes, naming the input lines each unit came from. */
function describeNotes(layout: Layout, units: readonly Unit[], kind: 'dropped' | 'review'): string[] {
  return layout.notes
    .filter((note) => note.kind === kind)
    .map(({ rule, index }) => {
      const lines = [...new Set(units[index]!.pieces.map((piece) => piece.line + 1))];
      const where = lines.length === 1 ? `line ${lines[0]}` : `lines ${lines[0]}–${lines.at(-1)}`;
      return kind === 'dropped' ? `dropped (${rule}): ${JSON.stringify(units[index]!.text)} (${where})` : `${rule}: ${JSON.stringify(units[index]!.text)} (${where})`;
    });
}

/** Syndication sources first, then the outlets the text cites, each name once. */
function mergeSources(declared: readonly Source[], cited: readonly string[]): Source[] {
  const known = new Set(declared.map((source) => source.name.toLowerCase()));
  return [...declared, ...cited.filter((name) => !known.has(name.toLowerCase())).map((name) => ({ name }))];
}

export function importArticle(text: string, options: ImportOptions): ImportResult {
  const lines = toLines(text);
  const units = toUnits(lines);
  const layout = layOut(units.map((unit) => unit.text));
  const slug = slugify(layout.headline);
  if (slug === undefined) {
    throw new ImportError(`expected a headline with Latin letters or digits to name the file, got ${JSON.stringify(layout.headline)}`);
  }
  const paragraphs = layout.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
  const inferred: string[] = [];
  const fromDateline = (field: string, value: string): string => {
    inferred.push(`${field}: ${value}, from the dateline ${JSON.stringify(layout.dateline?.text)}`);
    return value;
  };

  // layOut guarantees a paragraph, and a non-empty paragraph has a first sentence.
  const description = splitSentences(paragraphs[0]!)[0]!;
  inferred.push(`description: the body's first sentence, ${JSON.stringify(description)}`);

  let date = options.date;
  if (date === undefined) {
    const mention = latestDateMention(lines);
    if (!mention) throw new ImportError('expected a date, but the text mentions none: pass --date');
    date = mention.iso;
    inferred.push(`date: ${date}, the latest date the text mentions (${JSON.stringify(mention.text)})`);
  }

  const datelineSection = layout.dateline?.section;
  const section = options.section ?? (datelineSection === undefined ? undefined : fromDateline('section', datelineSection));
  if (section === undefined) throw new ImportError('expected a section, but no dateline names one: pass --section');

  const datelinePublisher = layout.dateline?.publisher;
  const publisher = options.publisher ?? (datelinePublisher === undefined ? undefined : fromDateline('publisher', datelinePublisher));

  if (layout.authors.length > 0) inferred.push(`authors: ${layout.authors.join(', ')}, from the byline`);
  if (layout.tags.length > 0) inferred.push(`tags: ${layout.tags.join(', ')}, the lines after the sign-off`);
  for (const source of layout.sources) {
    inferred.push(`sources: ${source.name}${source.note === undefined ? '' : ` (note: ${JSON.stringify(source.note)})`}, from the text's note on where it comes from`);
  }
  const cited = citedOutlets(paragraphs);
  if (cited.length > 0) inferred.push(`sources: ${cited.join(', ')}, the outlets the text cites`);
  const sources = mergeSources(layout.sources, cited);

  const review = describeNotes(layout, units, 'review');
  const glued = suspectedGluedWords(paragraphs);
  if (glued.length > 0)
    review.push(
      `suspected glued words (a link the scraper removed?), kept as scraped: ${glued.length} (${glued
        .slice(0, 5)
        .map((word) => JSON.stringify(word))
        .join(', ')}${glued.length > 5 ? ', …' : ''})`,
    );

  const article: ImportedArticle = {
    title: layout.headline,
    description,
    date,
    section,
    ...(publisher !== undefined ? { publisher } : {}),
    ...(layout.lead ? { image: layout.lead } : {}),
    authors: layout.authors,
    tags: layout.tags,
    sources,
    related: layout.related,
    partial: layout.partial,
    blocks: layout.blocks,
  };
  const markdown = toMarkdown(article);
  try {
    parseArticle(markdown, `${slug}.md`, slug, { timeZone: options.timeZone });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const problems = error.problems.map(({ field, message }) => `${field}: ${message}`).join('; ');
    throw new ImportError(`the article would break the content format (docs/content-format.md): ${problems}`);
  }
  return { slug, markdown, article, inferred, units, placements: layout.placements, dropped: describeNotes(layout, units, 'dropped'), review };
}
