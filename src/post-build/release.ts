/**
 * A build's output folder is switched, never written (src/lib/build/release-layout.ts says where
 * everything lives, docs/decisions/016-staged-builds.md why): the build writes its stage, and at
 * the very end, after the search index and the compressed files, the finished stage takes the
 * output's place with renames. Whatever stops a build before that (a broken article, a full
 * disk, a kill, a crash), the output keeps the last complete site.
 * - **Folder mode** (the output is a folder, or new): `output` → `old/`, stage → `output`, `old/`
 *   → stage. Between the first two renames the output is missing, for two system calls.
 * - **Symlink mode** (the output is a symlink): the stage is renamed to `a/` or `b/` beside the
 *   published release, a new symlink to it is renamed over the output (rename(2) replaces a
 *   symlink in one step), and the release before becomes the stage.
 * An output folder outside the project is built inside it (docs/decisions/005): the stage is
 * moved there for the build and back to be switched in, or, on another file system, copied.
 */
import { cp, lstat, mkdir, readlink, rename, rm, stat, symlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { BuildStop } from '../lib/build/failures.ts';
import {
  freeRelease,
  linkedRelease,
  linkText,
  recoverySteps,
  releaseLayout,
  releasePath,
  type ObservedState,
  type OutputKind,
  type ReleaseLayout,
  type SwitchMode,
} from '../lib/build/release-layout.ts';
import { isInside } from './out-dir.ts';

export interface Release {
  layout: ReleaseLayout;
  mode: SwitchMode;
  /** Puts right what an interrupted build left, and makes `layout.work` ready for Astro. */
  prepare: () => Promise<void>;
  /** Switches the finished build in: the last step of a build. */
  publish: () => Promise<void>;
}

const exists = (path: string): Promise<boolean> =>
  lstat(path).then(
    () => true,
    (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? false : Promise.reject(error)),
  );

async function outputKind(output: string): Promise<OutputKind> {
  const stats = await lstat(output).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
  if (!stats) return 'missing';
  if (stats.isSymbolicLink())
    return (await stat(output).then(
      (target) => target.isDirectory(),
      () => true,
    ))
      ? 'symlink'
      : 'other';
  return stats.isDirectory() ? 'folder' : 'other';
}

/** The release an output symlink points at, if it is one of Warta's. */
const currentRelease = async (layout: ReleaseLayout) => linkedRelease(layout, await readlink(layout.output));

/** Renames `from` to `to`, or copies it where they are on two file systems; returns whether it copied. */
async function moveTree(from: string, to: string): Promise<boolean> {
  try {
    await rename(from, to);
    return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true, verbatimSymlinks: true });
    return true;
  }
}

/**
 * Which release the output holds now, as the file system names it: the device and inode of the
 * published folder (for a symlink, of the folder it points at) with the time its entries last
 * changed. Every switch puts another folder there, so a build that finds the identity its last
 * record noted knows that nothing has replaced or emptied the output since
 * (docs/decisions/021-unchanged-builds.md); undefined when there is no output.
 */
export async function publishedRelease(output: string): Promise<string | undefined> {
  const folder = await stat(output).catch(() => undefined);
  if (!folder?.isDirectory()) return undefined;
  return `${folder.dev}:${folder.ino}:${folder.mtimeMs}`;
}

/** Checks the output folder a build is for, and says how it will be switched. */
export async function openRelease(root: string, output: string, log: (line: string) => void): Promise<Release> {
  if (isInside(output, root)) throw new BuildStop(`the output folder ${output} holds the project itself: build into a folder of its own (--outDir)`);
  const kind = await outputKind(output);
  if (kind === 'other') throw new BuildStop(`the output folder ${output} is a file, not a folder: move it away or build into another folder (--outDir)`);
  if (kind === 'folder' && (await stat(output)).dev !== (await stat(dirname(output))).dev) {
    throw new BuildStop(
      `the output folder ${output} is a mount point, so a new site cannot be renamed into its place: mount the folder above it instead, or make ${output} a symlink (docs/hosting/README.md#publishing-without-a-half-written-site)`,
    );
  }
  const layout = releaseLayout(root, output, isInside(root, output));
  const mode: SwitchMode = kind === 'symlink' ? 'symlink' : 'folder';
  /** Where the release before the published one goes once switched out: the stage, unless the build's stage stays inside the project. */
  const retire = async (release: string, workStays: boolean) => {
    if (workStays || (await exists(layout.stage))) await rm(release, { recursive: true, force: true });
    else await rename(release, layout.stage);
  };

  async function recover(): Promise<void> {
    const names = ['stage', 'old', 'next', 'link', 'a', 'b'] as const;
    const found = await Promise.all(names.map((name) => exists(join(layout.releases, name))));
    const state: ObservedState = {
      output: await outputKind(output),
      linked: kind === 'symlink' ? await currentRelease(layout) : undefined,
      present: new Set(names.filter((_, at) => found[at])),
      workIsStage: layout.workIsStage,
    };
    const steps = recoverySteps(state);
    for (const step of steps) {
      if ('remove' in step) await rm(join(layout.releases, step.remove), { recursive: true, force: true });
      else await rename(join(layout.releases, step.rename[0]), step.rename[1] === 'output' ? output : join(layout.releases, step.rename[1]));
    }
    const restored = steps.find((step) => 'rename' in step && step.rename[1] === 'output');
    if (restored && 'rename' in restored) {
      log(`[warta] the last build stopped while switching ${output}: ${restored.rename[0] === 'old' ? 'put the site before it back' : 'finished putting its new site in place'}`);
    }
  }

  async function prepare(): Promise<void> {
    await mkdir(layout.releases, { recursive: true });
    await recover();
    if (!layout.workIsStage) {
      if (await exists(layout.work)) await rm(layout.stage, { recursive: true, force: true });
      else if (await exists(layout.stage)) {
        await mkdir(dirname(layout.work), { recursive: true });
        // On another file system the stage is of no use inside the project: start without it.
        await rename(layout.stage, layout.work).catch((error: NodeJS.ErrnoException) => (error.code === 'EXDEV' ? undefined : Promise.reject(error)));
      }
    }
    await mkdir(layout.work, { recursive: true });
  }

  async function publish(): Promise<void> {
    const finished = layout.workIsStage ? layout.work : layout.next;
    const workStays = layout.workIsStage ? false : await moveTree(layout.work, layout.next);
    const published = kind === 'symlink' ? resolve(dirname(output), await readlink(output)) : output;
    // A deployment that commits the output keeps its repository in the published folder.
    if ((await exists(join(published, '.git'))) && !(await exists(join(finished, '.git')))) await rename(join(published, '.git'), join(finished, '.git'));
    if (mode === 'folder') {
      if (!(await exists(output))) return void (await rename(finished, output));
      await rename(output, layout.old);
      try {
        await rename(finished, output);
      } catch (error) {
        await rename(layout.old, output);
        throw error;
      }
      return retire(layout.old, workStays);
    }
    const current = await currentRelease(layout);
    const target = freeRelease(current);
    await rm(releasePath(layout, target), { recursive: true, force: true });
    await rename(finished, releasePath(layout, target));
    await rm(layout.link, { force: true });
    await symlink(linkText(layout, target), layout.link);
    await rename(layout.link, output);
    if (current) await retire(releasePath(layout, current), workStays);
  }

  return { layout, mode, prepare, publish };
}
