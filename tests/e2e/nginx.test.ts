/**
 * The documented nginx server block, serving a real build: Debian's nginx on a loopback port
 * with docs/hosting/nginx.conf (only address, root and name changed).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_POLICIES } from '../../src/lib/hosting/cache-rules.ts';
import { SECURITY_HEADERS } from '../../src/lib/security/csp.ts';
import { buildSite, PROJECT_ROOT, type BuildResult } from '../support/build-site.ts';
import { SEED_SLUG } from '../support/seed.ts';
import { freePort } from '../support/net.ts';
import { tempDir } from '../support/temp.ts';

const NGINX = process.env.WARTA_NGINX ?? '/usr/sbin/nginx';


let build: BuildResult;
let nginx: ChildProcess;
let origin: string;

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX}: install it with 'apt-get install -y nginx-light' (.ci/run does)`);
  build = await buildSite();
  expect(build.exitCode, build.output.slice(-2000)).toBe(0);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const prefix = tempDir('nginx');
  for (const folder of ['logs', 'temp']) mkdirSync(join(prefix, folder));
  const server = readFileSync(join(PROJECT_ROOT, 'docs/hosting/nginx.conf'), 'utf8')
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('server_name warta.example;', 'server_name 127.0.0.1;')
    .replace('root /var/www/warta/dist;', `root ${build.outDir};`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${prefix}/temp/${kind};`).join('\n  ');
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;\nuser root;\npid ${prefix}/nginx.pid;\nerror_log ${prefix}/logs/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  access_log off;\n  ${temp}\n${server}\n}\n`,
  );
  nginx = spawn(NGINX, ['-c', join(prefix, 'nginx.conf'), '-p', prefix], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  nginx.stderr?.on('data', (chunk: Buffer) => (errors += chunk));
  const deadline = Date.now() + 10_000;
  while (!(await fetch(`${origin}/`).then((response) => response.ok, () => false))) {
    if (Date.now() > deadline || nginx.exitCode !== null) throw new Error(`nginx did not start: ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx.once('exit', resolve));
    nginx.kill('SIGQUIT');
    await exited;
  }
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers, redirect: 'manual' });

function expectSecurityHeaders(response: Response): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
}

describe('the site behind nginx', () => {
  it('serves the home and the seed article with security headers and a short cache', async () => {
    for (const path of ['/', `/berita/${SEED_SLUG}/`]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain('<h1');
      expectSecurityHeaders(response);
      expect(response.headers.get('cache-control'), path).toBe(CACHE_POLICIES.page);
    }
  });

  it('leads an address without its trailing slash to the page', async () => {
    const response = await get(`/berita/${SEED_SLUG}`);
    expect(response.status).toBe(301);
    expect(new URL(response.headers.get('location')!, origin).pathname).toBe(`/berita/${SEED_SLUG}/`);
  });

  it('answers an unknown address with 404 and the Indonesian 404 page', async () => {
    const response = await get('/tidak-ada/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Halaman tidak ditemukan');
    expectSecurityHeaders(response);
  });

  it('keeps hashed assets for a year and pictures for a day', async () => {
    const asset = readdirSync(join(build.outDir, '_astro')).find((file) => file.endsWith('.js'))!;
    const hashed = await get(`/_astro/${asset}`);
    expect([hashed.status, hashed.headers.get('cache-control')]).toEqual([200, CACHE_POLICIES.immutable]);
    expectSecurityHeaders(hashed);
    const card = await get(`/kartu/${SEED_SLUG}.png`);
    expect([card.status, card.headers.get('cache-control'), card.headers.get('content-type')]).toEqual([200, CACHE_POLICIES.media, 'image/png']);
  });

  it('sends the precompressed .gz files the build wrote', async () => {
    const path = `/berita/${SEED_SLUG}/index.html`;
    expect(existsSync(join(build.outDir, `${path}.gz`))).toBe(true);
    const response = await get(`/berita/${SEED_SLUG}/`, { 'Accept-Encoding': 'gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    // fetch has decompressed it: the body is the page itself.
    expect(await response.text()).toBe(readFileSync(join(build.outDir, path), 'utf8'));
    expect(response.headers.get('content-length')).toBe(String(readFileSync(join(build.outDir, `${path}.gz`)).length));
  });
});
