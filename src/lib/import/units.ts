/**
 * The units the importer places: a scrape's lines after inline markers were cut out of them
 * (split-inline.ts) and sentences broken over several lines were joined back (join-lines.ts).
 * A unit remembers the pieces of input lines it is made of, so that every character of the
 * input can be traced to exactly one unit, and the text of a unit is its pieces as written.
 */
import { joinBrokenLines } from './join-lines.ts';
import { splitLine } from './split-inline.ts';

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

// A piece that opens with punctuation closes the text before it: `kata dia` + `.` → `kata dia.`
const CLOSES_TEXT = /^[.,;:!?)\]}…]/u;

/** The text of consecutive pieces: pieces of one line as they stood, lines joined by a space. */
export function joinPieces(pieces: readonly Piece[]): string {
  return pieces
    .map((piece, index) => {
      if (index === 0) return piece.text;
      const sameLine = pieces[index - 1]!.line === piece.line;
      return `${sameLine ? piece.gap : CLOSES_TEXT.test(piece.text) ? '' : ' '}${piece.text}`;
    })
    .join('');
}

/** Normalized lines (lines.ts) to units: markers cut out of each line, broken sentences joined. */
export function toUnits(lines: readonly string[]): Unit[] {
  const pieces = lines.flatMap((line, index) => splitLine(line, index));
  return joinBrokenLines(pieces.map((piece) => ({ text: piece.text, pieces: [piece] })));
}
