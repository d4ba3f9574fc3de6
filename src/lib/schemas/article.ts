/**
 * The article front matter schema: a line-by-line mirror of docs/content-format.md.
 * Messages are written as "expected …" so that errors read
 * `content/articles/x.md: date: expected an ISO 8601 date, got "kemarin"`.
 */
import { z } from 'zod';
import { DEFAULT_KIND, KIND_NAMES, kindOf } from '../content/kinds.ts';
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
  return z.string({ error: 'expected an ISO 8601 date such as 2023-02-01 or 2023-02-01T14:30:00+07:00' }).transform((value, context): ArticleDate => {
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

/** What a kind and its dates demand of the other fields: checked once every field has parsed. */
function checkKindAndDates(data: ArticleFields, context: z.core.$RefinementCtx<ArticleFields>): void {
  const kind = kindOf(data.kind);
  // `input` is what the message's "got …" shows (src/lib/content/parse-article.ts).
  const refuse = (path: (string | number)[], message: string, input: unknown) => context.addIssue({ code: 'custom', path, message, input });
  if (kind.needsAuthor && data.authors.length === 0) {
    refuse(['authors'], `expected at least one named author for ${kind.needsAuthor} (kind: ${data.kind})`, undefined);
  }
  if (kind.live && !data.coverage) refuse(['coverage'], `expected { start, end? } for a live page (kind: ${data.kind})`, undefined);
  if (!kind.live && data.coverage) refuse(['coverage'], `expected only with kind: langsung (this article is kind: ${data.kind})`, data.coverage);
  const notBefore = (path: (string | number)[], later: ArticleDate, earlier: ArticleDate, earlierName: string) => {
    if (later.time < earlier.time) refuse(path, `expected a date on or after ${earlierName} (${earlier.iso})`, later.iso);
  };
  if (data.updated) notBefore(['updated'], data.updated, data.date, 'the first publication');
  data.corrections.forEach((correction, index) => notBefore(['corrections', index, 'date'], correction.date, data.date, 'the first publication'));
  if (data.coverage?.end) notBefore(['coverage', 'end'], data.coverage.end, data.coverage.start, 'coverage.start');
}

function articleFields(timeZone: string) {
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
      sources: list(z.strictObject({ name: text, url: webUrl.optional(), note: text.optional() }, { error: 'expected { name, url?, note? }' })).default([]),
      related: list(z.strictObject({ title: text, url: relatedUrl.optional() }, { error: 'expected { title, url? }' })).default([]),
      partial: flag.default(false),
      draft: flag.default(false),
      kind: z.enum(KIND_NAMES, { error: `expected one of ${KIND_NAMES.join(', ')}` }).default(DEFAULT_KIND),
      corrections: list(z.strictObject({ date: dateField(timeZone), text }, { error: 'expected { date, text }' })).default([]),
      coverage: z.strictObject({ start: dateField(timeZone), end: dateField(timeZone).optional() }, { error: 'expected { start, end? }' }).optional(),
    },
    { error: 'expected front matter fields (a YAML mapping)' },
  );
}
type ArticleFields = z.output<ReturnType<typeof articleFields>>;

export function createArticleSchema({ timeZone }: ArticleSchemaOptions) {
  return articleFields(timeZone).superRefine(checkKindAndDates);
}

export type ArticleSchema = ReturnType<typeof createArticleSchema>;
/** Front matter as the site uses it: validated, trimmed, with defaults filled in. */
export type ArticleData = z.output<ArticleSchema>;
export type ArticleFigure = NonNullable<ArticleData['image']>;
export type RelatedLink = ArticleData['related'][number];
export type Source = ArticleData['sources'][number];
export type Correction = ArticleData['corrections'][number];
