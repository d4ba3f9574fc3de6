/**
 * Sentence boundaries, used for the description (the body's first sentence) and to tell a
 * headline or a credit (one phrase) from running text (several sentences).
 */

// Words that end with a full stop without ending a sentence: titles and abbreviations that are
// followed by a name. Lowercase, without the dot.
const ABBREVIATIONS = new Set([
  'capt',
  'co',
  'col',
  'corp',
  'dok',
  'dr',
  'drs',
  'gen',
  'gov',
  'hj',
  'inc',
  'ir',
  'jl',
  'jr',
  'kab',
  'kec',
  'kel',
  'kh',
  'lt',
  'ltd',
  'mr',
  'mrs',
  'ms',
  'no',
  'prof',
  'prov',
  'rep',
  'sen',
  'sgt',
  'sr',
  'st',
  'tgl',
  'vs',
]);

// End punctuation, any closing quotes or brackets, then a space and what can open a sentence:
// a capital, a digit or an opening quote or bracket.
const BOUNDARY = /[.!?…]+["”’')\]]*(?=\s+["“‘'(\[]?[\p{Lu}\p{N}])/gu;

function endsAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase();
  if (!word) return false;
  // An initial (`J. Smith`, `U.S. Army`) or a listed title.
  return /^(?:\p{L}\.)*\p{L}$/u.test(word) || ABBREVIATIONS.has(word);
}

/** The sentences of one paragraph, in order, each trimmed; a paragraph without a boundary is one sentence. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    if (match[0] === '.' && endsAbbreviation(paragraph.slice(start, match.index))) continue;
    const end = match.index + match[0].length;
    sentences.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

/** The words of a normalized text (lines.ts: single spaces). */
export const words = (text: string): string[] => text.split(' ').filter((word) => word !== '');

/** A word that ends with a full stop without ending a sentence (`Dr`, `Kec`, `Prov`), without its dot. */
export const isAbbreviation = (word: string): boolean => ABBREVIATIONS.has(word.toLowerCase());
