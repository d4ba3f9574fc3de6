/**
 * Placing every line of a scrape: the headline, figures, related headlines, pagination, the
 * dateline and the story's paragraphs. Each line gets exactly one place, so nothing is dropped
 * without a trace, and story text keeps its order.
 *
 * A scrape has one paragraph per line (scrapers do not hard-wrap), so every body line becomes a
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
  matchDateline,
  matchRelatedLink,
  type Dateline,
} from './classify.ts';
import { ImportError } from './errors.ts';

/** Where a line of the input went. */
export type Placement = 'blank' | 'headline' | 'body' | 'dateline' | 'figure' | 'related' | 'pagination';

export interface Figure {
  caption: string;
  credit: string;
}

export type Block = { kind: 'paragraph'; text: string } | { kind: 'figure'; figure: Figure };

export interface Layout {
  headline: string;
  /** One entry per input line. A `dateline` line is the dateline and the paragraph after it. */
  placements: Placement[];
  dateline?: Dateline;
  /** The figure before the first paragraph. */
  lead?: Figure;
  /** The story in order: paragraphs and the figures that stood between them. */
  blocks: Block[];
  /** Headlines of other stories, in order. */
  related: string[];
  /** The original continues on other pages. */
  partial: boolean;
}

/** Lays out normalized lines (see lines.ts); refuses a scrape without a headline and story text. */
export function layOut(lines: readonly string[]): Layout {
  const placements: (Placement | undefined)[] = lines.map((line) => (line === '' ? 'blank' : undefined));
  const headlineAt = placements.indexOf(undefined);
  if (headlineAt < 0) throw new ImportError('expected a headline and story text, got an empty file');
  placements[headlineAt] = 'headline';

  const isOpen = (index: number): boolean => placements[index] === undefined;
  const openIndexes = (): number[] => lines.flatMap((_line, index) => (isOpen(index) ? [index] : []));
  // The nearest non-blank line before or after `index`, if it has no place yet.
  const neighbour = (index: number, step: 1 | -1): number | undefined => {
    for (let at = index + step; at >= 0 && at < lines.length; at += step) {
      if (lines[at] !== '') return isOpen(at) ? at : undefined;
    }
    return undefined;
  };
  const place = (kind: Placement, ...indexes: number[]): void => {
    for (const index of indexes) placements[index] = kind;
  };

  for (const index of openIndexes()) if (isPagination(lines[index]!)) place('pagination', index);

  // `Baca juga: Judul`, or the prefix alone with the title on the next line.
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
      }
    }
  }

  // A caption with its credit inside, or a caption followed by a credit line (`Foto: X`, or
  // `Sumber :` with the credit on the next line). A credit with nothing caption-like before it
  // is story text.
  const figures = new Map<number, Figure>();
  for (const index of openIndexes()) {
    if (!isOpen(index)) continue;
    const line = lines[index]!;
    const captioned = matchCaptionWithCredit(line);
    if (captioned) {
      figures.set(index, captioned);
      place('figure', index);
      continue;
    }
    const label = matchCreditLine(line);
    if (!label) continue;
    const creditAt = label.credit === undefined ? neighbour(index, 1) : index;
    const credit = label.credit ?? (creditAt === undefined ? undefined : creditValue(lines[creditAt]!));
    const captionAt = neighbour(index, -1);
    if (credit === undefined || creditAt === undefined || captionAt === undefined || !isCaptionLike(lines[captionAt]!)) continue;
    figures.set(captionAt, { caption: lines[captionAt]!, credit });
    place('figure', captionAt, index, creditAt);
  }

  const firstAt = openIndexes()[0];
  if (firstAt === undefined) {
    const got = placements.every((kind) => kind === 'blank' || kind === 'headline') ? 'only a headline' : 'no paragraph';
    throw new ImportError(`expected story text after the headline, got ${got}`);
  }
  const dateline = matchDateline(lines[firstAt]!);
  if (dateline) place('dateline', firstAt);

  // A headline of another story between paragraphs. Both neighbours must be story text, so a
  // run of such lines at the start or the end of the story is not mistaken for links.
  const candidates = openIndexes();
  const storyText = candidates.filter((index) => !isHeadlineLike(lines[index]!));
  const textBefore = (index: number): boolean => (dateline !== undefined && dateline.rest !== '') || storyText.some((at) => at < index);
  for (const index of candidates) {
    if (storyText.includes(index) || !textBefore(index) || !storyText.some((at) => at > index)) continue;
    related.set(index, lines[index]!);
    place('related', index);
  }
  for (const index of openIndexes()) place('body', index);

  const blocks: Block[] = [];
  lines.forEach((line, index) => {
    const figure = figures.get(index);
    const text = placements[index] === 'body' ? line : placements[index] === 'dateline' ? dateline?.rest : undefined;
    if (figure) blocks.push({ kind: 'figure', figure });
    else if (text) blocks.push({ kind: 'paragraph', text });
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
      if (kind === undefined) throw new Error(`line ${index + 1} was given no place`);
      return kind;
    }),
    ...(dateline ? { dateline } : {}),
    ...(lead ? { lead } : {}),
    blocks,
    related: [...related.entries()].sort(([a], [b]) => a - b).map(([, title]) => title),
    partial: placements.includes('pagination'),
  };
}
