/**
 * Where `npm run build` writes a new site and how it puts it in the place of the published one
 * (docs/decisions/016-staged-builds.md). The published output folder is never written into: the
 * build writes a stage beside it and switches with renames once the search index and the
 * compressed files are in. Pure: paths and decisions; src/post-build/release.ts does the work.
 *
 * Beside the output folder `<parent>/<name>`, Warta keeps its own folder `<parent>/.<name>.releases/`:
 * - `stage/`: where the next build is written. Between builds it holds the release before the
 *   published one, most of whose files are hard links to the same files as the published
 *   release: a build reuses it (src/integrations/kept-output.ts), so a one-story publish touches
 *   only what changed, and never copies the archive.
 * - `old/` (folder mode): the published release while the switch runs.
 * - `next/`: a build made inside the project for an output folder outside it, moved here to be
 *   switched in (docs/decisions/005-outside-out-dir-built-inside.md).
 * - `a/`, `b/` (symlink mode): the releases an output symlink points at, and `link`, the new
 *   symlink before it replaces the output.
 * - `lock`: the build lock on the output folder (src/post-build/build-lock.ts).
 */
import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';

/** How the new release replaces the published one. */
export type SwitchMode =
  /** The output is a folder: two renames, with the output missing for the moment between them. */
  | 'folder'
  /** The output is a symlink: a new symlink renamed over it, so every reader sees one release or the other. */
  | 'symlink';

/** What is at the output's path when a build starts. */
export type OutputKind = 'missing' | 'folder' | 'symlink' | 'other';

export type ReleaseName = 'a' | 'b';

export interface ReleaseLayout {
  /** The folder (or symlink) the host serves, absolute. */
  output: string;
  releases: string;
  stage: string;
  old: string;
  next: string;
  link: string;
  lock: string;
  /** Where Astro writes: the stage, or a folder inside the project when the output is outside it. */
  work: string;
  /** Whether `work` is the stage itself (an output inside the project). */
  workIsStage: boolean;
}

/** The folders a build for `output` uses, for a project at `root` (both absolute). */
export function releaseLayout(root: string, output: string, outputInsideProject: boolean): ReleaseLayout {
  const releases = join(dirname(output), `.${basename(output)}.releases`);
  const stage = join(releases, 'stage');
  // One scratch folder per destination, so that every build for it writes the same path.
  const work = outputInsideProject ? stage : join(root, '.astro', 'outside-builds', createHash('sha256').update(output).digest('hex').slice(0, 16));
  return {
    output,
    releases,
    stage,
    old: join(releases, 'old'),
    next: join(releases, 'next'),
    link: join(releases, 'link'),
    lock: join(releases, 'lock'),
    work,
    workIsStage: outputInsideProject,
  };
}

export const releasePath = (layout: ReleaseLayout, name: ReleaseName): string => join(layout.releases, name);

/** The symlink's text for a release: relative, so the pair can be moved together. */
export const linkText = (layout: ReleaseLayout, name: ReleaseName): string => `${basename(layout.releases)}/${name}`;

/** Which of Warta's releases an output symlink's text points at, if either. */
export function linkedRelease(layout: ReleaseLayout, text: string): ReleaseName | undefined {
  const target = resolve(dirname(layout.output), text);
  return (['a', 'b'] as const).find((name) => target === releasePath(layout, name));
}

/** The release name a new build is switched in as: the one the output does not point at. */
export const freeRelease = (current: ReleaseName | undefined): ReleaseName => (current === 'a' ? 'b' : 'a');

/** What a build finds when it starts, for the recovery of an interrupted one. */
export interface ObservedState {
  output: OutputKind;
  /** Symlink mode: the release the output points at. */
  linked?: ReleaseName | undefined;
  /** Which of Warta's folders exist. */
  present: ReadonlySet<'stage' | 'old' | 'next' | 'link' | 'a' | 'b'>;
  workIsStage: boolean;
}

export type RecoveryStep = { rename: [from: Folder, to: Folder | 'output'] } | { remove: Folder };
type Folder = 'stage' | 'old' | 'next' | 'link' | 'a' | 'b';

/**
 * What to do, before anything else, with what an interrupted build left (a kill, a crash, a
 * full disk), so that the output holds a whole release and the stage is free. Decided from
 * names alone: each step of a switch leaves a state no other step leaves.
 * - Folder mode, `old/` present: the switch began, so the new release was complete. With the
 *   output missing (stopped between the two renames) the new release is put in place, or the old
 *   one back if the new one is gone; then `old/` becomes the stage.
 * - `next/` unpublished, a release the symlink no longer points at: they become the stage (a
 *   stage needs no trust: the build checks every file of it against the cache), or go.
 * - `link`, a symlink never renamed over the output: it goes.
 */
export function recoverySteps(state: ObservedState): RecoveryStep[] {
  const steps: RecoveryStep[] = [];
  const present = new Set(state.present);
  const becomeStage = (folder: Folder) => {
    if (present.has('stage')) steps.push({ remove: folder });
    else {
      steps.push({ rename: [folder, 'stage'] });
      present.add('stage');
    }
    present.delete(folder);
  };
  let output = state.output;
  if (present.has('old')) {
    if (output === 'missing') {
      const finished: Folder = present.has('next') ? 'next' : state.workIsStage && present.has('stage') ? 'stage' : 'old';
      steps.push({ rename: [finished, 'output'] });
      present.delete(finished);
      output = 'folder';
    }
    if (present.has('old')) becomeStage('old');
  }
  if (present.has('link')) {
    steps.push({ remove: 'link' });
    present.delete('link');
  }
  if (present.has('next')) becomeStage('next');
  for (const name of ['a', 'b'] as const) if (present.has(name) && !(output === 'symlink' && state.linked === name)) becomeStage(name);
  return steps;
}
