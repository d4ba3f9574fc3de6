/**
 * Parses one article file: decoding, front matter (gray-matter with a YAML schema that keeps
 * dates as written), and validation against the article schema. Pure: no file system access.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { z } from 'zod';
import { createArticleSchema, SLUG_PATTERN, type ArticleData, type ArticleSchema } from '../schemas/article.ts';
import { ContentError, describeValue, type ContentProblem } from './errors.ts';

export interface ParsedArticle {
  slug: string;
  /** The file as named in messages. */
  file: string;
  data: ArticleData;
  /** The Markdown body, line endings normalized. */
  body: string;
}

export interface ParseOptions {
  timeZone: string;
}

// YAML's core schema: no timestamp type, so `date: 2023-02-01` stays the text that was written
// and is read in the site's time zone instead of becoming UTC midnight.
// gray-matter wants an object back; a scalar or list is passed on for the schema to refuse.
const frontMatterEngine = (source: string): object => yaml.load(source, { schema: yaml.CORE_SCHEMA }) as object;

const schemaCache = new Map<string, ArticleSchema>();
function schemaFor(timeZone: string): ArticleSchema {
  let schema = schemaCache.get(timeZone);
  if (!schema) schemaCache.set(timeZone, (schema = createArticleSchema({ timeZone })));
  return schema;
}

/**
 * One decoder for every file: a fatal decoder keeps no state between whole-buffer `decode`
 * calls, and constructing one per file showed up in build profiles (≈ 65 µs each).
 */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes file bytes as UTF-8 text, refusing binary data and other encodings. */
export function decodeArticleBytes(bytes: Uint8Array, file: string): string {
  if (bytes.includes(0)) throw new ContentError([{ file, field: 'file', message: 'expected a UTF-8 text file, got binary data' }]);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ContentError([{ file, field: 'file', message: 'expected UTF-8 text, got bytes in another encoding' }]);
  }
}

/** Zod's issues as content problems: one line each, naming the field (`sources.0.url`). */
export function schemaProblems(file: string, issues: readonly z.core.$ZodIssue[]): ContentProblem[] {
  return issues.map((issue) => issueToProblem(file, issue));
}

function issueToProblem(file: string, issue: z.core.$ZodIssue): ContentProblem {
  const field = issue.path.length > 0 ? issue.path.join('.') : 'front matter';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    return { file, field, message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys} (see docs/content-format.md)` };
  }
  // A missing required field has no input: it reads "expected text, got nothing".
  const got = 'input' in issue || issue.code === 'invalid_type' ? `, got ${describeValue(issue.input)}` : '';
  return { file, field, message: `${issue.message}${got}` };
}

/** The slug of `articles/<slug>.md` or `articles/<slug>/index.md`, given the path below `articles/`. */
export function slugFromPath(relativePath: string): string {
  const parts = relativePath.replace(/\\/g, '/').split('/');
  const name = parts.at(-1) === 'index.md' && parts.length > 1 ? parts.at(-2)! : parts.at(-1)!;
  return name.replace(/\.md$/, '');
}

/** A file name that cannot be an address: `articles/Berita Baru.md`. */
export function slugProblems(file: string, slug: string): ContentProblem[] {
  return SLUG_PATTERN.test(slug) ? [] : [{ file, field: 'slug', message: `expected lowercase letters, digits and single hyphens, got ${describeValue(slug)}` }];
}

export function parseArticle(source: string, file: string, slug: string, options: ParseOptions): ParsedArticle {
  const { data, body } = parseFrontMatterFile(source, file, schemaFor(options.timeZone), slugProblems(file, slug));
  return { slug, file, data, body };
}

/**
 * A Markdown file with YAML front matter, validated by `schema`: the article's format, shared
 * by author profiles. `problems` found by the caller (a bad slug) are reported with the file's own.
 */
export function parseFrontMatterFile<S extends z.ZodType>(
  source: string,
  file: string,
  schema: S,
  problems: readonly ContentProblem[] = [],
): { data: z.output<S>; body: string } {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    throw new ContentError([...problems, { file, field: 'file', message: 'expected front matter and a body, got an empty file' }]);
  }
  if (!text.startsWith('---\n')) {
    throw new ContentError([...problems, { file, field: 'front matter', message: 'expected a YAML block between --- lines at the top of the file' }]);
  }

  let raw: { data: unknown; content: string };
  try {
    raw = matter(text, { engines: { yaml: frontMatterEngine } }) as { data: unknown; content: string };
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? `${error.reason} at line ${error.mark.line + 2}, column ${error.mark.column + 1}` : String(error);
    throw new ContentError([...problems, { file, field: 'front matter', message: `expected valid YAML, got ${reason}` }]);
  }

  const result = schema.safeParse(raw.data ?? {}, { reportInput: true });
  const found = result.success ? [...problems] : [...problems, ...schemaProblems(file, result.error.issues)];
  if (found.length > 0 || !result.success) throw new ContentError(found);
  return { data: result.data, body: raw.content.replace(/^\n+/, '') };
}
