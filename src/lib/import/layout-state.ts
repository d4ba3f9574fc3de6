/**
 * What layout.ts's steps share while they place a scrape's units: each unit's place so far
 * (none yet: open), the report's notes, and the questions every step asks about its neighbours.
 */
import { ImportError } from './errors.ts';
import type { Note, Placement } from './layout-types.ts';
import { isTagLine } from './tags.ts';

/** The link that closes a promo block at the end of a page. */
export const PROMO_LINK = /^Selengkapnya$/iu;

export class LayoutState {
  readonly lines: readonly string[];
  readonly placements: (Placement | undefined)[];
  readonly notes: Note[] = [];
  /** The first unit with text. */
  readonly headlineAt: number;

  /** Places the headline; refuses a scrape without one. */
  constructor(lines: readonly string[]) {
    this.lines = lines;
    this.placements = lines.map((line) => (line === '' ? 'blank' : undefined));
    this.headlineAt = this.placements.indexOf(undefined);
    if (this.headlineAt < 0) throw new ImportError('expected a headline and story text, got an empty file');
    this.placements[this.headlineAt] = 'headline';
  }

  text(index: number): string {
    return this.lines[index]!;
  }

  isOpen(index: number): boolean {
    return this.placements[index] === undefined;
  }

  openIndexes(): number[] {
    return this.lines.flatMap((_line, index) => (this.isOpen(index) ? [index] : []));
  }

  /** The nearest unit before or after `index` that is neither blank nor dropped furniture, if it has no place yet. */
  neighbour(index: number, step: 1 | -1): number | undefined {
    for (let at = index + step; at >= 0 && at < this.lines.length; at += step) {
      if (this.lines[at] !== '' && this.placements[at] !== 'dropped') return this.isOpen(at) ? at : undefined;
    }
    return undefined;
  }

  place(kind: Placement, ...indexes: number[]): void {
    for (const index of indexes) this.placements[index] = kind;
  }

  drop(rule: string, index: number): void {
    this.place('dropped', index);
    this.notes.push({ kind: 'dropped', rule, index });
  }

  review(rule: string, index: number): void {
    this.notes.push({ kind: 'review', rule, index });
  }

  /** No story text after `index`: every later unit is blank, placed, or a short tag-like line. */
  nothingAfter(index: number): boolean {
    return this.lines.every((line, at) => at <= index || line === '' || !this.isOpen(at) || isTagLine(line) || PROMO_LINK.test(line));
  }
}
