import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildStop } from '../../../src/lib/build/failures.ts';
import { openRelease } from '../../../src/post-build/release.ts';
import { tempDir } from '../../support/temp.ts';

/** One build: prepare, write `text` as the home page, switch in. Returns what it logged. */
async function build(root: string, output: string, text: string): Promise<string[]> {
  const lines: string[] = [];
  const release = await openRelease(root, output, (line) => lines.push(line));
  await release.prepare();
  writeFileSync(join(release.layout.work, 'index.html'), text);
  await release.publish();
  return lines;
}

const home = (output: string) => readFileSync(join(output, 'index.html'), 'utf8');

describe('a release inside the project, in folder mode', () => {
  it('switches each build in whole, and keeps the one before as the next stage', async () => {
    const root = tempDir('proyek');
    const output = join(root, 'dist');
    await build(root, output, 'satu');
    expect(home(output)).toBe('satu');
    expect(lstatSync(output).isDirectory()).toBe(true);
    await build(root, output, 'dua');
    expect(home(output)).toBe('dua');
    expect(readFileSync(join(root, '.dist.releases', 'stage', 'index.html'), 'utf8')).toBe('satu');
    const release = await openRelease(root, output, () => {});
    await release.prepare();
    // The next build is written over the release before last, never into the published one.
    expect(release.layout.work).toBe(join(root, '.dist.releases', 'stage'));
    expect(home(release.layout.work)).toBe('satu');
  });

  it('carries a deployment’s .git over to the new release', async () => {
    const root = tempDir('proyek');
    const output = join(root, 'dist');
    await build(root, output, 'satu');
    mkdirSync(join(output, '.git'));
    await build(root, output, 'dua');
    expect(existsSync(join(output, '.git'))).toBe(true);
  });

  it('finishes a switch that stopped between its two renames, with the new site', async () => {
    const root = tempDir('proyek');
    const output = join(root, 'dist');
    await build(root, output, 'satu');
    const release = await openRelease(root, output, () => {});
    await release.prepare();
    writeFileSync(join(release.layout.work, 'index.html'), 'dua');
    // What a kill after the first rename leaves.
    renameSync(output, release.layout.old);
    const lines = await build(root, output, 'tiga');
    expect(lines).toEqual([`[warta] the last build stopped while switching ${output}: finished putting its new site in place`]);
    expect(home(output)).toBe('tiga');
    expect(home(join(root, '.dist.releases', 'stage'))).toBe('dua');
  });
});

describe('a release in symlink mode', () => {
  it('points the symlink at a new release in one rename, and never touches the folder it pointed at first', async () => {
    const root = tempDir('proyek');
    const web = tempDir('web');
    mkdirSync(join(web, 'awal'));
    writeFileSync(join(web, 'awal', 'index.html'), 'awal');
    const output = join(web, 'warta');
    symlinkSync('awal', output);
    await build(root, output, 'satu');
    expect(readlinkSync(output)).toBe('.warta.releases/a');
    expect(home(output)).toBe('satu');
    await build(root, output, 'dua');
    expect(readlinkSync(output)).toBe('.warta.releases/b');
    expect(home(output)).toBe('dua');
    await build(root, output, 'tiga');
    expect(readlinkSync(output)).toBe('.warta.releases/a');
    expect(home(join(web, 'awal'))).toBe('awal');
  });
});

describe('a release outside the project', () => {
  it('is built inside the project, then moved beside the output and switched in', async () => {
    const root = tempDir('proyek');
    const output = join(tempDir('web'), 'warta');
    await build(root, output, 'satu');
    await build(root, output, 'dua');
    expect(home(output)).toBe('dua');
    const release = await openRelease(root, output, () => {});
    expect(release.layout.work.startsWith(join(root, '.astro', 'outside-builds'))).toBe(true);
    await release.prepare();
    // The release before the published one, moved into the project for the build.
    expect(home(release.layout.work)).toBe('satu');
  });
});

describe('openRelease refuses', () => {
  it('an output folder that is a file, and one that holds the project', async () => {
    const root = tempDir('proyek');
    writeFileSync(join(root, 'dist'), '');
    await expect(openRelease(root, join(root, 'dist'), () => {})).rejects.toThrow(
      new BuildStop(`the output folder ${join(root, 'dist')} is a file, not a folder: move it away or build into another folder (--outDir)`),
    );
    await expect(openRelease(join(root, 'proyek'), root, () => {})).rejects.toBeInstanceOf(BuildStop);
  });
});
