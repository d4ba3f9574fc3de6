/**
 * Placing every unit of a scrape (units.ts: its lines, with inline markers cut out and broken
 * sentences joined): the headline, figures, related headlines, pagination, the dateline,
 * bylines, sources, tags, page furniture, and the story's paragraphs. Each unit gets exactly
 * one place, so story text keeps its order and nothing leaves without a trace: what is dropped
 * is dropped by a named rule, and what looks doubtful stays in the body and is reported.
 *
 * A scrape has one paragraph per line (scrapers do not hard-wrap), so every body unit becomes a
 * paragraph of its own; blank lines carry no meaning.
 */
import {
  creditValue,
  isCaptionLike,
  isHeadlineLike,
  isPagination,
  isRelatedTitle,
  matchCaptionWithCredit,
  matchCreditLine,
  matchRelatedLink,
} from './classify.ts';
import { looksLikePlaceDateline, matchDateline, matchSplitDateline, type Dateline } from './datelines.ts';
import { ImportError } from './errors.ts';
import { matchGluedCredit } from './glued-credit.ts';
import { matchNoise } from './noise.ts';
import { isSignOff, matchByline, matchOutletCredit, matchReporterCredit } from './people.ts';
import { isAiDisclosure, matchClosingSource, matchSyndication, type Source } from './provenance.ts';
import { isTagLine } from './tags.ts';

/** Where a unit of the input went. */
export type Placement =
  | 'blank'
  | 'headline'
  | 'body'
  | 'dateline'
  | 'figure'
  | 'related'
  | 'pagination'
  | 'byline'
  | 'source'
  | 'tags'
  | 'disclosure'
  | 'dropped';

export interface Figure {
  caption: string;
  /** Missing when a credit could not be told from its caption with certainty. */
  credit?: string;
}

export type Block = { kind: 'paragraph'; text: string } | { kind: 'figure'; figure: Figure };

/** A line for the report: what left the article by which rule, or what a person should check. */
export interface Note {
  kind: 'dropped' | 'review';
  /** `ad marker`, `looks like a headline`. */
  rule: string;
  /** The unit it is about. */
  index: number;
}

export interface Layout {
  headline: string;
  /** One entry per unit. A `dateline` unit is the dateline and the paragraph after it. */
  placements: Placement[];
  dateline?: Dateline;
  /** The figure before the first paragraph. */
  lead?: Figure;
  /** The story in order: paragraphs and the figures that stood between them; an AI disclosure last. */
  blocks: Block[];
  /** Headlines of other stories, in order. */
  related: string[];
  /** Writers and reporters the bylines name, in order, each once. */
  authors: string[];
  /** Where the text says it comes from: syndication notes and closing `sumber :` lines. */
  sources: Source[];
  tags: string[];
  /** The original continues on other pages. */
  partial: boolean;
  notes: Note[];
}

const INLINE_RELATED = /(?:^|[.!?"”] )(?:Baca|Lihat|Simak) [Jj]uga ?:/u;
const ENDS_MID_SENTENCE = / (?:di|ke|dari|dan|yang|dengan|untuk|oleh|pada|kepada)$/u;
const PROMO_LINK = /^Selengkapnya$/iu;
const ENDS_SENTENCE = /[.!?…]["”’)\]]*$/u;
const GLUED_TAGS = /^[\p{Ll}\p{N} -]+$/u;

/** Lays out units' texts (units.ts); refuses a scrape without a headline and story text. */
export function layOut(lines: readonly string[]): Layout {
  const placements: (Placement | undefined)[] = lines.map((line) => (line === '' ? 'blank' : undefined));
  const headlineAt = placements.indexOf(undefined);
  if (headlineAt < 0) throw new ImportError('expected a headline and story text, got an empty file');
  placements[headlineAt] = 'headline';

  const notes: Note[] = [];
  const isOpen = (index: number): boolean => placements[index] === undefined;
  const openIndexes = (): number[] => lines.flatMap((_line, index) => (isOpen(index) ? [index] : []));
  // The nearest unit before or after `index` that is neither blank nor dropped furniture, if it has no place yet.
  const neighbour = (index: number, step: 1 | -1): number | undefined => {
    for (let at = index + step; at >= 0 && at < lines.length; at += step) {
      if (lines[at] !== '' && placements[at] !== 'dropped') return isOpen(at) ? at : undefined;
    }
    return undefined;
  };
  const place = (kind: Placement, ...indexes: number[]): void => {
    for (const index of indexes) placements[index] = kind;
  };
  const drop = (rule: string, index: number): void => {
    place('dropped', index);
    notes.push({ kind: 'dropped', rule, index });
  };
  const review = (rule: string, index: number): void => {
    notes.push({ kind: 'review', rule, index });
  };
  // No story text after `index`: every later unit is blank, placed, or a short tag-like line.
  const nothingAfter = (index: number): boolean =>
    lines.every((line, at) => at <= index || line === '' || !isOpen(at) || isTagLine(line) || PROMO_LINK.test(line));

  // Units that are certainly not story text, whatever their neighbours.
  const authors: string[] = [];
  const sources: Source[] = [];
  for (const index of openIndexes()) {
    const text = lines[index]!;
    const noise = matchNoise(text);
    const byline = noise ? undefined : matchByline(text);
    const source = noise || byline ? undefined : matchSyndication(text);
    if (noise) drop(noise.name, index);
    else if (isSignOff(text)) drop('sign-off of initials', index);
    else if (byline) {
      place('byline', index);
      authors.push(...byline.authors);
      if (byline.others.length > 0) notes.push({ kind: 'dropped', rule: `not an author: ${byline.others.join('; ')}`, index });
    } else if (source) {
      place('source', index);
      sources.push(source);
    } else if (isAiDisclosure(text)) place('disclosure', index);
  }

  for (const index of openIndexes()) if (isPagination(lines[index]!)) place('pagination', index);

  // `Baca juga: Judul`, or the prefix alone with the title on the next line. A prefix whose
  // titles the scraper dropped leaves alone: no title is invented.
  const related = new Map<number, string>();
  for (const index of openIndexes()) {
    if (!isOpen(index)) continue;
    const link = matchRelatedLink(lines[index]!);
    if (link?.title !== undefined) {
      related.set(index, link.title);
      place('related', index);
    } else if (link) {
      const titleAt = neighbour(index, 1);
      // The next line is the title, unless it is another prefix (`Read more` / `Baca juga`).
      if (titleAt !== undefined && isRelatedTitle(lines[titleAt]!) && !matchRelatedLink(lines[titleAt]!)) {
        related.set(titleAt, lines[titleAt]!);
        place('related', index, titleAt);
      } else drop('related-links heading without a title', index);
    }
  }

  // `sumber : Antara` closing the text names a source (before figures: it is not a credit).
  for (const index of openIndexes()) {
    const source = matchClosingSource(lines[index]!);
    if (source && nothingAfter(index)) {
      place('source', index);
      sources.push(source);
    }
  }

  // Figures: a caption with its credit inside, a caption followed by a credit line (`Foto: X`,
  // or `Sumber :` with the credit on the next line), a credit glued to its caption
  // (`KOMPAS.com/Andi NugrohoMobil listrik baru`), a caption followed by `(Outlet.com/Name)`.
  // A credit with nothing caption-like before it is story text. A reporter's credit that
  // closes the story names an author.
  const figures = new Map<number, Figure>();
  const addFigure = (captionAt: number, figure: Figure, ...others: number[]): void => {
    figures.set(captionAt, figure);
    place('figure', captionAt, ...others);
    // The picture's alt text just before its caption repeats the caption's first words.
    const altAt = neighbour(captionAt, -1);
    if (altAt !== undefined && altAt !== headlineAt && figure.caption.startsWith(lines[altAt]!)) drop('image text repeated by the caption', altAt);
  };
  for (const index of openIndexes()) {
    if (!isOpen(index)) continue;
    const line = lines[index]!;
    const captioned = matchCaptionWithCredit(line);
    if (captioned) {
      addFigure(index, captioned);
      continue;
    }
    const glued = matchGluedCredit(line);
    if (glued) {
      addFigure(index, glued.figure);
      if (!glued.certain) review('credit glued to its caption, kept as one caption', index);
      continue;
    }
    const outletCredit = matchOutletCredit(line);
    if (outletCredit !== undefined) {
      const reporter = matchReporterCredit(line);
      const captionAt = neighbour(index, -1);
      if (reporter !== undefined && nothingAfter(index)) {
        place('byline', index);
        authors.push(reporter);
      } else if (captionAt !== undefined && captionAt !== headlineAt && isCaptionLike(lines[captionAt]!)) {
        addFigure(captionAt, { caption: lines[captionAt]!, credit: outletCredit }, index);
      } else review('kept in the body, looks like a credit', index);
      continue;
    }
    const label = matchCreditLine(line);
    if (!label) continue;
    const creditAt = label.credit === undefined ? neighbour(index, 1) : index;
    const credit = label.credit ?? (creditAt === undefined ? undefined : creditValue(lines[creditAt]!));
    const captionAt = neighbour(index, -1);
    if (credit === undefined || creditAt === undefined || captionAt === undefined || captionAt === headlineAt || !isCaptionLike(lines[captionAt]!)) continue;
    addFigure(captionAt, { caption: lines[captionAt]!, credit }, index, creditAt);
  }

  const firstAt = openIndexes()[0];
  if (firstAt === undefined) {
    const got = placements.every((kind) => kind === 'blank' || kind === 'headline') ? 'only a headline' : 'no paragraph';
    throw new ImportError(`expected story text after the headline, got ${got}`);
  }
  const nextAt = neighbour(firstAt, 1);
  const split = matchDateline(lines[firstAt]!) ? undefined : matchSplitDateline(lines[firstAt]!, nextAt === undefined ? undefined : lines[nextAt]);
  const dateline = matchDateline(lines[firstAt]!) ?? split;
  if (dateline) place('dateline', firstAt, ...(split && split.text !== lines[firstAt] && nextAt !== undefined ? [nextAt] : []));
  else if (looksLikePlaceDateline(lines[firstAt]!)) review('kept in the body, looks like a dateline that names no outlet', firstAt);

  // Tags: short lowercase lines after the story's sign-off, byline or syndication note.
  const lastEnd = placements.findLastIndex((kind, index) => kind === 'byline' || kind === 'source' || (kind === 'dropped' && isSignOff(lines[index]!)));
  const tagsAt = lastEnd < 0 ? [] : openIndexes().filter((index) => index > lastEnd);
  const tags: string[] = [];
  if (tagsAt.length > 0 && tagsAt.every((index) => isTagLine(lines[index]!))) {
    place('tags', ...tagsAt);
    tags.push(...tagsAt.map((index) => lines[index]!));
  }

  // A promo block at the end: a heading, a line of text and `Selengkapnya`. The link goes; the
  // heading and text go only when the story has visibly ended before them.
  const open = openIndexes();
  const promoAt = open.at(-1);
  if (promoAt !== undefined && PROMO_LINK.test(lines[promoAt]!)) {
    drop('promo link', promoAt);
    const [headingAt, textAt] = open.slice(-3, -1);
    if (headingAt !== undefined && textAt !== undefined && isHeadlineLike(lines[headingAt]!)) {
      if (lastEnd >= 0 && headingAt > lastEnd) {
        drop('promo block after the story', headingAt);
        drop('promo block after the story', textAt);
      } else {
        place('body', headingAt, textAt);
        review('kept in the body, looks like a promo heading', headingAt);
        review('kept in the body, looks like a promo text', textAt);
      }
    }
  }

  // A headline of another story between paragraphs. Both neighbours must be story text, so a
  // run of such lines at the start or the end of the story is not mistaken for links.
  const candidates = openIndexes();
  const storyText = candidates.filter((index) => !isHeadlineLike(lines[index]!));
  const textBefore = (index: number): boolean => (dateline !== undefined && dateline.rest !== '') || storyText.some((at) => at < index);
  // The story unit just before, when the text there does not end a sentence: the line may be
  // the sentence's continuation (a link's text the scraper put on a line of its own).
  const cutsASentence = (index: number): boolean => {
    for (let at = index - 1; at > headlineAt; at--) {
      if (lines[at] === '' || placements[at] === 'dropped') continue;
      const text = placements[at] === 'dateline' ? dateline?.rest : isOpen(at) && storyText.includes(at) ? lines[at] : undefined;
      return text !== undefined && text !== '' && !ENDS_SENTENCE.test(text);
    }
    return false;
  };
  for (const index of candidates) {
    if (storyText.includes(index)) continue;
    if (cutsASentence(index)) {
      review('kept in the body, looks like a headline but the text before it does not end a sentence', index);
      continue;
    }
    if (!textBefore(index) || !storyText.some((at) => at > index)) {
      review('kept in the body, looks like a headline', index);
      continue;
    }
    related.set(index, lines[index]!);
    place('related', index);
  }
  for (const index of openIndexes()) place('body', index);
  for (const [index, kind] of placements.entries()) {
    if (kind !== 'body' && kind !== 'dateline') continue;
    const text = kind === 'body' ? lines[index]! : (dateline?.rest ?? '');
    if (INLINE_RELATED.test(text)) review('kept in the body, a "Baca juga" link inside the text (where its title ends is not certain)', index);
    if (ENDS_MID_SENTENCE.test(text)) review('kept in the body, ends mid-sentence (a link the scraper dropped?)', index);
  }

  // After the sign-off, lowercase words run together are the page's topic links, glued.
  if (lastEnd >= 0) {
    for (const [index, kind] of placements.entries()) if (kind === 'body' && index > lastEnd && GLUED_TAGS.test(lines[index]!)) review('kept in the body, looks like tags run together after the sign-off', index);
  }

  // Pagination inside the text, with the story going on after it: the scraper joined the pages.
  // Nothing after the story's sign-off counts as the story going on.
  const storyKinds = new Set<Placement | undefined>(['body', 'figure', 'dateline']);
  const lastStory = placements.findLastIndex((kind, index) => storyKinds.has(kind) && (lastEnd < 0 || index < lastEnd));
  let partial = false;
  placements.forEach((kind, index) => {
    if (kind !== 'pagination') return;
    if (index < lastStory) notes.push({ kind: 'dropped', rule: 'page break inside the text (the scraper joined the pages)', index });
    else partial = true;
  });

  const blocks: Block[] = [];
  const disclosures: Block[] = [];
  lines.forEach((line, index) => {
    const figure = figures.get(index);
    const text = placements[index] === 'body' ? line : placements[index] === 'dateline' ? dateline?.rest : undefined;
    if (figure) blocks.push({ kind: 'figure', figure });
    else if (text) blocks.push({ kind: 'paragraph', text });
    else if (placements[index] === 'disclosure') disclosures.push({ kind: 'paragraph', text: line });
  });
  if (!blocks.some((block) => block.kind === 'paragraph')) throw new ImportError('expected story text after the headline, got no paragraph');
  let lead: Figure | undefined;
  if (blocks[0]?.kind === 'figure') {
    lead = blocks[0].figure;
    blocks.shift();
  }

  return {
    headline: lines[headlineAt]!,
    placements: placements.map((kind, index) => {
      if (kind === undefined) throw new Error(`unit ${index + 1} was given no place`);
      return kind;
    }),
    ...(dateline ? { dateline } : {}),
    ...(lead ? { lead } : {}),
    blocks: [...blocks, ...disclosures],
    related: [...related.entries()].sort(([a], [b]) => a - b).map(([, title]) => title),
    authors: [...new Set(authors)],
    sources,
    tags,
    partial,
    notes: notes.sort((a, b) => a.index - b.index),
  };
}
