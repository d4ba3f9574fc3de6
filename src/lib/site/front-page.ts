/**
 * The home listing's own page as editors arrange it (`content/front-page.yaml`, validated by
 * src/lib/schemas/front-page.ts): the lead, stories beside it, a block per section, then the
 * latest stories. Pure: the caller passes the shown articles and every article of the build.
 *
 * The front page keeps the chronological listing's own page's items (the newest 20 to 39:
 * src/lib/site/paginate.ts), arranged: what the lead or the column beside it shows is taken out
 * of "latest", so the numbered pages start where they always did and no story of the first page
 * is lost or shown twice in the river. Section blocks are views of their section and may repeat
 * a story of the river, never the lead or picks. Stories are told apart by identity: the caller
 * gives each story as one object wherever it appears.
 */
import type { FrontPageConfig } from '../schemas/front-page.ts';
import { ContentError, type ContentProblem } from '../content/errors.ts';
import { compareNewestFirst, type Dated } from '../utils/ordering.ts';
import { nameSlug } from '../utils/slug.ts';
import { firstPageLength } from './paginate.ts';
import type { Topic } from './site-index.ts';

/** Stories beside the lead when editors picked none: the next newest. */
export const BESIDE_LEAD = 4;
/** Stories in each section block. */
export const SECTION_BLOCK_STORIES = 3;
/** Section blocks when the file names none: the sections with the newest stories. */
export const DEFAULT_SECTION_BLOCKS = 6;

export interface FrontPageArticle {
  slug: string;
  section: string;
}

/** A shown story as the front page orders it. */
export interface ShownFrontPageArticle extends FrontPageArticle, Dated {}

export interface FrontPageInput<T extends ShownFrontPageArticle> {
  /** The parsed file, or undefined when there is none. */
  config: FrontPageConfig | undefined;
  /** The file as named in messages. */
  file: string;
  /**
   * The articles this build shows, newest first; or (server mode) the newest as far as the
   * listing's own page and then the shown ones the file names, with `shownCount` saying how many
   * are shown.
   */
  shown: readonly T[];
  /** How many articles are shown, which decides how many the listing's own page holds; `shown.length` when it holds them all. */
  shownCount?: number | undefined;
  /** The shown articles' sections (src/lib/site/site-index.ts), each with at least its newest stories the blocks may take. */
  sections: readonly Topic<T>[];
  /** Every article loaded, shown or not (drafts, scheduled), or those the file names: tells a hidden story or section from a typo. */
  all: readonly FrontPageArticle[];
  /** Stories per page of the chronological listing, whose own page the front page arranges. */
  pageSize: number;
}

export interface SectionBlock<T> {
  topic: Topic<T>;
  articles: T[];
}

export interface FrontPage<T> {
  lead?: T | undefined;
  /** Editors' picks ("Pilihan redaksi"), in the file's order. */
  picks: T[];
  /** Beside the lead: the picks, or the next newest stories when there are none. */
  beside: { kind: 'picks' | 'latest'; articles: T[] };
  sections: SectionBlock<T>[];
  /** The first page's other stories, newest first, without the lead and what is beside it. */
  latest: T[];
  /** Stories or sections named in the file that this build does not show (drafts, scheduled, a section with nothing left to show). */
  warnings: string[];
}

export function resolveFrontPage<T extends ShownFrontPageArticle>(input: FrontPageInput<T>): FrontPage<T> {
  const { config, file, shown } = input;
  const problems: ContentProblem[] = [];
  const warnings: string[] = [];
  const shownBySlug = new Map(shown.map((article) => [article.slug, article]));
  const known = new Set(input.all.map((article) => article.slug));
  const onPage = new Set<T>();

  /** The shown article a field names; undefined (with a problem or a warning) otherwise. */
  function story(field: string, slug: string): T | undefined {
    const article = shownBySlug.get(slug);
    if (!known.has(slug)) problems.push({ file, field, message: `expected the slug of an article, got "${slug}"` });
    else if (!article) warnings.push(`${file}: ${field}: "${slug}" is a draft or not yet published, so this build leaves it out`);
    else if (onPage.has(article)) problems.push({ file, field, message: `expected a story not already named above, got "${slug}" again` });
    else {
      onPage.add(article);
      return article;
    }
    return undefined;
  }

  const chosenLead = config?.lead !== undefined ? story('lead', config.lead) : undefined;
  const picks = (config?.picks ?? []).flatMap((slug, index) => story(`picks.${index}`, slug) ?? []);
  // No lead named, or one this build leaves out: the newest story the picks do not show.
  const lead = chosenLead ?? shown.find((article) => !onPage.has(article));
  if (lead) onPage.add(lead);
  const sections = chosenSections(input, problems, warnings);
  if (problems.length > 0) throw new ContentError(problems);

  const river = shown.slice(0, firstPageLength(input.shownCount ?? shown.length, input.pageSize)).filter((article) => !onPage.has(article));
  const beside = picks.length > 0 ? { kind: 'picks' as const, articles: picks } : { kind: 'latest' as const, articles: river.slice(0, BESIDE_LEAD) };
  for (const article of beside.articles) onPage.add(article);
  const blocks: SectionBlock<T>[] = [];
  for (const { topic, named } of sections) {
    const articles = topic.articles.filter((article) => !onPage.has(article)).slice(0, SECTION_BLOCK_STORIES);
    if (articles.length > 0) blocks.push({ topic, articles });
    // A section the file asks for and the page leaves out must not go unnoticed.
    else if (named) warnings.push(`${file}: ${named.field}: every story of section "${named.name}" is already shown above it (the lead or beside it), so it gets no block`);
  }
  return { lead, picks, beside, sections: blocks, latest: river.filter((article) => !onPage.has(article)), warnings };
}

/** A section to give a block, and where the file names it (none for the default sections). */
interface ChosenSection<T> {
  topic: Topic<T>;
  named?: { field: string; name: string } | undefined;
}

/** The file's sections in its order, or the sections with the newest stories first. */
function chosenSections<T extends ShownFrontPageArticle>(input: FrontPageInput<T>, problems: ContentProblem[], warnings: string[]): ChosenSection<T>[] {
  const bySlug = new Map(input.sections.map((topic) => [topic.slug, topic]));
  const names = input.config?.sections;
  if (names === undefined) {
    return [...input.sections]
      .sort((a, b) => compareNewestFirst(a.articles[0]!, b.articles[0]!))
      .slice(0, DEFAULT_SECTION_BLOCKS)
      .map((topic) => ({ topic }));
  }
  const known = new Set(input.all.map((article) => nameSlug(article.section)));
  const chosen: ChosenSection<T>[] = [];
  names.forEach((name, index) => {
    const field = `sections.${index}`;
    const topic = bySlug.get(nameSlug(name));
    if (!known.has(nameSlug(name))) problems.push({ file: input.file, field, message: `expected the name of a section, got "${name}"` });
    else if (!topic) warnings.push(`${input.file}: ${field}: section "${name}" has no published story in this build, so it is left out`);
    else if (chosen.some((section) => section.topic === topic))
      problems.push({ file: input.file, field, message: `expected a section not already named above, got "${name}" again` });
    else chosen.push({ topic, named: { field, name } });
  });
  return chosen;
}
