/** What layout.ts makes of a scrape's units, and what to-markdown.ts and glued-credit.ts read. */
import type { Dateline } from './datelines.ts';
import type { Source } from './provenance.ts';

/** Where a unit of the input went. */
export type Placement = 'blank' | 'headline' | 'body' | 'dateline' | 'figure' | 'related' | 'pagination' | 'byline' | 'source' | 'tags' | 'disclosure' | 'dropped';

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
