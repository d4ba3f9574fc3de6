/**
 * Cuts a line where a scraper ran page furniture into the story or glued two paragraphs
 * together: texts with no line breaks at all (`… sebagai saksi. SCROLL TO CONTINUE WITH CONTENT
 * Ayu mengaku …`), and paragraphs whose break was lost (`Api berhasil dipadamkan.Warga lega.`).
 * Only cuts that cannot fall inside a sentence are made; nothing is removed here, every
 * character stays in one of the pieces, and layout.ts decides what each piece is.
 */
import { OUTLET_HOST, SIGN_OFF_INITIALS } from './people.ts';
import { isAbbreviation } from './sentences.ts';
import type { Piece } from './unit-types.ts';

interface InlineMarker {
  /** What the marker is, for the reader of this table. */
  name: string;
  /** Global, Unicode. */
  pattern: RegExp;
  /** `piece`: the marker becomes a piece of its own; `start`: the line is cut before it. */
  cut: 'piece' | 'start';
  /** Only after the end of a sentence (or another marker, or the start of the line). */
  afterSentence: boolean;
}

/** Markers that a scraper leaves inside a line of story text. Order matters: earlier ones count as boundaries for later ones. */
const INLINE_MARKERS: readonly InlineMarker[] = [
  { name: 'ad marker', pattern: /(?<![\p{L}])ADVERTISEMENT(?![\p{L}])/gu, cut: 'piece', afterSentence: false },
  { name: 'scroll prompt', pattern: /SCROLL TO (?:CONTINUE|RESUME) (?:WITH )?CONTENT/gu, cut: 'piece', afterSentence: false },
  { name: 'embed placeholder', pattern: /\[Gambas:[^\]]{1,40}\]/gu, cut: 'piece', afterSentence: false },
  { name: 'page number', pattern: /Halaman \d{1,2} dari \d{1,2}(?= \(| \p{Lu}|$)/gu, cut: 'piece', afterSentence: true },
  // Sign-offs and reporter credits are cut out whole, so that people.ts reads them as it reads a line of its own.
  { name: 'sign-off', pattern: new RegExp(SIGN_OFF_INITIALS, 'gu'), cut: 'piece', afterSentence: true },
  { name: 'reporter credit', pattern: new RegExp(String.raw`\(${OUTLET_HOST}\/[^()]{2,80}\)(?= |$)`, 'giu'), cut: 'piece', afterSentence: true },
  { name: 'syndication note', pattern: /Artikel ini (?:telah tayang di|bersumber dari) /gu, cut: 'start', afterSentence: true },
  { name: 'editor’s pick', pattern: /Pilihan Editor ?: /gu, cut: 'start', afterSentence: true },
];

// `dipadamkan.Warga`: a full stop between a lowercase word and a capitalized one, no space.
const GLUED_PARAGRAPHS = /(?<=\p{Ll}{2}[.!?]["”’]?)(?=\p{Lu}\p{Ll})/gu;
const MIN_WORD_BEFORE_GLUE = 4;
// …unless it is part of an address (`Tribunsumsel.Com`, `www.Kompas.com`).
const ADDRESS_PART = /^(?:Com|Co|Id|Net|Html?)(?![\p{L}])/u;
const SENTENCE_END = /[.!?…"”’)]$/u;

/** The pieces of one normalized line (lines.ts), in order. A line without markers is one piece. */
export function splitLine(line: string, lineIndex: number): Piece[] {
  // Cut positions, and the stretches that are markers of their own.
  const cuts = new Set<number>();
  const markerEnds = new Set<number>([0]);
  const boundaryBefore = (at: number): boolean => {
    const before = line.slice(0, at).trimEnd();
    return before === '' || SENTENCE_END.test(before) || markerEnds.has(before.length);
  };
  for (const marker of INLINE_MARKERS) {
    for (const match of line.matchAll(marker.pattern)) {
      const start = match.index;
      const end = start + match[0].trimEnd().length;
      if (marker.afterSentence && !boundaryBefore(start)) continue;
      cuts.add(start);
      if (marker.cut === 'piece') {
        cuts.add(end);
        markerEnds.add(end);
      }
    }
  }
  for (const match of line.matchAll(GLUED_PARAGRAPHS)) {
    const word = /\S*$/u.exec(line.slice(0, match.index))![0];
    // `Kec.Cimahi`, `dll.Selain`: an abbreviation, or a word too short to be sure of, glued to a name.
    const before = /(\p{L}+)[.!?]["”’]?$/u.exec(word)?.[1] ?? '';
    if (before.length < MIN_WORD_BEFORE_GLUE || isAbbreviation(before)) continue;
    if (ADDRESS_PART.test(line.slice(match.index)) || /:\/\/|www\./iu.test(word)) continue;
    cuts.add(match.index);
  }

  const positions = [...cuts].filter((at) => at > 0 && at < line.length).sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let start = 0;
  for (const end of [...positions, line.length]) {
    const stretch = line.slice(start, end);
    const text = stretch.trim();
    if (text !== '') pieces.push({ text, line: lineIndex, gap: pieces.length === 0 ? '' : /^\s/u.test(stretch) || /\s$/u.test(line.slice(0, start)) ? ' ' : '' });
    start = end;
  }
  return pieces.length > 0 ? pieces : [{ text: '', line: lineIndex, gap: '' }];
}
