/**
 * Tag lists: after the sign-off, scrapers keep the topic links of the page as short lowercase
 * lines (`badan komunikasi pemerintah`, `pco`, `prabowo subianto`). They become `tags`; layout.ts
 * takes them only after a sign-off, byline or syndication note, where the story has ended.
 */

const MAX_TAG_WORDS = 4;
const MAX_TAG_LENGTH = 40;
const TAG = /^[\p{Ll}\p{N}][\p{Ll}\p{N} -]*$/u;

/** A line that may be a tag: a few lowercase words, no punctuation. */
export function isTagLine(text: string): boolean {
  return text.length <= MAX_TAG_LENGTH && TAG.test(text) && /\p{L}/u.test(text) && text.split(' ').length <= MAX_TAG_WORDS;
}
