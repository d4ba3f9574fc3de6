/** Adult silent reading speed for non-fiction, in words per minute. */
export const WORDS_PER_MINUTE = 200;

/** Minutes to read `wordCount` words, rounded, never less than one. */
export function readingMinutes(wordCount: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(wordCount / wordsPerMinute));
}
