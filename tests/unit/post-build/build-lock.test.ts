import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildStop } from '../../../src/lib/build/failures.ts';
import { takeLock } from '../../../src/post-build/build-lock.ts';
import { tempDir } from '../../support/temp.ts';

const options = (lines: string[], wait: boolean) => ({ folder: '/srv/cache', what: 'the cache folder', wait, log: (line: string) => lines.push(line) });
const lock = (owner: object) => JSON.stringify({ started: '2024-05-01T08:00:00.000Z', token: 'lain', ...owner });

describe('takeLock', () => {
  it('stops a second build at once with --no-wait, naming who holds the lock', async () => {
    const file = join(tempDir('kunci'), 'lock');
    const release = await takeLock(file, options([], true));
    const stopped = await takeLock(file, options([], false)).catch((error: unknown) => error);
    expect(stopped).toBeInstanceOf(BuildStop);
    expect((stopped as Error).message).toBe(
      `another build is using the cache folder /srv/cache (pid ${process.pid} on host ${hostname()}, started ${JSON.parse(readFileSync(file, 'utf8')).started}): let it finish and build again, or build without --no-wait to wait for it`,
    );
    await release();
    expect(existsSync(file)).toBe(false);
  });

  it('makes a second build wait until the first lets go, saying so', async () => {
    const file = join(tempDir('kunci'), 'lock');
    const release = await takeLock(file, options([], true));
    const lines: string[] = [];
    const second = takeLock(file, options(lines, true));
    await new Promise((done) => setTimeout(done, 200));
    expect(lines).toEqual([expect.stringMatching(/^\[warta\] waiting for another build to finish with the cache folder \/srv\/cache \(pid \d+ .*\); --no-wait stops instead$/)]);
    await release();
    await (
      await second
    )();
    expect(lines[1]).toBe('[warta] the other build finished with the cache folder /srv/cache; building');
  });

  it('takes over the lock of a build that no longer runs, saying so', async () => {
    const file = join(tempDir('kunci'), 'lock');
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(file, lock({ pid: gone, host: hostname() }));
    const lines: string[] = [];
    const release = await takeLock(file, options(lines, false));
    expect(lines).toEqual([
      `[warta] took over the lock on the cache folder /srv/cache: the build that held it (pid ${gone} on host ${hostname()}, started 2024-05-01T08:00:00.000Z) is no longer running`,
    ]);
    await release();
  });

  it('never takes over a lock of another host, and says how to remove it', async () => {
    const file = join(tempDir('kunci'), 'lock');
    writeFileSync(file, lock({ pid: 1, host: 'mesin-lain' }));
    await expect(takeLock(file, options([], false))).rejects.toThrow(`; if no build runs there any more, delete ${file}`);
  });
});
