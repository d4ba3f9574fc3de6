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
import { layOut, type Placement } from './layout.ts';
import { toLines } from './lines.ts';
import { splitSentences } from './sentences.ts';
import { slugify } from '../utils/slug.ts';
import { toMarkdown, type ImportedArticle } from './to-markdown.ts';

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
  /** Where each line of the input went, by line. */
  placements: Placement[];
}

export function importArticle(text: string, options: ImportOptions): ImportResult {
  const lines = toLines(text);
  const layout = layOut(lines);
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

  const sources = citedOutlets(paragraphs);
  if (sources.length > 0) inferred.push(`sources: ${sources.join(', ')}, the outlets the text cites`);

  const article: ImportedArticle = {
    title: layout.headline,
    description,
    date,
    section,
    ...(publisher !== undefined ? { publisher } : {}),
    ...(layout.lead ? { image: layout.lead } : {}),
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
  return { slug, markdown, article, inferred, placements: layout.placements };
}
