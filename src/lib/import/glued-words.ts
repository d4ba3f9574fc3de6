/**
 * Words that a scraper glued together where it removed a link (`dilansir dariReutersbahwa`,
 * `diLampung`). They stay exactly as scraped, as the importer never changes a word of the
 * story; they are counted for the report, so that a person can fix them.
 */

// A lowercase start, then a capital inside the word.
const GLUED = /(?<![\p{L}\p{N}])\p{Ll}+\p{Lu}[\p{L}]*/gu;
// Names that are written so: `detikNews`, `iPhone`, `eKTP`, `eSports`.
const WRITTEN_SO = /^(?:detik|kumparan|i|e|m)\p{Lu}/u;

/** The suspected glued words of the paragraphs, in order, each as often as it occurs. */
export function suspectedGluedWords(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap((paragraph) => [...paragraph.matchAll(GLUED)].map((match) => match[0]).filter((word) => !WRITTEN_SO.test(word)));
}
