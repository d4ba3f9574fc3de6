/**
 * What a publish names: the files that changed (`npm run server:sync -- <file>…`, as a desk's or a
 * CI job's list of changed files gives them), turned into the stories, profiles and front page
 * the sync reads again, so that publishing one story costs one story, not a look at every file of
 * the archive. A file inside a bundle (a picture) names the bundle's story; a file that is gone
 * names the story it was, which the sync then removes.
 */
import { relative, resolve, sep } from 'node:path';
import type { ContentProblem } from '../content/errors.ts';
import { FRONT_PAGE_FILE } from '../../loaders/front-page.ts';
import type { EntryKind } from './store-types.ts';

export interface SyncTargets {
  /** Slugs to read again (or remove, when no file of theirs is left), by kind. */
  slugs: Record<EntryKind, Set<string>>;
  frontPage: boolean;
}

/** The folder of each kind below the content folder. */
const FOLDERS: Record<EntryKind, string> = { articles: 'articles', authors: 'authors' };

/** The slug a path below a kind's folder belongs to: `<slug>.md`, or anything in the `<slug>/` bundle. */
function slugOf(parts: readonly string[]): string | undefined {
  if (parts.length === 1) return parts[0]!.endsWith('.md') && !parts[0]!.startsWith('.') ? parts[0]!.slice(0, -'.md'.length) : undefined;
  return parts[0]!.startsWith('.') ? undefined : parts[0];
}

/**
 * The targets of `paths` (absolute, or relative to `cwd`); a path that is not content (outside
 * the content folder, or a file no story, profile or front page is made of) is a problem.
 */
export function syncTargets(contentDir: string, paths: readonly string[], cwd: string, shownAs: (path: string) => string): { targets: SyncTargets; problems: ContentProblem[] } {
  const targets: SyncTargets = { slugs: { articles: new Set(), authors: new Set() }, frontPage: false };
  const problems: ContentProblem[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    const parts = relative(contentDir, path).split(sep);
    if (parts.join('/') === FRONT_PAGE_FILE) {
      targets.frontPage = true;
      continue;
    }
    const kind = (Object.keys(FOLDERS) as EntryKind[]).find((name) => parts[0] === FOLDERS[name]);
    const slug = kind && parts.length > 1 ? slugOf(parts.slice(1)) : undefined;
    if (kind && slug) targets.slugs[kind].add(slug);
    else
      problems.push({
        file: shownAs(path),
        field: 'path',
        message: `expected a story, a profile or ${FRONT_PAGE_FILE} in the content folder (${shownAs(contentDir)}): articles/<slug>.md, articles/<slug>/…, authors/<slug>.md, authors/<slug>/…`,
      });
  }
  return { targets, problems };
}
