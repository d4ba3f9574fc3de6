/**
 * In `astro dev` a broken article file does not stop the server: its entry in Astro's content
 * store holds the file's problems instead of an article, and the pages that read the store
 * throw them, so Astro's error overlay shows the author what to fix. Saving a fixed file
 * replaces the entry with the article again, and the page reloads without the overlay.
 */
import { ContentError, type ContentProblem } from './errors.ts';

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

/** Throws every problem the store's entries hold, as one ContentError; returns when there are none. */
export function throwContentProblems(entries: readonly { data: unknown }[]): void {
  const problems = entries.flatMap((entry) => (isProblemEntry(entry.data) ? entry.data.contentProblems : []));
  if (problems.length > 0) throw new ContentError(problems);
}
