/**
 * A build never leaves a half-written site (docs/decisions/016-staged-builds.md): a full disk on
 * the output or on the cache folder, a kill while pages are written, during the search step or
 * during the switch, a crash, two builds at once. After each, the output folder holds exactly the
 * last good build or the new one (file lists and bytes against clean builds of both), the failed
 * build's output is asserted whole, and the next build equals a clean build.
 *
 * Faults are injected at the file layer (WARTA_TEST_FAULT, src/post-build/write-guard.ts): the
 * nth write below a folder fails as a full disk would, or the build's whole process group is
 * SIGKILLed right after it. Small site, fixed clock; the references are built once.
 */
import { existsSync, mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareOutputs, describeDifference } from '../../bench/lib/compare-output.ts';
import { buildSite, BUILDS_DIR, type BuildResult } from '../support/build-site.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';

const NOW = '2024-04-01T00:00:00+07:00';
const contentDir = copyFixtureSite('basic');
/** The new story of version B: version A is the fixture as it is. */
const NEW_STORY = join(contentDir, 'articles', 'berita-baru-uji.md');
const newStory = readFileSync(join(contentDir, 'articles', 'artikel-uji-pertama.md'), 'utf8')
  .replace(/^title: .*$/m, 'title: "Berita Baru Uji"')
  .replace(/^date: .*$/m, 'date: 2024-03-20T10:00:00+07:00')
  .replace(/^updated: .*\n/m, '');
type Version = 'A' | 'B';
const setVersion = (version: Version) => (version === 'B' ? writeFileSync(NEW_STORY, newStory) : rmSync(NEW_STORY, { force: true }));

const root = join(BUILDS_DIR, 'safe-publish');
/** Clean builds of each version, to compare with. */
const reference: Record<Version, string> = { A: '', B: '' };

interface Target {
  output: string;
  cache: string;
  /** What the output holds now: the last good build. */
  published: Version;
}

const VITE_CACHE_NOTE = /^\[vite\] Re-optimizing dependencies because /;
/** The build's output as lines, without Vite's dependency-cache note (tests/e2e/build-errors.test.ts says why). */
const lines = (build: BuildResult) =>
  build.output
    .split('\n')
    .filter((line) => line !== '' && !VITE_CACHE_NOTE.test(line))
    .map((line) => line.replace(/^\d\d:\d\d:\d\d /, ''));

function publish(target: Target, { fault, args = [] }: { fault?: object; args?: readonly string[] } = {}): Promise<BuildResult> {
  const env: Record<string, string> = { WARTA_CACHE_DIR: target.cache, WARTA_NOW: NOW, ...(fault ? { WARTA_TEST_FAULT: JSON.stringify(fault) } : {}) };
  // --silent: Astro's own progress lines out, so that a failure's whole output can be asserted.
  return buildSite({ contentDir, outDir: target.output, env, args: ['--silent', ...args], ownProcessGroup: true });
}

async function expectSite(output: string, version: Version): Promise<void> {
  expect(describeDifference(await compareOutputs(output, reference[version])), `${output} should be version ${version}`).toBe('');
}

/** A build of the other version that `fail` makes fail, then one that must succeed: before, between and after, the output is whole. */
async function failThenRecover(
  target: Target,
  fail: (target: Target) => Promise<BuildResult>,
  expectFailure: (build: BuildResult, target: Target) => void | Promise<void>,
  expectRecovery: (build: BuildResult) => void = () => {},
) {
  const next: Version = target.published === 'A' ? 'B' : 'A';
  setVersion(next);
  const failed = await fail(target);
  await expectFailure(failed, target);
  if (existsSync(target.output)) await expectSite(target.output, target.published);
  const recovered = await publish(target);
  expect(recovered.exitCode, recovered.output).toBe(0);
  expectRecovery(recovered);
  await expectSite(target.output, next);
  target.published = next;
}

const fault = (action: 'fail' | 'kill' | 'crash', call: string, path: string, nth = 1, code?: string) => ({ action, call, path, nth, ...(code ? { code } : {}) });
const stage = (target: Target) => join(root, `.${target.output.split('/').at(-1)}.releases`, 'stage');
const untouched = (target: Target) => `${target.output} still holds the last complete site`;
const killed = (build: BuildResult) => expect([build.signal, build.exitCode]).toEqual(['SIGKILL', null]);
/** What a build after a killed one says: the lock of the killed build is taken over. */
const tookOverLocks = (build: BuildResult) =>
  expect(lines(build).filter((line) => line.startsWith('[warta] took over the lock'))).toEqual([
    expect.stringMatching(/^\[warta\] took over the lock on the cache folder .*: the build that held it \(pid \d+ .*\) is no longer running$/),
    expect.stringMatching(/^\[warta\] took over the lock on the output folder .*: the build that held it \(pid \d+ .*\) is no longer running$/),
  ]);

const folderTarget: Target = { output: join(root, 'situs'), cache: join(root, 'cache'), published: 'A' };

beforeAll(async () => {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const version of ['A', 'B'] as const) {
    setVersion(version);
    const clean = await buildSite({ contentDir, env: { WARTA_NOW: NOW } });
    expect(clean.exitCode, clean.output).toBe(0);
    reference[version] = clean.outDir;
  }
  setVersion('A');
  const first = await publish(folderTarget);
  expect(first.exitCode, first.output).toBe(0);
  await expectSite(folderTarget.output, 'A');
});

describe('a full disk', () => {
  it('on the output folder stops the build with one line, and the site stays whole', async () => {
    await failThenRecover(
      folderTarget,
      (target) => publish(target, { fault: fault('fail', 'writeFile', stage(target), 1, 'ENOSPC') }),
      (build, target) => {
        expect(build.exitCode).toBe(1);
        expect(lines(build)).toEqual([
          expect.stringMatching(
            new RegExp(
              `^\\[warta\\] build stopped: no space left on the file system holding ${stage(target)}/\\S+ \\(ENOSPC\\): free some space there, then build again; ${untouched(target)}$`,
            ),
          ),
        ]);
      },
    );
  });

  it('on the cache folder, as Astro writes its copies of the pages', async () => {
    await failThenRecover(
      folderTarget,
      (target) => publish(target, { fault: fault('fail', 'writeFile', join(target.cache, 'dist'), 1, 'ENOSPC') }),
      (build, target) => {
        expect(build.exitCode).toBe(1);
        expect(lines(build)).toEqual([
          expect.stringMatching(
            new RegExp(`^\\[warta\\] build stopped: no space left on the file system holding ${target.cache}/dist/\\S+ \\(ENOSPC\\): .*; ${untouched(target)}$`),
          ),
        ]);
      },
    );
  });

  it('on the cache folder during the search step, after Astro', async () => {
    await failThenRecover(
      folderTarget,
      (target) => publish(target, { fault: fault('fail', 'writeFile', join(target.cache, 'warta-search-pages.json'), 1, 'ENOSPC') }),
      (build, target) => {
        expect(build.exitCode).toBe(1);
        expect(lines(build)).toEqual([
          `[warta] build stopped: no space left on the file system holding ${target.cache}/warta-search-pages.json (ENOSPC): free some space there, then build again; ${untouched(target)}`,
        ]);
      },
    );
  });
});

describe('a kill', () => {
  it('while pages are written', async () => {
    await failThenRecover(
      folderTarget,
      (target) => publish(target, { fault: fault('kill', 'writeFile', stage(target), 2) }),
      (build) => {
        killed(build);
        expect(lines(build)).toEqual([]);
      },
      // Astro's copies may be newer than its manifest: every page is rendered again (Astro's log
      // says so, silenced here; tests/e2e/incremental.test.ts checks it).
      tookOverLocks,
    );
  });

  it('during the search step', async () => {
    await failThenRecover(
      folderTarget,
      // Right after the new index partition is stored, before it is put in the stage.
      (target) => publish(target, { fault: fault('kill', 'rename', join(target.cache, 'warta-search')) }),
      (build) => {
        killed(build);
        expect(lines(build)).toEqual([]);
      },
      tookOverLocks,
    );
  });

  it('between the two renames of a folder switch leaves both sites whole, and the next build puts the new one in place', async () => {
    await failThenRecover(
      folderTarget,
      // Right after the published folder is renamed away: the one moment the output is missing.
      (target) => publish(target, { fault: fault('kill', 'rename', target.output) }),
      async (build, target) => {
        killed(build);
        expect(existsSync(target.output)).toBe(false);
        await expectSite(join(root, '.situs.releases', 'old'), target.published);
        await expectSite(stage(target), target.published === 'A' ? 'B' : 'A');
      },
      (build) => {
        tookOverLocks(build);
        // Once it holds the locks, before anything else.
        expect(lines(build)[2]).toBe(`[warta] the last build stopped while switching ${folderTarget.output}: finished putting its new site in place`);
      },
    );
  });
});

describe('a symlinked output', () => {
  const linkTarget: Target = { output: join(root, 'tautan'), cache: join(root, 'cache-tautan'), published: 'A' };

  beforeAll(async () => {
    mkdirSync(join(root, 'awal'));
    symlinkSync('awal', linkTarget.output);
    setVersion('A');
    const first = await publish(linkTarget);
    expect(first.exitCode, first.output).toBe(0);
    expect(readlinkSync(linkTarget.output)).toBe('.tautan.releases/a');
  });

  it('always points at a whole site: a kill before the new symlink replaces it leaves the old one', async () => {
    await failThenRecover(
      linkTarget,
      (target) => publish(target, { fault: fault('kill', 'symlink', join(root, '.tautan.releases')) }),
      (build, target) => {
        killed(build);
        expect(readlinkSync(target.output)).toBe('.tautan.releases/a');
      },
      () => expect(readlinkSync(linkTarget.output)).toBe('.tautan.releases/b'),
    );
  });

  it('and a kill right after it replaced it leaves the new one', async () => {
    setVersion(linkTarget.published === 'A' ? 'B' : 'A');
    const build = await publish(linkTarget, { fault: fault('kill', 'rename', join(root, '.tautan.releases', 'link')) });
    killed(build);
    expect(readlinkSync(linkTarget.output)).toBe('.tautan.releases/a');
    await expectSite(linkTarget.output, linkTarget.published === 'A' ? 'B' : 'A');
    linkTarget.published = linkTarget.published === 'A' ? 'B' : 'A';
    const next = await publish(linkTarget);
    expect(next.exitCode, next.output).toBe(0);
    await expectSite(linkTarget.output, linkTarget.published);
  });
});

describe('a crash', () => {
  it('in the search step is a bug: it keeps its stack trace, and the site stays whole', async () => {
    await failThenRecover(
      folderTarget,
      (target) => publish(target, { fault: fault('crash', 'rename', join(target.cache, 'warta-search')) }),
      (build) => {
        expect(build.exitCode).toBe(1);
        expect(lines(build)[0]).toBe('Error: the search index could not be written');
        expect(lines(build)[1]).toMatch(/^\s+at /);
        expect(build.output).toMatch(/\[cause\]: Error: injected crash \(WARTA_TEST_FAULT\) in rename '/);
      },
    );
  });

  it('while pictures are published stops Astro with its trace, and the site stays whole', async () => {
    await failThenRecover(
      folderTarget,
      // Every build renames the pictures' record into the cache (src/integrations/bundle-media.ts); their versions are encoded only once.
      (target) => publish(target, { fault: fault('crash', 'rename', join(target.cache, 'warta-media')) }),
      (build) => {
        expect(build.exitCode).toBe(1);
        expect(build.output).toContain('injected crash (WARTA_TEST_FAULT) in rename');
        expect(build.output).toMatch(/\n\s+at /);
      },
    );
  });
});

describe('two builds at once', () => {
  it('run one after the other: the second says it waits, and the site is the new one', async () => {
    setVersion(folderTarget.published === 'A' ? 'B' : 'A');
    const builds = await Promise.all([publish(folderTarget), publish(folderTarget)]);
    expect(builds.map((build) => build.exitCode)).toEqual([0, 0]);
    const waited = builds.filter((build) => lines(build).some((line) => line.startsWith('[warta] waiting for another build to finish with the cache folder')));
    expect(waited).toHaveLength(1);
    folderTarget.published = folderTarget.published === 'A' ? 'B' : 'A';
    await expectSite(folderTarget.output, folderTarget.published);
  });

  it('with --no-wait, the second stops at once with one line', async () => {
    setVersion(folderTarget.published === 'A' ? 'B' : 'A');
    const first = publish(folderTarget);
    const lock = join(folderTarget.cache, 'warta-build.lock');
    while (!existsSync(lock)) await new Promise((done) => setTimeout(done, 20));
    const second = await publish(folderTarget, { args: ['--no-wait'] });
    expect(second.exitCode).toBe(1);
    expect(lines(second)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^\\[warta\\] another build is using the cache folder ${folderTarget.cache} \\(pid \\d+ on host \\S+, started \\S+\\): let it finish and build again, or build without --no-wait to wait for it$`,
        ),
      ),
    ]);
    expect((await first).exitCode).toBe(0);
    folderTarget.published = folderTarget.published === 'A' ? 'B' : 'A';
    await expectSite(folderTarget.output, folderTarget.published);
  });
});

describe('a folder it cannot use', () => {
  it('an output folder that is a file: one line, nothing written', async () => {
    const file = join(root, 'berkas');
    writeFileSync(file, 'bukan folder');
    const build = await publish({ output: file, cache: folderTarget.cache, published: 'A' });
    expect([build.exitCode, lines(build)]).toEqual([1, [`[warta] the output folder ${file} is a file, not a folder: move it away or build into another folder (--outDir)`]]);
    expect(readFileSync(file, 'utf8')).toBe('bukan folder');
  });

  it('permission denied and a read-only file system: one line naming the folder', async () => {
    const releases = join(root, '.situs.releases');
    const denied = await publish(folderTarget, { fault: fault('fail', 'mkdir', releases, 1, 'EACCES') });
    expect([denied.exitCode, lines(denied)]).toEqual([
      1,
      [
        `[warta] build stopped: permission denied on ${releases} (EACCES): let the user running the build write there, or build into another folder (--outDir, WARTA_CACHE_DIR); ${untouched(folderTarget)}`,
      ],
    ]);
    const readOnly = await publish(folderTarget, { fault: fault('fail', 'mkdir', folderTarget.cache, 1, 'EROFS') });
    expect([readOnly.exitCode, lines(readOnly)]).toEqual([
      1,
      [`[warta] build stopped: ${folderTarget.cache} is on a read-only file system (EROFS): build into a writable folder (--outDir, WARTA_CACHE_DIR); ${untouched(folderTarget)}`],
    ]);
    await expectSite(folderTarget.output, folderTarget.published);
  });
});
