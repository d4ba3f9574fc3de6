/**
 * The failures a build expects (a full disk, a folder it may not write, a read-only file system,
 * a file where a folder should be, another build running), told in one line: what failed, on
 * which path, what to do. Anything else is a bug and keeps its stack trace. Pure: the build's
 * two processes print the line (scripts/build.ts, src/post-build/write-guard.ts).
 */

/** A stop the build decided on itself (a lock held, an output folder that is a file): its message is the whole line. */
export class BuildStop extends Error {
  override name = 'BuildStop';
}

/** Error codes of the file system that are the machine's state, not Warta's code, and what to do about each. */
const EXPECTED: Readonly<Record<string, (path: string) => string>> = {
  ENOSPC: (path) => `no space left on the file system holding ${path} (ENOSPC): free some space there, then build again`,
  EDQUOT: (path) => `the disk quota is used up on the file system holding ${path} (EDQUOT): free some space there, then build again`,
  EACCES: (path) => `permission denied on ${path} (EACCES): let the user running the build write there, or build into another folder (--outDir, WARTA_CACHE_DIR)`,
  EPERM: (path) => `operation not permitted on ${path} (EPERM): let the user running the build write there, or build into another folder (--outDir, WARTA_CACHE_DIR)`,
  EROFS: (path) => `${path} is on a read-only file system (EROFS): build into a writable folder (--outDir, WARTA_CACHE_DIR)`,
  ENOTDIR: (path) => `a file stands where a folder is needed on the way to ${path} (ENOTDIR): move that file away, then build again`,
};

/** Whether `error` is a file-system failure of the kind the build expects. */
export function isExpectedFailure(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return error instanceof Error && typeof code === 'string' && Object.hasOwn(EXPECTED, code);
}

/**
 * The one line for an expected failure, or undefined for a bug. `published` names the output
 * folder when the failure came before the switch, so it still holds the last complete site.
 */
export function failureLine(error: unknown, published?: string): string | undefined {
  const untouched = published === undefined ? '' : `; ${published} still holds the last complete site`;
  if (error instanceof BuildStop) return `[warta] ${error.message}`;
  // A step may wrap what failed in it ("the search index could not be written").
  if (!isExpectedFailure(error)) return error instanceof Error && error.cause !== undefined ? failureLine(error.cause, published) : undefined;
  // A write's error names no path (`ENOSPC: no space left on device, write`); the guard adds it.
  const path = error.path ?? (error as { dest?: string }).dest ?? 'a file of the build';
  return `[warta] build stopped: ${EXPECTED[error.code!]!(path)}${untouched}`;
}
