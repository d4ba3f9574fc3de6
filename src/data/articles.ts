/**
 * The articles as pages see them: from Astro's content store, in the order readers expect
 * (newest first), drafts left out of production builds.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { LoadedArticleData } from '../lib/content/load-article.ts';
import { newestFirst } from '../lib/utils/ordering.ts';

export type ArticleEntry = CollectionEntry<'articles'> & { data: LoadedArticleData };

let cached: Promise<ArticleEntry[]> | undefined;

/** Every published article, newest first; computed once per build. */
export function getArticles(): Promise<ArticleEntry[]> {
  // The dev server edits articles while running: never reuse a list there.
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}

async function load(): Promise<ArticleEntry[]> {
  const entries = (await getCollection('articles')) as ArticleEntry[];
  const visible = entries.filter((entry) => import.meta.env.DEV || !entry.data.draft);
  return newestFirst(visible, (entry) => entry.data);
}
