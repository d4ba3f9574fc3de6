/**
 * Content errors: one line per problem, naming the file, the field and what was expected.
 */
export interface ContentProblem {
  /** The article file, relative to the project root when it is inside it. */
  file: string;
  /** Dotted path of the field (`image.credit`, `sources.0.url`), or a pseudo-field such as `front matter`. */
  field: string;
  /** What was expected, and what was found. */
  message: string;
}

export function formatProblem({ file, field, message }: ContentProblem): string {
  return `${file}: ${field}: ${message}`;
}

/** Where the content format is written down, for every message that says a file breaks it. */
export const CONTENT_FORMAT_GUIDE = 'docs/content-format.md';

/** Thrown when one or more content files (articles, author profiles, front-page.yaml) break the content format. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? 'An article file breaks' : `${problems.length} problems in article files break`;
    super(`${count} the content format (${CONTENT_FORMAT_GUIDE}):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
    // The problems are in the writer's files, not in Warta's code: a stack trace would only
    // bury the lines that say what to fix. Without one, Astro's dev server prints and shows the
    // message alone (an empty stack would still get its "Stack trace:" heading).
    delete this.stack;
  }
}

/** Shows a value as it appeared in the file, shortened, for "got …" in messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `the date ${value.toISOString()}`;
  if (typeof value === 'object') return 'a mapping';
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
}
