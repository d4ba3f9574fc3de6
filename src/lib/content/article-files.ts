/**
 * Finding article files: `articles/<slug>.md` and bundles `articles/<slug>/index.md`.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
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

/** Whether the article file is a bundle's `index.md`, beside which its pictures sit. */
export function isBundleIndex(relativePath: string): boolean {
  return isArticlePath(relativePath) && relativePath.replace(/\\/g, '/').includes('/');
}

/**
 * The `index.md` of the bundle that a file below the articles folder lies in, other than that
 * `index.md` itself; undefined for a file outside a bundle.
 */
export function bundleIndexOf(relativePath: string): string | undefined {
  const parts = relativePath.replace(/\\/g, '/').split('/');
  if (parts.length < 2 || parts[0] === '..' || parts[0]!.startsWith('.') || (parts.length === 2 && parts[1] === 'index.md')) return undefined;
  return `${parts[0]}/index.md`;
}

/**
 * One listing of the folder, then a look inside each subfolder for its `index.md`: a glob of the
 * two layouts took 0.3–1.5 s over 20,000 files at every start of `astro dev`. Names starting
 * with a dot are skipped, as a glob's `*` skips them.
 */
export async function findArticleFiles(articlesDir: string): Promise<ArticleFile[]> {
  const found: ArticleFile[] = [];
  const add = (relativePath: string) => found.push({ slug: slugFromPath(relativePath), path: join(articlesDir, relativePath), relativePath });
  const kindOf = async (path: string) => {
    const stats = await stat(path).catch(() => undefined);
    return stats?.isDirectory() ? 'folder' : stats?.isFile() ? 'file' : undefined;
  };
  const folders: string[] = [];
  for (const entry of await readdir(articlesDir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    // A link is whatever it points to.
    const kind = entry.isSymbolicLink() ? await kindOf(join(articlesDir, entry.name)) : entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : undefined;
    if (kind === 'folder') folders.push(entry.name);
    else if (kind === 'file' && isArticlePath(entry.name)) add(entry.name);
  }
  await Promise.all(
    folders.map(async (folder) => {
      if ((await kindOf(join(articlesDir, folder, 'index.md'))) === 'file') add(`${folder}/index.md`);
    }),
  );
  return found.sort((a, b) => a.relativePath.localeCompare(b.relativePath));
}

/** The two files a slug can be, there or not: `<slug>.md` and the bundle's `<slug>/index.md`. */
export function articleFilesOf(articlesDir: string, slug: string): ArticleFile[] {
  return [`${slug}.md`, `${slug}/index.md`].map((relativePath) => ({ slug, path: join(articlesDir, relativePath), relativePath }));
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

/**
 * Files read a few ahead of the one being rendered: reading one small file costs several trips
 * to libuv's thread pool, and awaiting each before rendering left the main thread idle a third
 * of the time. A read starts only when its turn comes near, so a 20,000-file archive is never in
 * memory at once. Returns, per file, a function that starts its read if need be and returns it.
 */
export function readAhead(
  files: readonly ArticleFile[],
  depth = 16,
  read: (file: ArticleFile) => Promise<Buffer> = (file) => readFile(file.path),
): (() => Promise<Buffer>)[] {
  const reads = new Map<number, Promise<Buffer>>();
  const start = (index: number) => {
    if (index >= files.length || reads.has(index)) return;
    const reading = read(files[index]!);
    // Awaited when its turn comes; until then a failure must not count as unhandled.
    reading.catch(() => undefined);
    reads.set(index, reading);
  };
  return files.map((_, index) => () => {
    for (let ahead = index; ahead <= index + depth; ahead++) start(ahead);
    const reading = reads.get(index)!;
    reads.delete(index);
    return reading;
  });
}
