/**
 * From a scraped file to lines the recognizers can compare: decoding, line endings, whitespace.
 */
import { ContentError } from '../content/errors.ts';
import { decodeArticleBytes } from '../content/parse-article.ts';
import { stripControlCharacters } from '../utils/text.ts';
import { ImportError } from './errors.ts';

/**
 * Decodes a scrape as UTF-8, dropping a byte-order mark. Binary data and other encodings are
 * refused with the same checks (and words) as article files, so the importer never guesses at
 * a code page and never writes mojibake into an article.
 */
export function decodeScrape(bytes: Uint8Array): string {
  try {
    return decodeArticleBytes(bytes, '');
  } catch (error) {
    if (error instanceof ContentError) throw new ImportError(error.problems.map((problem) => problem.message).join('; '));
    throw error;
  }
}

/**
 * Splits text into lines (CRLF, CR and LF all end a line) and normalizes each: scrapes pad text
 * with no-break and other Unicode spaces and leave trailing blanks, which Markdown would read as
 * hard breaks. Every run of whitespace becomes one plain space and the ends are trimmed, so a
 * line is either `''` (blank) or text with no surrounding space. Control characters go, as the
 * article schema drops them from every field anyway. The result has one entry per line of the
 * input, which is what placements are indexed by.
 */
export function toLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => stripControlCharacters(line).replace(/\s+/gu, ' ').trim());
}
