/**
 * What server mode's search index holds of a story (src/lib/store/sqlite-store.ts): its headline,
 * standfirst and body as text, made by the sync from the rendered body, so the index sees the
 * words a reader sees (no Markdown syntax, no attribute values). A draft is not indexed.
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { searchableText } from './search-query.ts';
import type { SearchDocument } from './sqlite-store.ts';

export interface SearchableStory {
  title: string;
  description: string;
  draft: boolean;
  date: { time: number };
}

export function searchDocument(story: SearchableStory, html: string): SearchDocument | undefined {
  if (story.draft) return undefined;
  return {
    title: searchableText(story.title),
    description: searchableText(story.description),
    body: searchableText(toString(fromHtml(html, { fragment: true }))),
    publishedAt: story.date.time,
  };
}
