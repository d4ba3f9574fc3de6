/**
 * The units the importer places: a scrape's lines after inline markers were cut out of them
 * (split-inline.ts) and sentences broken over several lines were joined back (join-lines.ts).
 * A unit remembers the pieces of input lines it is made of, so that every character of the
 * input can be traced to exactly one unit, and the text of a unit is its pieces as written.
 */
import { sentenceJunctions } from './join-lines.ts';
import { splitLine } from './split-inline.ts';
import type { Piece, Unit } from './unit-types.ts';

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
  const units: Unit[] = pieces.map((piece) => ({ text: piece.text, pieces: [piece] }));
  const joinsNext = sentenceJunctions(units);
  const joined: Unit[] = [];
  units.forEach((unit, index) => {
    const previous = joined.at(-1);
    if (index > 0 && joinsNext[index - 1] && previous) {
      const pieces = [...previous.pieces, ...unit.pieces];
      joined[joined.length - 1] = { text: joinPieces(pieces), pieces };
    } else joined.push(unit);
  });
  return joined;
}
