/**
 * The article front matter schema: a line-by-line mirror of docs/content-format.md.
 * Messages are written as "expected …" so that errors read
 * `content/articles/x.md: date: expected an ISO 8601 date, got "kemarin"`.
 */
import { z } from 'zod';
import { parseArticleDate, type ArticleDate } from '../utils/dates.ts';
import { stripControlCharacters } from '../utils/text.ts';

/** Lowercase ASCII letters and digits in hyphen-separated runs. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Trimmed text without control characters, never empty: most fields of every content file. */
export const text = z
  .string({ error: 'expected text' })
  .transform(stripControlCharacters)
  .pipe(z.string().trim().min(1, { error: 'expected text, got an empty value' }));

function hasScheme(value: string, schemes: readonly string[]): boolean {
  try {
    return schemes.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** An absolute `http:` or `https:` address. */
export function isWebUrl(value: string): boolean {
  return hasScheme(value, ['http:', 'https:']);
}

/** A path on this site: `/berita/x/`, never `//host` (another origin) nor a backslash trick. */
export function isSitePath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !/[\\\s]/.test(value);
}

/** A file inside an article bundle (`./photo.jpg`, `img/photo.jpg`) that cannot climb out of it. */
export function isBundlePath(value: string): boolean {
  if (value.startsWith('/') || /[\\:]/.test(value) || /^\s|\s$/.test(value)) return false;
  return !value.split('/').some((segment) => segment === '..');
}

export const webUrl = text.refine(isWebUrl, { error: 'expected an http: or https: URL' });
const relatedUrl = text.refine((value) => isWebUrl(value) || isSitePath(value), {
  error: 'expected an http: or https: URL or a path on this site starting with /',
});
const imageSrc = text.refine((value) => isWebUrl(value) || isBundlePath(value), {
  error: 'expected a file in the article bundle (./photo.jpg) or an http: or https: URL',
});

const languageTag = text.refine(
  (value) => {
    try {
      return Intl.getCanonicalLocales(value).length === 1;
    } catch {
      return false;
    }
  },
  { error: 'expected a BCP 47 language tag such as "id" or "en"' },
);

function dateField(timeZone: string) {
  return z
    .string({ error: 'expected an ISO 8601 date such as 2023-02-01 or 2023-02-01T14:30:00+07:00' })
    .transform((value, context): ArticleDate => {
      const parsed = parseArticleDate(value.trim(), timeZone);
      if (parsed) return parsed;
      context.addIssue({
        code: 'custom',
        message: 'expected an ISO 8601 date (2023-02-01) or date-time with an offset (2023-02-01T14:30:00+07:00)',
        input: value,
      });
      return z.NEVER;
    });
}

export const list = <T extends z.ZodType>(item: T) => z.array(item, { error: 'expected a list' });
const flag = z.boolean({ error: 'expected true or false' });

export interface ArticleSchemaOptions {
  /** Time zone that a bare day (`2023-02-01`) is read in. */
  timeZone: string;
}

export function createArticleSchema({ timeZone }: ArticleSchemaOptions) {
  return z.strictObject(
    {
      title: text,
      description: text,
      date: dateField(timeZone),
      updated: dateField(timeZone).optional(),
      lang: languageTag.optional(),
      section: text,
      tags: list(text).default([]),
      authors: list(text).default([]),
      publisher: z.strictObject({ name: text, url: webUrl.optional() }, { error: 'expected { name, url? }' }).optional(),
      image: z
        .strictObject(
          { src: imageSrc.optional(), alt: text.optional(), caption: text.optional(), credit: text.optional() },
          { error: 'expected { src?, alt?, caption?, credit? }' },
        )
        .optional(),
      sources: list(
        z.strictObject({ name: text, url: webUrl.optional(), note: text.optional() }, { error: 'expected { name, url?, note? }' }),
      ).default([]),
      related: list(z.strictObject({ title: text, url: relatedUrl.optional() }, { error: 'expected { title, url? }' })).default(
        [],
      ),
      partial: flag.default(false),
      draft: flag.default(false),
    },
    { error: 'expected front matter fields (a YAML mapping)' },
  );
}

export type ArticleSchema = ReturnType<typeof createArticleSchema>;
/** Front matter as the site uses it: validated, trimmed, with defaults filled in. */
export type ArticleData = z.output<ArticleSchema>;
export type ArticleFigure = NonNullable<ArticleData['image']>;
export type RelatedLink = ArticleData['related'][number];
export type Source = ArticleData['sources'][number];
