/** How loaders name content files: relative to the project when inside it (Astro wants that), else absolute. */
import { isAbsolute, relative } from 'node:path';

/** The path relative to the project root, with forward slashes, or undefined when the file is outside it. */
export function projectPath(root: string, path: string): string | undefined {
  const fromRoot = relative(root, path);
  return isAbsolute(fromRoot) || fromRoot.startsWith('..') ? undefined : fromRoot.replace(/\\/g, '/');
}

/** The file as messages name it. */
export function displayPath(root: string, path: string): string {
  return projectPath(root, path) ?? path;
}
