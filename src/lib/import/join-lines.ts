/**
 * Finds where a scraper broke a sentence over several lines, so units.ts joins it back into one
 * unit before any line is classified: `… akibat kerusuhan tahanan di` / `Mako Brimob` / `, Kelapa Dua,` /
 * `Depok` / `, Jawa Barat.` is one sentence whose link texts were put on lines of their own.
 * A junction is made only where it is certain that the sentence goes on: the line before does
 * not end a sentence, and the next line continues it (a lowercase word or punctuation), or the
 * next line is a short fragment (a link's text) after a comma or a word that never ends a
 * sentence (`di`, `dari`, `yang`), or a short fragment that is itself continued. A long line
 * after `… dengan aparat di` is a new paragraph whose link the scraper dropped: it stays apart. Blank lines, the headline, and
 * lines that are markers of their own (credits, bylines, sign-offs, links) are never joined.
 */
import { isPagination, matchCreditLine, matchRelatedLink } from './classify.ts';
import { matchNoise } from './noise.ts';
import { isSignOff, matchByline, matchOutletCredit } from './people.ts';
import { isAiDisclosure, matchSyndication } from './provenance.ts';
import { words } from './sentences.ts';
import type { Unit } from './unit-types.ts';

/** Words after which an Indonesian or English sentence always goes on. */
const CONTINUATION_WORDS = new Set([
  'di',
  'ke',
  'dari',
  'dan',
  'yang',
  'dengan',
  'untuk',
  'oleh',
  'pada',
  'kepada',
  'bahwa',
  'atau',
  'serta',
  'para',
  'sang',
  'dalam',
  'atas',
  'bagi',
  'tentang',
  'terhadap',
  'sebagai',
  'seperti',
  'karena',
  'namun',
  'tetapi',
  'bagaimana',
  'the',
  'of',
  'to',
  'and',
  'a',
  'an',
  'in',
  'for',
  'by',
  'with',
  'from',
  'that',
]);
/** The longest fragment (in words) that may stand between two parts of a sentence: a link's text. */
const MAX_FRAGMENT_WORDS = 8;

// Ends a sentence, or a label (`Sumber :`).
const CLOSED = /[.!?…:;]["”’)\]]*$/u;
const CONTINUES = /^(?:\p{Ll}|[,.;:!?)\]…])/u;

/** A unit that is a marker of its own, never part of a sentence. */
function isMarker(text: string): boolean {
  return (
    /^\(.*\)$/u.test(text) ||
    matchNoise(text) !== undefined ||
    isSignOff(text) ||
    matchOutletCredit(text) !== undefined ||
    matchByline(text) !== undefined ||
    matchSyndication(text) !== undefined ||
    isAiDisclosure(text) ||
    isPagination(text) ||
    matchRelatedLink(text) !== undefined ||
    matchCreditLine(text) !== undefined
  );
}

const lastWord = (text: string): string => (words(text).at(-1) ?? '').toLowerCase();

/**
 * For units (one per piece, in order), whether each one and the next are parts of one sentence;
 * units.ts joins them. Blank units are never joined.
 */
export function sentenceJunctions(units: readonly Unit[]): boolean[] {
  const headlineAt = units.findIndex((unit) => unit.text !== '');
  // Bylines, sign-offs and syndication notes end the story: short lines after them are tags.
  const storyEnd = units.findIndex(
    (unit, index) => index > headlineAt && (isSignOff(unit.text) || matchByline(unit.text) !== undefined || matchSyndication(unit.text) !== undefined),
  );
  const joinable = (index: number): boolean => {
    const unit = units[index];
    return unit !== undefined && unit.text !== '' && index > headlineAt && (storyEnd < 0 || index < storyEnd) && !isMarker(unit.text);
  };

  // certain[i]: unit i and unit i + 1 are parts of one sentence. Decided from the end, as a
  // fragment is joined to what precedes it only when it is itself continued.
  const certain: boolean[] = units.map(() => false);
  for (let index = units.length - 2; index >= 0; index--) {
    const before = units[index]!;
    const after = units[index + 1]!;
    if (!joinable(index) || !joinable(index + 1) || before.pieces.at(-1)!.line === after.pieces[0]!.line) continue;
    if (CLOSED.test(before.text)) continue;
    // A fragment: a link's text, short, continued itself or closing the sentence.
    const isFragment = words(after.text).length <= MAX_FRAGMENT_WORDS;
    certain[index] =
      CONTINUES.test(after.text) ||
      ((before.text.endsWith(',') || CONTINUATION_WORDS.has(lastWord(before.text))) && isFragment) ||
      (!CLOSED.test(after.text) && isFragment && certain[index + 1]!);
  }

  return certain;
}
