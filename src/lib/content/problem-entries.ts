/**
 * In `astro dev` a broken article file does not stop the server: its entry in Astro's content
 * store holds the file's problems instead of an article (as does the entry of a slug two files
 * claim), and every page the server renders shows them (src/middleware.ts), so the author sees
 * what to fix in any tab, opened before or after the save. Saving a fixed file replaces the entry
 * with the article again, and the open pages reload without the problems.
 */
import type { ContentProblem } from './errors.ts';

export interface ProblemEntryData {
  contentProblems: ContentProblem[];
}

/** The store entry's data for a file that breaks the content format. */
export function problemEntryData(problems: readonly ContentProblem[]): ProblemEntryData {
  return { contentProblems: [...problems] };
}

function isProblemEntry(data: unknown): data is ProblemEntryData {
  return typeof data === 'object' && data !== null && Array.isArray((data as Partial<ProblemEntryData>).contentProblems);
}

/** The store's entries split into the articles and the problems the other entries hold, in order. */
export function separateProblems<T extends { data: unknown }>(entries: readonly T[]): { articles: T[]; problems: ContentProblem[] } {
  const articles: T[] = [];
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if (isProblemEntry(entry.data)) problems.push(...entry.data.contentProblems);
    else articles.push(entry);
  }
  return { articles, problems };
}
