/**
 * Finding article files: `articles/<slug>.md` and bundles `articles/<slug>/index.md`.
 */
import { glob } from 'node:fs/promises';
import { join } from 'node:path';
import { slugFromPath } from './parse-article.ts';
import type { ContentProblem } from './errors.ts';

export interface ArticleFile {
  slug: string;
  /** Absolute path. */
  path: string;
  /** Path below the articles folder, with forward slashes. */
  relativePath: string;
}

/** Matches the two article layouts, nothing deeper: images inside bundles are not articles. */
export function isArticlePath(relativePath: string): boolean {
  const parts = relativePath.replace(/\\/g, '/').split('/');
  return (parts.length === 1 && parts[0]!.endsWith('.md')) || (parts.length === 2 && parts[1] === 'index.md');
}

export async function findArticleFiles(articlesDir: string): Promise<ArticleFile[]> {
  const found: ArticleFile[] = [];
  for await (const relative of glob(['*.md', '*/index.md'], { cwd: articlesDir })) {
    const relativePath = relative.replace(/\\/g, '/');
    if (!isArticlePath(relativePath)) continue;
    found.push({ slug: slugFromPath(relativePath), path: join(articlesDir, relativePath), relativePath });
  }
  return found.sort((a, b) => a.relativePath.localeCompare(b.relativePath));
}

/** Two files that would be the same page: `x.md` and `x/index.md`. */
export function duplicateSlugProblems(files: readonly ArticleFile[], displayPath: (file: ArticleFile) => string): ContentProblem[] {
  const bySlug = new Map<string, ArticleFile[]>();
  for (const file of files) bySlug.set(file.slug, [...(bySlug.get(file.slug) ?? []), file]);
  return [...bySlug.values()]
    .filter((group) => group.length > 1)
    .map(([first, ...others]) => ({
      file: displayPath(first!),
      field: 'slug',
      message: `expected a unique slug, but "${first!.slug}" is also used by ${others.map(displayPath).join(', ')}`,
    }));
}
