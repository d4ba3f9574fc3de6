/**
 * Outlets a story cites: `Melansir dari Newsweek`, `dilansir Reuters`, `Menurut TASS`,
 * `mengutip Al Jazeera`, `dikutip dari BBC`, `according to The Guardian`, `CNN reported`.
 * They become the article's `sources`, by name.
 */

// A name: capitalized words (`The New York Times`, `KOMPAS.com`, `Al Jazeera`, `Voice of
// America`). No `i` flag on these patterns: it would make `\p{Lu}` match any letter.
const WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*`;
const NAME = String.raw`(?<![\p{L}\p{N}])${WORD}(?: (?:of )?${WORD})*`;
// What may stand between the verb and the name and says that a publication follows:
// `dari laman resmi`, `kantor berita`, `menurut laporan`, `according to a report by`.
const DESCRIPTOR = String.raw`(?:laman|situs|media|kantor berita|surat kabar|harian|majalah|laporan|the newspaper|the news agency|a report (?:by|in|from)|the)(?: resmi)? `;
const AFTER_WORD_START = String.raw`(?<![\p{L}])`;

// Verbs that take a publication, never a person.
const QUOTING = new RegExp(String.raw`${AFTER_WORD_START}(?:[Mm]elansir|[Dd]ilansir|[Mm]engutip|[Dd]ikutip)(?: dari)? (?:${DESCRIPTOR})?(?<name>${NAME})`, 'gu');
// `Menurut` and `according to` also introduce people, so a bare name is checked (see isPerson).
const ACCORDING = new RegExp(String.raw`${AFTER_WORD_START}(?:[Mm]enurut|[Aa]ccording to) (?<descriptor>${DESCRIPTOR})?(?<name>${NAME})`, 'gu');
const REPORTED = new RegExp(String.raw`(?<name>${NAME}) reported(?![\p{L}])`, 'gu');

/**
 * `Menurut Lavrov`, `according to Jens Stoltenberg`: a name of several words (unless it starts
 * with `The`), or one word that the text also uses as the last part of a longer name
 * (`Sergey Lavrov`), is a person's rather than an outlet's.
 */
function isPerson(name: string, text: string): boolean {
  const parts = name.split(' ');
  if (parts.length > 1) return parts[0] !== 'The';
  // The word before the name must not be the `Menurut` or `According` that cites it.
  const longer = String.raw`(?<![\p{L}])(?!Menurut |According )\p{Lu}\p{L}* ${RegExp.escape(name)}(?![\p{L}\p{N}])`;
  return new RegExp(longer, 'u').test(text);
}

/** The outlets the paragraphs cite, by name, in order of first mention, each once. */
export function citedOutlets(paragraphs: readonly string[]): string[] {
  const text = paragraphs.join('\n');
  const cited = [
    ...text.matchAll(QUOTING),
    // A descriptor (`menurut laporan Reuters`) says that the name is a publication.
    ...[...text.matchAll(ACCORDING)].filter((match) => match.groups!.descriptor !== undefined || !isPerson(match.groups!.name!.replace(/\.$/, ''), text)),
    ...text.matchAll(REPORTED),
  ].sort((a, b) => a.index - b.index);
  // A name that closes its sentence (`dilansir Reuters.`) is cited without the full stop.
  return [...new Set(cited.map((match) => match.groups!.name!.replace(/\.$/, '')))];
}
