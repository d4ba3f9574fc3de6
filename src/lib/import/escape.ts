/**
 * Escaping scraped text for Warta's Markdown (CommonMark, GitHub's extensions and directives),
 * so that every line reads back as exactly the text that was scraped: never as markup, never
 * as raw HTML. Escapes are added only where a character could start syntax, so ordinary prose
 * comes out unchanged (the seed article's body is byte-identical to the hand-converted one).
 *
 * Web and e-mail addresses still become links (GitHub's autolinking finds them in the text
 * once escapes are resolved), with exactly the scraped text. Their triggers are escaped
 * (`www\.`, `https\://`, `name\@host`) because the parser's other autolinking reads the raw
 * source, and would show any backslash inside an address.
 */

// Characters that open or close inline syntax anywhere in a line: escapes, code, emphasis,
// links and images, HTML and autolinks, table cells, strikethrough.
const INLINE = /[\\`*_[\]<|~]/g;
// `&amp;` and `&#38;` are character references; a bare `&` (`AT&T`) is text already.
const REFERENCE = /&(?=#\d{1,7};|#[xX][\da-fA-F]{1,6};|[A-Za-z][A-Za-z\d]{1,31};)/g;
// A colon followed by a name opens a directive (`pukul 10:30` would contain `:30`); a colon
// before a slash starts an address (`https://`). Before a space it is punctuation.
const DIRECTIVE_OR_ADDRESS = /:(?!\s|$)/g;
// `www.` starts an address; so does the `@` of `name@host`.
const ADDRESS = /(www)\.|(?<=[\p{L}\p{N}._+-])@/giu;
// What a line may not start with: headings, block quotes, list bullets, setext underlines and
// thematic breaks.
const BLOCK_START = /^[#>+=-]/;
// An ordered list item: `1. …`, `2023) …`.
const ORDERED_START = /^(\d{1,9})([.)])(?=\s|$)/;

/** One line of text (no line breaks, no surrounding whitespace: see lines.ts), escaped. */
export function escapeMarkdownText(line: string): string {
  return line
    .replace(INLINE, '\\$&')
    .replace(REFERENCE, '\\&')
    .replace(DIRECTIVE_OR_ADDRESS, '\\:')
    .replace(ADDRESS, (_found, www: string | undefined) => (www ? `${www}\\.` : '\\@'))
    .replace(BLOCK_START, '\\$&')
    .replace(ORDERED_START, '$1\\$2');
}

/** A value for a directive attribute in double quotes: `credit="…"`. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
