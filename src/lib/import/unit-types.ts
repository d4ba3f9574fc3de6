/**
 * The shapes units.ts builds and the modules around it share (split-inline.ts cuts pieces,
 * join-lines.ts decides which units are one sentence). Kept apart so that neither of those
 * modules imports units.ts, which imports them.
 */

/** A stretch of one input line. */
export interface Piece {
  text: string;
  /** The input line it comes from, counting from 0. */
  line: number;
  /** What stood between the previous piece of the same line and this one: `' '` or `''`. */
  gap: string;
}

/** What the importer places: one or more pieces; a blank line is a unit without text. */
export interface Unit {
  text: string;
  pieces: Piece[];
}
