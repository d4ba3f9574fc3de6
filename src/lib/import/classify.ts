/**
 * Recognizers for the lines of a scrape that are not story text: photo credits and captions,
 * pagination, "Baca juga" links and headlines of other stories (datelines: datelines.ts). Each looks at one
 * normalized line (see lines.ts); how lines relate to their neighbours is layout.ts's job.
 *
 * They err towards "story text": a line that is not clearly something else stays in the body,
 * where a person sees it, rather than disappearing into a field.
 */
import { matchDateline } from './datelines.ts';
import { splitSentences, words } from './sentences.ts';

/** Longest credit a credit line may give: credits name agencies and photographers. */
const MAX_CREDIT_LENGTH = 100;
const MAX_CREDIT_WORDS = 12;
/** Longest caption: longer lines are paragraphs, even if a credit follows them. */
const MAX_CAPTION_LENGTH = 300;
/** Headlines of other stories: the seed's longest related headline has 14 words and 115 characters. */
const MIN_HEADLINE_WORDS = 3;
const MAX_HEADLINE_WORDS = 20;
const MAX_HEADLINE_LENGTH = 160;
/** A title after an explicit "Baca juga:" may be a little longer, and may end with ? or !. */
const MAX_RELATED_TITLE_LENGTH = 200;

// `Sumber`, `Foto`, `Photo`, `Image`, `Credit` and their variants, before a colon.
const CREDIT_LABEL = String.raw`(?:sumber(?: foto| gambar)?|foto|photo(?: credit)?|image(?: credit)?|credit|kredit(?: foto)?|gambar)`;
const CREDIT_LINE = new RegExp(String.raw`^${CREDIT_LABEL} ?: ?(.*)$`, 'iu');
const CAPTION_WITH_CREDIT = new RegExp(String.raw`^(.*?) ?[(\[]${CREDIT_LABEL} ?: ?([^()[\]]+)[)\]] ?([.!?]?)$`, 'iu');
// A bullet before a credit on its own line: `• AP Photo/Vahid Salemi`, `- Reuters`.
const BULLET = /^(?:[•·▪◦‣∙] ?|[-–*] )/u;

/**
 * The credit a text gives, bullet removed, or `undefined` when it reads like story text
 * rather than a name: too long, more than one sentence, or ending like a sentence or a label.
 */
export function creditValue(text: string): string | undefined {
  const value = text.replace(BULLET, '');
  const tooLong = value.length > MAX_CREDIT_LENGTH || words(value).length > MAX_CREDIT_WORDS;
  // A credit does not end like a sentence, nor with the colon of another label.
  if (value === '' || tooLong || /[.!?:]$/.test(value) || splitSentences(value).length > 1) return undefined;
  return value;
}

/**
 * A credit line: `{ credit }` for `Foto: Reuters`, `{}` for a label alone (`Sumber :`) whose
 * credit is on the next line. `Sumber daya alam…` has no colon after the label, and
 * `Sumber: seorang pejabat mengatakan….` gives no credit: both are story text.
 */
export function matchCreditLine(line: string): { credit?: string } | undefined {
  const rest = CREDIT_LINE.exec(line)?.[1];
  if (rest === undefined) return undefined;
  if (rest === '') return {};
  const credit = creditValue(rest);
  return credit === undefined ? undefined : { credit };
}

/** A line short enough to be the caption of the photo whose credit follows it. */
export function isCaptionLike(line: string): boolean {
  return line !== '' && line.length <= MAX_CAPTION_LENGTH && matchDateline(line) === undefined;
}

/** A caption that carries its own credit: `Menlu Rusia Sergey Lavrov (Foto: Reuters).` */
export function matchCaptionWithCredit(line: string): { caption: string; credit: string } | undefined {
  const match = CAPTION_WITH_CREDIT.exec(line);
  if (!match) return undefined;
  const caption = `${match[1]}${match[3]}`;
  const credit = creditValue(match[2]!.trim());
  return credit !== undefined && caption !== '' && isCaptionLike(caption) ? { caption, credit } : undefined;
}

const PAGINATION = [
  /^halaman (?:selanjutnya|berikutnya|sebelumnya)$/,
  /^(?:ke )?halaman ?:? ?\d+(?: ?(?:dari|\/) ?\d+)?$/,
  /^(?:selanjutnya|berikutnya|sebelumnya)$/,
  /^bersambung(?: ke halaman (?:berikutnya|selanjutnya))?(?:\.{3}|…)?$/,
  /^(?:next|previous|prev)(?: page)?$/,
  /^page ?:? ?\d+(?: ?(?:of|\/) ?\d+)?$/,
  // A strip of page numbers: `1 2 3`, `Halaman: 1 2 3 Selanjutnya`.
  /^(?:(?:halaman|page) ?:? ?)?\d{1,3}(?: \d{1,3})+(?: (?:selanjutnya|berikutnya|next))?$/,
];
// Arrows and separators that pagination links are decorated with.
const PAGINATION_DECORATION = /^[«»‹›<>←→|\s]+|[«»‹›<>←→|\s]+$/gu;

/** A link to another page of the original: `Halaman Selanjutnya`, `Halaman 2`, `Next page`, `Page 2 of 3`. */
export function isPagination(line: string): boolean {
  const core = line.replace(PAGINATION_DECORATION, '').toLowerCase();
  return core !== '' && PAGINATION.some((pattern) => pattern.test(core));
}

const OPENING_QUOTE = /^["“”„'‘’«‹]/u;
const CLOSING_PUNCTUATION = /[.!?…,;:]["”’'»›)\]]*$/u;

/**
 * A headline of another story: a few words, mostly capitalized (Indonesian headlines are in
 * title case: `Indonesia di Atas AS dan Rusia dalam Hal Ini`), one phrase that does not end
 * like a sentence and is not a quote. A short quote, `"Kami tidak akan mundur"`, and a short
 * sentence-case line are story text.
 */
export function isHeadlineLike(line: string): boolean {
  const all = words(line);
  if (all.length < MIN_HEADLINE_WORDS || all.length > MAX_HEADLINE_WORDS || line.length > MAX_HEADLINE_LENGTH) return false;
  if (OPENING_QUOTE.test(line) || CLOSING_PUNCTUATION.test(line) || splitSentences(line).length > 1) return false;
  const capitalized = all.filter((word) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(word)).length;
  return capitalized * 2 >= all.length;
}

/**
 * A title after an explicit prefix: one phrase of headline length, not a quote. It may ask or
 * exclaim (`Apakah Rusia Akan Berhenti?`), but a full stop at its end marks a sentence, and a
 * colon, comma or semicolon an unfinished one (or another prefix, `BACA JUGA:`).
 */
export function isRelatedTitle(text: string): boolean {
  if (text === '' || text.length > MAX_RELATED_TITLE_LENGTH || OPENING_QUOTE.test(text)) return false;
  return !/[.:;,]["”’')\]]*$/u.test(text) && splitSentences(text).length === 1;
}

const RELATED_LINK = /^(baca juga|lihat juga|simak juga|pilihan editor|read more|read also|also read|see also)( ?[:：] ?| |$)(.*)$/iu;

/**
 * A "further reading" line: `{ title }` for `Baca juga: Judul Lain`, `{}` for the prefix
 * alone, whose title is on the next line. Without a colon the title must look like a
 * headline, so that `Baca juga penjelasan berikut.` stays story text.
 */
export function matchRelatedLink(line: string): { title?: string } | undefined {
  const match = RELATED_LINK.exec(line);
  if (!match) return undefined;
  const title = match[3] ?? '';
  if (title === '') return {};
  const hasColon = (match[2] ?? '').trim() !== '';
  const isTitle = hasColon ? isRelatedTitle(title) : isHeadlineLike(title);
  return isTitle ? { title } : undefined;
}
