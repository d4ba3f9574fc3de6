/**
 * One build at a time per cache folder and per output folder: a build holds a lock file on each
 * (src/lib/build/build-lock.ts says what it holds). A second build waits for the first, saying
 * so once, or with `--no-wait` stops at once. A lock left by a build that was killed is taken
 * over, with a line saying so.
 *
 * The lock file appears whole or not at all: it is written under a name of its own, then linked
 * to the lock's name, which fails when a lock is there (EEXIST). A lock is taken over by renaming
 * it aside and checking that what was renamed is the abandoned lock read before; when another
 * build took it over in between, its lock is put back. proper-lockfile was the library
 * considered: it tells a dead lock by its age only (a killed build's successor would wait out the
 * staleness period) and cannot say who holds a lock (docs/decisions/016-staged-builds.md).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAbandoned, ownerText, parseOwner, processStartOf, type LockOwner, type ProcessFacts } from '../lib/build/build-lock.ts';
import { BuildStop } from '../lib/build/failures.ts';

/** How often a waiting build looks again. */
const POLL_MS = 500;

export interface LockOptions {
  /** The folder the lock guards, and how to name it: `the cache folder`. */
  folder: string;
  what: string;
  /** Whether to wait for another build, or stop at once (`--no-wait`). */
  wait: boolean;
  log: (line: string) => void;
}

const processStart = (pid: number): string | undefined => {
  try {
    return processStartOf(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
};

const machine: ProcessFacts = {
  host: hostname(),
  processOf: (pid) => {
    try {
      process.kill(pid, 0);
    } catch (error) {
      // EPERM: a process of another user has the id.
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return undefined;
    }
    return { processStart: processStart(pid) };
  },
};

const readOwner = (file: string): Promise<LockOwner | undefined | 'none'> =>
  readFile(file, 'utf8').then(parseOwner, (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? 'none' : Promise.reject(error)));

/**
 * Takes over `file` if it still holds `abandoned`: renamed aside first, so that of two builds
 * taking it over at once only one removes it. Returns whether the abandoned lock is gone.
 */
async function takeOver(file: string, abandoned: LockOwner | undefined): Promise<boolean> {
  const aside = `${file}.abandoned-${process.pid}`;
  try {
    await rename(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
  const renamed = parseOwner(await readFile(aside, 'utf8').catch(() => ''));
  if (renamed?.token === abandoned?.token) {
    await rm(aside, { force: true });
    return true;
  }
  // Another build took the lock over and holds it: give it back.
  await link(aside, file).catch(() => undefined);
  await rm(aside, { force: true });
  return false;
}

/** Holds the lock `file` until the returned function is called; waits for, or stops at, another build's. */
export async function takeLock(file: string, { folder, what, wait, log }: LockOptions): Promise<() => Promise<void>> {
  const owner: LockOwner = { pid: process.pid, host: machine.host, started: new Date().toISOString(), processStart: processStart(process.pid), token: randomUUID() };
  const draft = `${file}.${process.pid}-${owner.token}`;
  let waiting = false;
  await writeFile(draft, JSON.stringify(owner), { flag: 'wx' });
  try {
    for (;;) {
      try {
        await link(draft, file);
        if (waiting) log(`[warta] the other build finished with ${what} ${folder}; building`);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = await readOwner(file);
      if (holder === 'none') continue;
      if (holder === undefined || isAbandoned(holder, machine)) {
        if (await takeOver(file, holder)) {
          log(
            `[warta] took over the lock on ${what} ${folder}: ${holder ? `the build that held it (${ownerText(holder)}) is no longer running` : `${file} was not a lock Warta wrote`}`,
          );
        }
        continue;
      }
      const gone = holder.host === machine.host ? '' : `; if no build runs there any more, delete ${file}`;
      if (!wait)
        throw new BuildStop(`another build is using ${what} ${folder} (${ownerText(holder)}): let it finish and build again, or build without --no-wait to wait for it${gone}`);
      if (!waiting) log(`[warta] waiting for another build to finish with ${what} ${folder} (${ownerText(holder)})${gone}; --no-wait stops instead`);
      waiting = true;
      await sleep(POLL_MS);
    }
  } finally {
    await rm(draft, { force: true });
  }
  return async () => {
    // Only this build's own lock: never one that another build took over meanwhile.
    const holder = await readOwner(file).catch(() => undefined);
    if (holder !== 'none' && holder?.token === owner.token) await rm(file, { force: true });
  };
}
