/**
 * What every write of a build below its folders (the stage, the cache folder, the releases)
 * goes through, installed in both of the build's processes (scripts/build.ts, and Astro's by
 * src/integrations/kept-output.ts):
 * - **Files are replaced, never written into.** The stage's unchanged pages are hard links to
 *   Astro's cached copies, and so, often, are the published site's (docs/decisions/016). Astro
 *   writes a page it renders again into the existing file (`fs.promises.writeFile` on the
 *   page, then on its cached copy: node_modules/astro/dist/core/build/generate.js,
 *   incremental.js), which would change the published page mid-build. So `writeFile` below
 *   those folders removes the file first and writes a new one.
 * - **An expected failure names its path.** A full disk fails `write(2)`, whose error names no
 *   file; the guard adds the path it was writing. In Astro's process it also ends the build with
 *   the one line (src/lib/build/failures.ts), as a broken article does
 *   (docs/decisions/004-content-errors-exit-from-the-loader.md): Astro's printer would add a
 *   stack trace.
 * - **Test-only faults.** `WARTA_TEST_FAULT` (JSON: `{"action": "fail", "code": "ENOSPC",
 *   "call": "writeFile", "nth": 3, "path": "/abs/folder"}`) makes the nth call of that function
 *   below that path fail with that code (a full disk, a read-only folder), throw a plain error
 *   (`"crash"`: a bug, as in Pagefind or sharp), or, once it has run, SIGKILL the build's whole
 *   process group (`"kill"`). Each process counts its own calls.
 *
 * Functions are replaced on `fs` and `fs.promises` (which Astro calls through) and the named
 * exports of `node:fs/promises` are synced to them (Warta's modules import those).
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { isAbsolute, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isExpectedFailure } from '../lib/build/failures.ts';

/** The environment variable of the test-only faults. */
export const TEST_FAULT = 'WARTA_TEST_FAULT';

/** The guarded functions, with the positions of their path arguments. */
const ASYNC_CALLS = { writeFile: [0], copyFile: [1], mkdir: [0], link: [1], rename: [0, 1], symlink: [1] } as const;
const SYNC_CALLS = { writeFileSync: [0], mkdirSync: [0] } as const;
type Call = keyof typeof ASYNC_CALLS | keyof typeof SYNC_CALLS;

interface Fault {
  action: 'fail' | 'crash' | 'kill';
  code?: string;
  call: Call;
  nth: number;
  path: string;
}

export interface GuardOptions {
  /** Absolute folders whose writes are guarded. */
  roots: readonly string[];
  /** Ends the process on an expected failure (Astro's process); otherwise the error is thrown on. */
  onExpectedFailure?: (error: NodeJS.ErrnoException) => never;
}

const pathOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  if (value instanceof URL && value.protocol === 'file:') return fileURLToPath(value);
  return undefined;
};

const below = (path: string, roots: readonly string[]): boolean =>
  isAbsolute(path) && roots.some((root) => path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`));

function readFault(): Fault | undefined {
  const text = process.env[TEST_FAULT];
  return text ? (JSON.parse(text) as Fault) : undefined;
}

/** An error as Node makes them: `ENOSPC: no space left on device, writeFile '/x'`. */
function errnoError(code: string, call: string, path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: injected by ${TEST_FAULT}, ${call} '${path}'`);
  return Object.assign(error, { code, syscall: call, path });
}

let installed = false;

/** Installs the guard in this process (once: a second call changes nothing). */
export function guardWrites({ roots, onExpectedFailure }: GuardOptions): void {
  if (installed) return;
  installed = true;
  const fault = readFault();
  let calls = 0;
  const paths = (call: Call, args: readonly unknown[]): string[] => {
    const positions: readonly number[] = (ASYNC_CALLS as Record<string, readonly number[]>)[call] ?? (SYNC_CALLS as Record<string, readonly number[]>)[call]!;
    return positions.map((at) => pathOf(args[at])).filter((path): path is string => path !== undefined);
  };
  /** Before the call: the fault to raise, if this is the call it names. */
  const before = (call: Call, guarded: readonly string[]): 'kill' | undefined => {
    if (!fault || fault.call !== call || !guarded.some((path) => below(path, [fault.path]))) return undefined;
    if (++calls !== fault.nth) return undefined;
    if (fault.action === 'kill') return 'kill';
    if (fault.action === 'crash') throw new Error(`injected crash (${TEST_FAULT}) in ${call} '${guarded[0]}'`);
    throw errnoError(fault.code ?? 'ENOSPC', call, guarded[0]!);
  };
  const failed = (call: Call, error: unknown, guarded: readonly string[]): never => {
    if (isExpectedFailure(error)) {
      error.path ??= guarded.at(-1);
      // A file system that refuses hard links: link-or-copy.ts copies instead.
      if (!(call === 'link' && error.code === 'EPERM')) onExpectedFailure?.(error);
    }
    throw error;
  };
  // `flag` other than the default write-and-truncate (an append) writes into the file on purpose.
  const replaces = (call: Call, args: readonly unknown[]) => {
    if (call !== 'writeFile' && call !== 'writeFileSync') return false;
    const options = args[2];
    const flag = typeof options === 'object' && options !== null ? (options as { flag?: unknown }).flag : undefined;
    return flag === undefined || flag === 'w';
  };

  const promises = fs.promises as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const call of Object.keys(ASYNC_CALLS) as (keyof typeof ASYNC_CALLS)[]) {
    const original = promises[call]!;
    promises[call] = async function guarded(...args: unknown[]) {
      const guardedPaths = paths(call, args).filter((path) => below(path, roots));
      if (guardedPaths.length === 0) return original(...args);
      try {
        const then = before(call, guardedPaths);
        if (replaces(call, args)) await fs.promises.rm(guardedPaths[0]!, { force: true });
        const result = await original(...args);
        if (then === 'kill') process.kill(0, 'SIGKILL');
        return result;
      } catch (error) {
        return failed(call, error, guardedPaths);
      }
    };
  }
  const sync = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const call of Object.keys(SYNC_CALLS) as (keyof typeof SYNC_CALLS)[]) {
    const original = sync[call]!;
    sync[call] = function guarded(...args: unknown[]) {
      const guardedPaths = paths(call, args).filter((path) => below(path, roots));
      if (guardedPaths.length === 0) return original(...args);
      try {
        const then = before(call, guardedPaths);
        if (replaces(call, args)) fs.rmSync(guardedPaths[0]!, { force: true });
        const result = original(...args);
        if (then === 'kill') process.kill(0, 'SIGKILL');
        return result;
      } catch (error) {
        return failed(call, error, guardedPaths);
      }
    };
  }
  syncBuiltinESMExports();
}
