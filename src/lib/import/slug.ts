/**
 * The article's slug, made from its headline as docs/content-format.md asks: lowercase ASCII
 * letters and digits in hyphen-separated runs.
 */
import { SLUG_PATTERN } from '../schemas/article.ts';

// Letters that Unicode does not decompose into a base letter and a mark.
const FOLDED: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', þ: 'th', ı: 'i' };

/**
 * `Dapat Surat Cinta, Menlu Rusia…` → `dapat-surat-cinta-menlu-rusia-…`. Diacritics are dropped
 * (`Señor` → `senor`), apostrophes join rather than split a word (`Jum'at` → `jumat`), anything
 * else that is not a letter or digit separates words. `undefined` when nothing is left, e.g. for
 * a headline in a script without Latin letters.
 */
export function slugify(headline: string): string | undefined {
  const slug = headline
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđłþı]/g, (letter) => FOLDED[letter] ?? letter)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return SLUG_PATTERN.test(slug) ? slug : undefined;
}
