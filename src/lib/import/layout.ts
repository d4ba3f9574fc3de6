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
import { creditValue, isCaptionLike, isHeadlineLike, isPagination, isRelatedTitle, matchCaptionWithCredit, matchCreditLine, matchRelatedLink } from './classify.ts';
import { looksLikePlaceDateline, matchDateline, matchSplitDateline, type Dateline } from './datelines.ts';
import { ImportError } from './errors.ts';
import { matchGluedCredit } from './glued-credit.ts';
import { LayoutState, PROMO_LINK } from './layout-state.ts';
import type { Block, Figure, Layout, Placement } from './layout-types.ts';
import { matchNoise } from './noise.ts';
import { isSignOff, matchByline, matchOutletCredit, matchReporterCredit } from './people.ts';
import { isAiDisclosure, matchClosingSource, matchSyndication, type Source } from './provenance.ts';
import { isTagLine } from './tags.ts';

// layOut's result, for callers that need only the function's module.
export type { Layout } from './layout-types.ts';

const INLINE_RELATED = /(?:^|[.!?"”] )(?:Baca|Lihat|Simak) [Jj]uga ?:/u;
const ENDS_MID_SENTENCE = / (?:di|ke|dari|dan|yang|dengan|untuk|oleh|pada|kepada)$/u;
const ENDS_SENTENCE = /[.!?…]["”’)\]]*$/u;
const GLUED_TAGS = /^[\p{Ll}\p{N} -]+$/u;

/** What the steps find besides placements, collected in the order they find it. */
interface Findings {
  authors: string[];
  sources: Source[];
  /** Other stories' headlines by the unit they stand in. */
  related: Map<number, string>;
  /** Figures by their caption's unit. */
  figures: Map<number, Figure>;
}

/** Lays out units' texts (units.ts); refuses a scrape without a headline and story text. */
export function layOut(lines: readonly string[]): Layout {
  const state = new LayoutState(lines);
  const found: Findings = { authors: [], sources: [], related: new Map(), figures: new Map() };
  placeCertainMarkers(state, found);
  placePagination(state);
  placeRelatedLinks(state, found);
  placeClosingSources(state, found);
  placeFigures(state, found);
  const dateline = placeDateline(state);
  const storyEnd = storyEndAt(state);
  const tags = placeTags(state, storyEnd);
  placePromoBlock(state, storyEnd);
  placeHeadlinesBetweenParagraphs(state, found, dateline);
  for (const index of state.openIndexes()) state.place('body', index);
  reviewBodyText(state, dateline);
  reviewGluedTags(state, storyEnd);
  const partial = notePageBreaks(state, storyEnd);
  const { lead, blocks } = toBlocks(state, found.figures, dateline);

  return {
    headline: state.text(state.headlineAt),
    placements: state.placements.map((kind, index) => {
      if (kind === undefined) throw new Error(`unit ${index + 1} was given no place`);
      return kind;
    }),
    ...(dateline ? { dateline } : {}),
    ...(lead ? { lead } : {}),
    blocks,
    related: [...found.related.entries()].sort(([a], [b]) => a - b).map(([, title]) => title),
    authors: [...new Set(found.authors)],
    sources: found.sources,
    tags,
    partial,
    notes: state.notes.sort((a, b) => a.index - b.index),
  };
}

/** Units that are certainly not story text, whatever their neighbours: noise, sign-offs, bylines, syndication notes, AI disclosures. */
function placeCertainMarkers(state: LayoutState, found: Findings): void {
  for (const index of state.openIndexes()) {
    const text = state.text(index);
    const noise = matchNoise(text);
    const byline = noise ? undefined : matchByline(text);
    const source = noise || byline ? undefined : matchSyndication(text);
    if (noise) state.drop(noise.name, index);
    else if (isSignOff(text)) state.drop('sign-off of initials', index);
    else if (byline) {
      state.place('byline', index);
      found.authors.push(...byline.authors);
      if (byline.others.length > 0) state.notes.push({ kind: 'dropped', rule: `not an author: ${byline.others.join('; ')}`, index });
    } else if (source) {
      state.place('source', index);
      found.sources.push(source);
    } else if (isAiDisclosure(text)) state.place('disclosure', index);
  }
}

function placePagination(state: LayoutState): void {
  for (const index of state.openIndexes()) if (isPagination(state.text(index))) state.place('pagination', index);
}

/**
 * `Baca juga: Judul`, or the prefix alone with the title on the next line. A prefix whose
 * titles the scraper dropped leaves alone: no title is invented.
 */
function placeRelatedLinks(state: LayoutState, found: Findings): void {
  for (const index of state.openIndexes()) {
    if (!state.isOpen(index)) continue;
    const link = matchRelatedLink(state.text(index));
    if (link?.title !== undefined) {
      found.related.set(index, link.title);
      state.place('related', index);
    } else if (link) {
      const titleAt = state.neighbour(index, 1);
      // The next line is the title, unless it is another prefix (`Read more` / `Baca juga`).
      if (titleAt !== undefined && isRelatedTitle(state.text(titleAt)) && !matchRelatedLink(state.text(titleAt))) {
        found.related.set(titleAt, state.text(titleAt));
        state.place('related', index, titleAt);
      } else state.drop('related-links heading without a title', index);
    }
  }
}

/** `sumber : Antara` closing the text names a source (placed before figures: it is not a credit). */
function placeClosingSources(state: LayoutState, found: Findings): void {
  for (const index of state.openIndexes()) {
    const source = matchClosingSource(state.text(index));
    if (source && state.nothingAfter(index)) {
      state.place('source', index);
      found.sources.push(source);
    }
  }
}

/** Places a figure at its caption's unit, with the units of its credit, and drops the picture's alt text before it. */
function addFigure(state: LayoutState, found: Findings, captionAt: number, figure: Figure, ...others: number[]): void {
  found.figures.set(captionAt, figure);
  state.place('figure', captionAt, ...others);
  // The picture's alt text just before its caption repeats the caption's first words.
  const altAt = state.neighbour(captionAt, -1);
  if (altAt !== undefined && altAt !== state.headlineAt && figure.caption.startsWith(state.text(altAt))) state.drop('image text repeated by the caption', altAt);
}

/** Whether the unit at `index` can be a caption: an open unit other than the headline that reads like one. */
function isCaptionAt(state: LayoutState, index: number | undefined): index is number {
  return index !== undefined && index !== state.headlineAt && isCaptionLike(state.text(index));
}

/**
 * Figures: a caption with its credit inside, a caption followed by a credit line (`Foto: X`,
 * or `Sumber :` with the credit on the next line), a credit glued to its caption
 * (`KOMPAS.com/Andi NugrohoMobil listrik baru`), a caption followed by `(Outlet.com/Name)`.
 * A credit with nothing caption-like before it is story text. A reporter's credit that
 * closes the story names an author.
 */
function placeFigures(state: LayoutState, found: Findings): void {
  for (const index of state.openIndexes()) {
    if (!state.isOpen(index)) continue;
    const line = state.text(index);
    const captioned = matchCaptionWithCredit(line);
    if (captioned) {
      addFigure(state, found, index, captioned);
      continue;
    }
    const glued = matchGluedCredit(line);
    if (glued) {
      addFigure(state, found, index, glued.figure);
      if (!glued.certain) state.review('credit glued to its caption, kept as one caption', index);
      continue;
    }
    const outletCredit = matchOutletCredit(line);
    if (outletCredit !== undefined) {
      placeOutletCredit(state, found, index, outletCredit);
      continue;
    }
    placeCreditLine(state, found, index);
  }
}

/** `(Outlet.com/Name)`: a reporter's credit closing the story, a caption's credit, or kept in the body for review. */
function placeOutletCredit(state: LayoutState, found: Findings, index: number, credit: string): void {
  const reporter = matchReporterCredit(state.text(index));
  const captionAt = state.neighbour(index, -1);
  if (reporter !== undefined && state.nothingAfter(index)) {
    state.place('byline', index);
    found.authors.push(reporter);
  } else if (isCaptionAt(state, captionAt)) {
    addFigure(state, found, captionAt, { caption: state.text(captionAt), credit }, index);
  } else state.review('kept in the body, looks like a credit', index);
}

/** `Foto: X` after a caption, or `Sumber :` with the credit on the next line. */
function placeCreditLine(state: LayoutState, found: Findings, index: number): void {
  const label = matchCreditLine(state.text(index));
  if (!label) return;
  const creditAt = label.credit === undefined ? state.neighbour(index, 1) : index;
  const credit = label.credit ?? (creditAt === undefined ? undefined : creditValue(state.text(creditAt)));
  const captionAt = state.neighbour(index, -1);
  if (credit === undefined || creditAt === undefined || !isCaptionAt(state, captionAt)) return;
  addFigure(state, found, captionAt, { caption: state.text(captionAt), credit }, index, creditAt);
}

/** The dateline opening the story, on its first unit or split over the first two; refuses a scrape with no story text left. */
function placeDateline(state: LayoutState): Dateline | undefined {
  const firstAt = state.openIndexes()[0];
  if (firstAt === undefined) {
    const got = state.placements.every((kind) => kind === 'blank' || kind === 'headline') ? 'only a headline' : 'no paragraph';
    throw new ImportError(`expected story text after the headline, got ${got}`);
  }
  const first = state.text(firstAt);
  const nextAt = state.neighbour(firstAt, 1);
  const split = matchDateline(first) ? undefined : matchSplitDateline(first, nextAt === undefined ? undefined : state.text(nextAt));
  const dateline = matchDateline(first) ?? split;
  if (dateline) state.place('dateline', firstAt, ...(split && split.text !== first && nextAt !== undefined ? [nextAt] : []));
  else if (looksLikePlaceDateline(first)) state.review('kept in the body, looks like a dateline that names no outlet', firstAt);
  return dateline;
}

/** The last unit that ends the story (a byline, a source or a sign-off), or -1. */
function storyEndAt(state: LayoutState): number {
  return state.placements.findLastIndex((kind, index) => kind === 'byline' || kind === 'source' || (kind === 'dropped' && isSignOff(state.text(index))));
}

/** Tags: short lowercase lines after the story's sign-off, byline or syndication note. */
function placeTags(state: LayoutState, storyEnd: number): string[] {
  const tagsAt = storyEnd < 0 ? [] : state.openIndexes().filter((index) => index > storyEnd);
  if (tagsAt.length === 0 || !tagsAt.every((index) => isTagLine(state.text(index)))) return [];
  state.place('tags', ...tagsAt);
  return tagsAt.map((index) => state.text(index));
}

/**
 * A promo block at the end: a heading, a line of text and `Selengkapnya`. The link goes; the
 * heading and text go only when the story has visibly ended before them.
 */
function placePromoBlock(state: LayoutState, storyEnd: number): void {
  const open = state.openIndexes();
  const promoAt = open.at(-1);
  if (promoAt === undefined || !PROMO_LINK.test(state.text(promoAt))) return;
  state.drop('promo link', promoAt);
  const [headingAt, textAt] = open.slice(-3, -1);
  if (headingAt === undefined || textAt === undefined || !isHeadlineLike(state.text(headingAt))) return;
  if (storyEnd >= 0 && headingAt > storyEnd) {
    state.drop('promo block after the story', headingAt);
    state.drop('promo block after the story', textAt);
  } else {
    state.place('body', headingAt, textAt);
    state.review('kept in the body, looks like a promo heading', headingAt);
    state.review('kept in the body, looks like a promo text', textAt);
  }
}

/**
 * A headline of another story between paragraphs. Both neighbours must be story text, so a
 * run of such lines at the start or the end of the story is not mistaken for links.
 */
function placeHeadlinesBetweenParagraphs(state: LayoutState, found: Findings, dateline: Dateline | undefined): void {
  const candidates = state.openIndexes();
  const storyText = candidates.filter((index) => !isHeadlineLike(state.text(index)));
  const textBefore = (index: number): boolean => (dateline !== undefined && dateline.rest !== '') || storyText.some((at) => at < index);
  for (const index of candidates) {
    if (storyText.includes(index)) continue;
    if (cutsASentence(state, index, storyText, dateline)) {
      state.review('kept in the body, looks like a headline but the text before it does not end a sentence', index);
      continue;
    }
    if (!textBefore(index) || !storyText.some((at) => at > index)) {
      state.review('kept in the body, looks like a headline', index);
      continue;
    }
    found.related.set(index, state.text(index));
    state.place('related', index);
  }
}

/**
 * Whether the story unit just before `index` does not end a sentence: the line may be the
 * sentence's continuation (a link's text the scraper put on a line of its own).
 */
function cutsASentence(state: LayoutState, index: number, storyText: readonly number[], dateline: Dateline | undefined): boolean {
  for (let at = index - 1; at > state.headlineAt; at--) {
    if (state.lines[at] === '' || state.placements[at] === 'dropped') continue;
    const text = state.placements[at] === 'dateline' ? dateline?.rest : state.isOpen(at) && storyText.includes(at) ? state.lines[at] : undefined;
    return text !== undefined && text !== '' && !ENDS_SENTENCE.test(text);
  }
  return false;
}

/** Body text a person should check: a `Baca juga` link inside it, or a sentence cut where a link was. */
function reviewBodyText(state: LayoutState, dateline: Dateline | undefined): void {
  for (const [index, kind] of state.placements.entries()) {
    if (kind !== 'body' && kind !== 'dateline') continue;
    const text = kind === 'body' ? state.text(index) : (dateline?.rest ?? '');
    if (INLINE_RELATED.test(text)) state.review('kept in the body, a "Baca juga" link inside the text (where its title ends is not certain)', index);
    if (ENDS_MID_SENTENCE.test(text)) state.review('kept in the body, ends mid-sentence (a link the scraper dropped?)', index);
  }
}

/** After the sign-off, lowercase words run together are the page's topic links, glued. */
function reviewGluedTags(state: LayoutState, storyEnd: number): void {
  if (storyEnd < 0) return;
  for (const [index, kind] of state.placements.entries()) {
    if (kind === 'body' && index > storyEnd && GLUED_TAGS.test(state.text(index))) state.review('kept in the body, looks like tags run together after the sign-off', index);
  }
}

/**
 * Pagination inside the text, with the story going on after it: the scraper joined the pages.
 * Nothing after the story's sign-off counts as the story going on. Returns whether the
 * original continues on other pages.
 */
function notePageBreaks(state: LayoutState, storyEnd: number): boolean {
  const storyKinds = new Set<Placement | undefined>(['body', 'figure', 'dateline']);
  const lastStory = state.placements.findLastIndex((kind, index) => storyKinds.has(kind) && (storyEnd < 0 || index < storyEnd));
  let partial = false;
  state.placements.forEach((kind, index) => {
    if (kind !== 'pagination') return;
    if (index < lastStory) state.notes.push({ kind: 'dropped', rule: 'page break inside the text (the scraper joined the pages)', index });
    else partial = true;
  });
  return partial;
}

/** The story in order (a leading figure apart, AI disclosures last); refuses a story without a paragraph. */
function toBlocks(state: LayoutState, figures: ReadonlyMap<number, Figure>, dateline: Dateline | undefined): { lead?: Figure; blocks: Block[] } {
  const blocks: Block[] = [];
  const disclosures: Block[] = [];
  state.lines.forEach((line, index) => {
    const figure = figures.get(index);
    const kind = state.placements[index];
    const text = kind === 'body' ? line : kind === 'dateline' ? dateline?.rest : undefined;
    if (figure) blocks.push({ kind: 'figure', figure });
    else if (text) blocks.push({ kind: 'paragraph', text });
    else if (kind === 'disclosure') disclosures.push({ kind: 'paragraph', text: line });
  });
  if (!blocks.some((block) => block.kind === 'paragraph')) throw new ImportError('expected story text after the headline, got no paragraph');
  if (blocks[0]?.kind !== 'figure') return { blocks: [...blocks, ...disclosures] };
  const [first, ...rest] = blocks;
  return { lead: first.figure, blocks: [...rest, ...disclosures] };
}
