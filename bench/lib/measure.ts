/**
 * Running and measuring child processes: wall time, peak memory of the whole process tree,
 * bounded waits, and cleanup that never leaves a build or a dev server behind.
 *
 * Astro runs its work in the process we spawn and in helpers it starts (esbuild, sharp's
 * threads live in-process, Pagefind is a separate binary), so memory is the sum over the tree,
 * read from /proc. Linux only, like the machines the targets are set for.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

export interface StartOptions {
  command: string;
  args: readonly string[];
  cwd: string;
  env: Readonly<Record<string, string>>;
  /** stdout and stderr go here, not into the harness: a 20,000-page build logs megabytes. */
  logFile: string;
  /** How often peak memory is sampled. */
  sampleIntervalMs?: number;
}

/** A process tree the harness started and watches. */
export interface RunningProcess {
  pid: number;
  /** Milliseconds (performance.now) when it was spawned. */
  startedAt: number;
  /** Settles when the root process exits. */
  exited: Promise<ProcessExit>;
  /** The largest summed RSS of the tree seen so far, in bytes. */
  peakRssBytes: () => number;
  /** Ends the whole tree (SIGTERM, then SIGKILL after `graceMs`) and waits for the root to exit. */
  stop: (graceMs?: number) => Promise<ProcessExit>;
}

export interface ProcessExit {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** performance.now() at exit. */
  endedAt: number;
}

export interface RunOptions extends StartOptions {
  /** A build that takes longer is killed and reported as timed out. */
  timeoutMs: number;
}

export interface RunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  wallSeconds: number;
  peakRssBytes: number;
}

/** Every tree still running, so an interrupted harness can end them all on its way out. */
const running = new Set<number>();
const cleanups: Array<() => void> = [];

/**
 * pid → parent pid for every process on the machine. The field after the command name is the
 * state, then the parent; the name itself may hold spaces and parentheses, hence lastIndexOf.
 */
function parentMap(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(pid, Number(fields[1]));
    } catch {
      // The process ended between readdir and read: it has no memory to count.
    }
  }
  return parents;
}

/** `root` and all its descendants, alive right now. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parentMap()) {
    const siblings = children.get(parent);
    if (siblings) siblings.push(pid);
    else children.set(parent, [pid]);
  }
  const tree: number[] = [];
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** VmRSS of one process in bytes; 0 when it is gone or a zombie (no memory left to count). */
function residentBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'latin1'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Summed RSS of a process tree, in bytes. */
export function treeRssBytes(root: number): number {
  let total = 0;
  for (const pid of processTree(root)) total += residentBytes(pid);
  return total;
}

/** Sends `signal` to the tree: the process group first (one call), then stragglers that left it. */
function signalTree(root: number, signal: NodeJS.Signals): void {
  const members = processTree(root);
  try {
    process.kill(-root, signal);
  } catch {
    // The group is already gone.
  }
  for (const pid of members) {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}

/**
 * Starts a command in its own process group (detached), so that the tree it spawns can be
 * ended with it, and samples the tree's memory until it exits.
 */
export function startProcess(options: StartOptions): RunningProcess {
  const log = openSync(options.logFile, 'a');
  const startedAt = performance.now();
  const child = spawn(options.command, [...options.args], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', log, log],
    detached: true,
  });
  closeSync(log);
  if (child.pid === undefined) throw new Error(`could not start ${options.command} ${options.args.join(' ')}`);
  const pid = child.pid;
  running.add(pid);
  let peak = 0;
  const sample = (): void => {
    peak = Math.max(peak, treeRssBytes(pid));
  };
  sample();
  const sampler = setInterval(sample, options.sampleIntervalMs ?? 100);
  const exited = new Promise<ProcessExit>((resolve) => {
    // 'exit', not 'close': the child's stdio are files, and helpers that outlive it must not delay the timing.
    child.once('exit', (exitCode, signal) => {
      const endedAt = performance.now();
      clearInterval(sampler);
      running.delete(pid);
      // Helpers left in the group (a crashed build's workers) must not outlive it.
      signalTree(pid, 'SIGKILL');
      resolve({ exitCode, signal, endedAt });
    });
    child.once('error', () => {
      clearInterval(sampler);
      running.delete(pid);
      resolve({ exitCode: null, signal: null, endedAt: performance.now() });
    });
  });
  const stop = async (graceMs = 5_000): Promise<ProcessExit> => {
    if (running.has(pid)) {
      signalTree(pid, 'SIGTERM');
      const outcome = await Promise.race([exited, sleep(graceMs).then(() => undefined)]);
      if (!outcome) signalTree(pid, 'SIGKILL');
    }
    return exited;
  };
  return { pid, startedAt, exited, peakRssBytes: () => peak, stop };
}

/** Runs a command to completion (or its timeout) and measures it. */
export async function runMeasured(options: RunOptions): Promise<RunResult> {
  const child = startProcess(options);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void child.stop();
  }, options.timeoutMs);
  try {
    const { exitCode, signal, endedAt } = await child.exited;
    return { exitCode, signal, timedOut, wallSeconds: (endedAt - child.startedAt) / 1000, peakRssBytes: child.peakRssBytes() };
  } finally {
    clearTimeout(timer);
  }
}

/** Runs `cleanup` when the harness exits, however it exits. */
export function onExit(cleanup: () => void): void {
  cleanups.push(cleanup);
}

/**
 * Ends every tree still running when the harness exits, is interrupted or crashes: a
 * benchmark must never leave a dev server holding a port or a build eating a core.
 */
export function installExitHandlers(): void {
  const finish = (): void => {
    for (const pid of running) signalTree(pid, 'SIGKILL');
    running.clear();
    for (const cleanup of cleanups.splice(0)) {
      try {
        cleanup();
      } catch {
        // Best effort on the way out.
      }
    }
  };
  process.once('exit', finish);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      finish();
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  }
}

/**
 * Polls `check` every `intervalMs` until it is true; false when `timeoutMs` passes first or
 * `giveUp` says there is no point waiting (the server died). A check that throws counts as
 * "not yet": a server that is starting refuses connections.
 */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, intervalMs: number, giveUp: () => boolean = () => false): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline && !giveUp()) {
    if (await check().catch(() => false)) return true;
    await sleep(intervalMs);
  }
  return false;
}

export interface HttpResponse {
  status: number;
  body: string;
}

/**
 * GET with a deadline, over node:http rather than fetch: no proxy settings from the environment
 * apply and no connection is kept alive to a server about to be killed.
 */
export function httpGet(url: string, timeoutMs: number): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', agent: false, timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${url}: no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}

/** A TCP port free on 127.0.0.1 right now: the tests' helper, shared rather than copied. */
export { freePort } from '../../tests/support/net.ts';
