/** The server mode's standalone Node server (`<outDir>/server/entry.mjs`), started on 127.0.0.1 for a test. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { userEnvironment } from './build-site.ts';
import { freePort } from './net.ts';

export interface NodeServer {
  url: string;
  port: number;
  output: () => string;
  close: () => Promise<void>;
}

/** `port`: a given one, e.g. the port a proxy in front was configured with for an earlier server. */
export async function startNodeServer(outDir: string, env: Readonly<Record<string, string>>, { port }: { port?: number } = {}): Promise<NodeServer> {
  port ??= await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(outDir, 'server', 'entry.mjs')], {
    env: { ...userEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env, WARTA_MODE: 'server', HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${output}`);
    const up = await fetch(`${url}/robots.txt`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`The server did not answer within 20 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    port,
    output: () => output,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
