/**
 * Slugs: lowercase ASCII letters and digits in hyphen-separated runs, as docs/content-format.md
 * asks of article files, made from headlines (the importer) and from section and tag names
 * (their pages' addresses).
 */
import { createHash } from 'node:crypto';
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

/**
 * The address segment of a section or tag page. A name with no Latin letters or digits
 * (`中国`) gets a stable one from its hash, so every name has a page.
 */
export function nameSlug(name: string): string {
  const hash = () => createHash('sha256').update(name.normalize('NFC')).digest('hex').slice(0, 10);
  const slug = slugify(name);
  if (slug === undefined) return `t-${hash()}`;
  // File systems refuse names over 255 bytes; a long name keeps its start and a hash of the rest.
  return slug.length <= MAX_NAME_SLUG ? slug : `${slug.slice(0, MAX_NAME_SLUG - 11).replace(/-+$/, '')}-${hash()}`;
}

/** Long enough for any real section or tag, short enough to be a file name. */
export const MAX_NAME_SLUG = 80;
