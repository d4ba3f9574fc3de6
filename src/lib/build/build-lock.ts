/**
 * What a build lock says and when it may be taken over (src/post-build/build-lock.ts). A lock
 * file holds its owner: process id, host, start time, and on Linux the process's start in the
 * kernel's clock, so that a process id used again by another program is not taken for the
 * build. A lock is abandoned when its build ran on this host and no longer runs; a lock from
 * another host (a shared network folder) is never taken over, only named. Pure.
 */

export interface LockOwner {
  pid: number;
  host: string;
  /** ISO 8601, for people. */
  started: string;
  /** `/proc/<pid>/stat` start time (clock ticks since boot), where there is one. */
  processStart?: string | undefined;
  /** Tells this build's lock from any other, when releasing or taking over. */
  token: string;
}

/** Reads a lock file; anything that is not an owner (a torn or foreign file) is undefined. */
export function parseOwner(text: string): LockOwner | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockOwner> | null;
    if (typeof value?.pid !== 'number' || typeof value.host !== 'string' || typeof value.started !== 'string' || typeof value.token !== 'string') return undefined;
    return { pid: value.pid, host: value.host, started: value.started, processStart: typeof value.processStart === 'string' ? value.processStart : undefined, token: value.token };
  } catch {
    return undefined;
  }
}

/** What the machine says about a process: whether one runs with that id, and since when. */
export interface ProcessFacts {
  host: string;
  /** Undefined when no process has that id; `processStart` is undefined where the system does not tell. */
  processOf: (pid: number) => { processStart: string | undefined } | undefined;
}

/** Whether the owner's build is known to be gone: same host, and its process is not running (or another process has its id). */
export function isAbandoned(owner: LockOwner, facts: ProcessFacts): boolean {
  if (owner.host !== facts.host) return false;
  const process = facts.processOf(owner.pid);
  if (!process) return true;
  return owner.processStart !== undefined && process.processStart !== undefined && owner.processStart !== process.processStart;
}

/** The owner for a person: `pid 4242 on host berita-01, started 2024-05-01T08:00:00.000Z`. */
export const ownerText = (owner: LockOwner): string => `pid ${owner.pid} on host ${owner.host}, started ${owner.started}`;

/** The start time field of `/proc/<pid>/stat` (the 22nd; the command name before it may hold spaces and parentheses). */
export function processStartOf(stat: string): string | undefined {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields after the name start at the 3rd (state): the 22nd is at index 19.
  return fields[19];
}
