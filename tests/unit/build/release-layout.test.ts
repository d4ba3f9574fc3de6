import { describe, expect, it } from 'vitest';
import { freeRelease, linkedRelease, linkText, recoverySteps, releaseLayout, type ObservedState } from '../../../src/lib/build/release-layout.ts';

describe('releaseLayout', () => {
  it('keeps Warta’s folders beside the output, and builds an output inside the project in its stage', () => {
    const layout = releaseLayout('/proyek', '/proyek/dist', true);
    expect(layout).toMatchObject({
      releases: '/proyek/.dist.releases',
      stage: '/proyek/.dist.releases/stage',
      old: '/proyek/.dist.releases/old',
      lock: '/proyek/.dist.releases/lock',
      work: '/proyek/.dist.releases/stage',
      workIsStage: true,
    });
  });

  it('builds an output outside the project in one folder inside it per destination', () => {
    const one = releaseLayout('/proyek', '/srv/www/warta', false);
    expect(one.releases).toBe('/srv/www/.warta.releases');
    expect(one.work).toMatch(/^\/proyek\/\.astro\/outside-builds\/[0-9a-f]{16}$/);
    expect(releaseLayout('/proyek', '/srv/www/warta', false).work).toBe(one.work);
    expect(releaseLayout('/proyek', '/srv/www/lain', false).work).not.toBe(one.work);
  });
});

describe('symlink releases', () => {
  const layout = releaseLayout('/proyek', '/srv/www/warta', false);
  it('points the symlink at a or b by a relative path, and tells which one it points at', () => {
    expect(linkText(layout, 'b')).toBe('.warta.releases/b');
    expect(linkedRelease(layout, '.warta.releases/b')).toBe('b');
    expect(linkedRelease(layout, '/srv/www/.warta.releases/a')).toBe('a');
    expect(linkedRelease(layout, 'situs-awal')).toBeUndefined();
    expect([freeRelease('a'), freeRelease('b'), freeRelease(undefined)]).toEqual(['b', 'a', 'a']);
  });
});

describe('recoverySteps', () => {
  const state = (
    output: ObservedState['output'],
    present: ObservedState['present'] extends ReadonlySet<infer T> ? T[] : never,
    extra: Partial<ObservedState> = {},
  ): ObservedState => ({
    output,
    present: new Set(present),
    workIsStage: true,
    ...extra,
  });

  it('does nothing after a build that finished', () => {
    expect(recoverySteps(state('folder', ['stage']))).toEqual([]);
    expect(recoverySteps(state('missing', []))).toEqual([]);
    expect(recoverySteps(state('symlink', ['a', 'stage'], { linked: 'a' }))).toEqual([]);
  });

  it('finishes a folder switch stopped between its two renames with the new site, which was complete', () => {
    expect(recoverySteps(state('missing', ['old', 'stage']))).toEqual([{ rename: ['stage', 'output'] }, { rename: ['old', 'stage'] }]);
    // Built outside the project: the new site waits in next/.
    expect(recoverySteps(state('missing', ['old', 'next'], { workIsStage: false }))).toEqual([{ rename: ['next', 'output'] }, { rename: ['old', 'stage'] }]);
  });

  it('puts the old site back when the new one is not there', () => {
    expect(recoverySteps(state('missing', ['old'], { workIsStage: false }))).toEqual([{ rename: ['old', 'output'] }]);
  });

  it('makes the old site the stage after a switch stopped after its second rename', () => {
    expect(recoverySteps(state('folder', ['old']))).toEqual([{ rename: ['old', 'stage'] }]);
    expect(recoverySteps(state('folder', ['old', 'stage']))).toEqual([{ remove: 'old' }]);
  });

  it('drops a symlink never renamed over the output, and reuses releases the output no longer points at', () => {
    expect(recoverySteps(state('symlink', ['a', 'b', 'link'], { linked: 'a' }))).toEqual([{ remove: 'link' }, { rename: ['b', 'stage'] }]);
    expect(recoverySteps(state('symlink', ['a', 'b', 'stage'], { linked: 'b' }))).toEqual([{ remove: 'a' }]);
    // The output points at a folder of its owner's: both of Warta's releases are free.
    expect(recoverySteps(state('symlink', ['a', 'b'], { linked: undefined }))).toEqual([{ rename: ['a', 'stage'] }, { remove: 'b' }]);
  });

  it('reuses an unpublished next/ as the stage', () => {
    expect(recoverySteps(state('folder', ['next'], { workIsStage: false }))).toEqual([{ rename: ['next', 'stage'] }]);
  });
});
