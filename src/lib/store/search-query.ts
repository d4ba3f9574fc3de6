/**
 * Server mode's search (SQLite FTS5, docs/decisions/018-server-mode.md), the pure parts: a
 * reader's words into an FTS5 query that cannot be malformed, the text the index holds, and
 * the excerpts FTS5 marks up, split into text and hits so a page renders them as text.
 *
 * FTS5 has a query language (`"phrases"`, `*` prefixes, `AND`/`OR`/`NOT`, `NEAR(...)`, `-`,
 * `col:` filters, `^`), and a reader's input in it is a syntax error or a query they did not
 * mean. Every word is therefore quoted as a string of its own: inside double quotes FTS5 reads
 * nothing but tokens, and a word is made of letters, digits and marks only, so it holds no quote
 * to escape. The words are ANDed (FTS5's implicit operator), as a search box's words are.
 */

/** Results a page of search lists, as the static page's script does (src/browser/search.ts). */
export const SEARCH_PAGE_SIZE = 20;
/** The query parameters of `/cari/`: the words (the static page's name too) and the page. */
export const QUERY_PARAM = 'q';
export const PAGE_PARAM = 'halaman';

/** Bounds on what one query may ask of the index. */
const MAX_INPUT_LENGTH = 256;
const MAX_TERMS = 12;

/**
 * Around each hit in an excerpt, from FTS5's `snippet()`: characters of Unicode's private use
 * area, which the indexed text never holds (`searchableText` takes them out).
 */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';
const MARKERS = /[\uE000\uE001]/g;

/** The words of a reader's query, as FTS5's unicode61 tokenizer separates them (letters, digits, marks). */
export function searchTerms(input: string): string[] {
  return (input.slice(0, MAX_INPUT_LENGTH).match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).slice(0, MAX_TERMS);
}

/** The FTS5 MATCH expression of a reader's query; undefined when it has no word to look for. */
export function ftsQuery(input: string): string | undefined {
  const terms = searchTerms(input);
  return terms.length === 0 ? undefined : terms.map((term) => `"${term}"`).join(' ');
}

/** Text as the index keeps it: one space between words, no highlight markers. */
export function searchableText(text: string): string {
  return text.replace(MARKERS, '').replace(/\s+/g, ' ').trim();
}

export interface ExcerptPart {
  text: string;
  /** A hit, shown in `<mark>`. */
  hit: boolean;
}

/** An excerpt with markers, as text and hits: a page renders each part as text, never as HTML. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /\uE000([^\uE000\uE001]*)\uE001/g;
  let last = 0;
  const text = (value: string) => {
    const clean = value.replace(MARKERS, '');
    if (clean) parts.push({ text: clean, hit: false });
  };
  for (const match of excerpt.matchAll(pattern)) {
    text(excerpt.slice(last, match.index));
    if (match[1]) parts.push({ text: match[1], hit: true });
    last = match.index + match[0].length;
  }
  text(excerpt.slice(last));
  return parts;
}

/** The page number a `halaman` parameter asks for: a whole number from 1, else the first page. */
export function searchPageNumber(value: string | null): number {
  if (!value || !/^\d{1,6}$/.test(value)) return 1;
  return Math.max(1, Number(value));
}
