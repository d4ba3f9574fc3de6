/**
 * The documented nginx configuration, serving a real build: Debian's nginx on a loopback port
 * with docs/hosting/nginx.conf (only address, root and name changed).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminHeaderBlock } from '../../src/lib/cms/admin-page.ts';
import { cmsBackend } from '../../src/lib/cms/config.ts';
import { CACHE_POLICIES, cacheHeaderBlocks, cachePoliciesFor } from '../../src/lib/hosting/cache-rules.ts';
import { headersFile, SECURITY_HEADERS } from '../../src/lib/security/csp.ts';
import { buildSite, PROJECT_ROOT, type BuildResult } from '../support/build-site.ts';
import { freePort } from '../support/net.ts';
import { SEED_SLUG } from '../support/seed.ts';
import { tempDir } from '../support/temp.ts';

const NGINX = '/usr/sbin/nginx';
/** Files a site has that the seed build lacks: a bundle picture and a hashed web manifest. */
const PLACED_FILES = { picture: 'media/contoh/foto.jpg', manifest: '_astro/situs.C0nt0h12.webmanifest' } as const;

let build: BuildResult;
let nginx: ChildProcess | undefined;
let nginxArgs: string[];
let origin: string;

/** Resolves when `child` exits, or after `ms` whatever happens. */
function exitOrTimeout(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error(`nginx is not at ${NGINX}: install Debian's nginx (apt-get install -y nginx), as .ci/run does`);
  // As docs/hosting/ tells nginx users to build.
  build = await buildSite({ env: { WARTA_PRECOMPRESS: '1' } });
  expect(build.exitCode, build.output.slice(-2000)).toBe(0);
  for (const path of Object.values(PLACED_FILES)) {
    mkdirSync(join(build.outDir, path, '..'), { recursive: true });
    writeFileSync(join(build.outDir, path), path.endsWith('.jpg') ? Buffer.from([0xff, 0xd8, 0xff, 0xd9]) : '{"name":"Warta"}');
  }

  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const prefix = tempDir('nginx');
  const site = readFileSync(join(PROJECT_ROOT, 'docs/hosting/nginx.conf'), 'utf8');
  const replacements: readonly [string, string][] = [
    ['listen 80;', `listen 127.0.0.1:${port};`],
    ['server_name warta.example;', 'server_name 127.0.0.1;'],
    ['root /var/www/warta/dist;', `root ${build.outDir};`],
  ];
  const server = replacements.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`docs/hosting/nginx.conf no longer has "${from}": update this test`);
    return text.replace(from, to);
  }, site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${prefix}/${kind};`).join('\n');
  // As root, nginx would hand requests to unprivileged workers, which cannot read the build.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;\n${user}pid ${prefix}/nginx.pid;\nerror_log ${prefix}/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  access_log off;\n${temp}\n${server}\n}\n`,
  );
  nginxArgs = ['-c', join(prefix, 'nginx.conf'), '-p', prefix];
  const started = spawn(NGINX, nginxArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
  nginx = started;
  let errors = '';
  started.stderr?.on('data', (chunk: Buffer) => (errors += chunk));
  const deadline = Date.now() + 10_000;
  while (
    !(await fetch(`${origin}/`, { signal: AbortSignal.timeout(1_000) }).then(
      (response) => response.ok,
      () => false,
    ))
  ) {
    if (started.exitCode !== null) throw new Error(`nginx stopped (exit code ${started.exitCode}): ${errors}`);
    if (Date.now() > deadline) throw new Error(`nginx did not answer on ${origin} within 10 s: ${errors}`);
    await sleep(100);
  }
});

afterAll(async () => {
  if (!nginx) return;
  // A graceful stop through the pid file, then the signal, then the hard way: never leave it running.
  spawnSync(NGINX, [...nginxArgs, '-s', 'quit'], { stdio: 'ignore', timeout: 5_000 });
  nginx.kill('SIGQUIT');
  await exitOrTimeout(nginx, 5_000);
  if (nginx.exitCode === null && nginx.signalCode === null) {
    nginx.kill('SIGKILL');
    await exitOrTimeout(nginx, 5_000);
  }
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers, redirect: 'manual', signal: AbortSignal.timeout(10_000) });

function expectSecurityHeaders(response: Response, path: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${name} of ${path}`).toBe(value);
}

/** The address of a built file, as readers ask for it: `berita/x/index.html` → `/berita/x/`. */
function addressOf(file: string): string {
  return `/${relative(build.outDir, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

describe('the site behind nginx', () => {
  it('serves the home and the seed article with security headers and a short cache', async () => {
    for (const path of ['/', `/berita/${SEED_SLUG}/`]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<h1');
      expectSecurityHeaders(response, path);
      expect(response.headers.get('cache-control'), path).toBe(CACHE_POLICIES.page);
    }
  });

  it('leads an address without its trailing slash to the page', async () => {
    const response = await get(`/berita/${SEED_SLUG}`);
    expect(response.status).toBe(301);
    expect(new URL(response.headers.get('location')!, origin).pathname).toBe(`/berita/${SEED_SLUG}/`);
  });

  it('answers an unknown address with 404 and the Indonesian 404 page, cached briefly', async () => {
    for (const path of ['/tidak-ada/', '/_astro/tidak-ada.js']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toContain('Halaman tidak ditemukan');
      expectSecurityHeaders(response, path);
      expect(response.headers.get('cache-control'), path).toBe(CACHE_POLICIES.page);
    }
  });

  it('keeps hashed assets for a year and pictures for a day', async () => {
    const built = readdirSync(join(build.outDir, '_astro')).find((file) => file.endsWith('.js'));
    expect(built, 'the build has a script in _astro/ (the search page)').toBeDefined();
    const asset = await get(`/_astro/${built}`);
    expect([asset.status, asset.headers.get('cache-control')]).toEqual([200, CACHE_POLICIES.immutable]);
    expectSecurityHeaders(asset, built!);
    const card = await get(`/kartu/${SEED_SLUG}.png`);
    expect([card.status, card.headers.get('cache-control'), card.headers.get('content-type')]).toEqual([200, CACHE_POLICIES.media, 'image/png']);
  });

  it('sends every built file with the cache policy its _headers rule gives', async () => {
    const blocks = [adminHeaderBlock('/', cmsBackend(process.env)), ...cacheHeaderBlocks('/')];
    expect(readFileSync(join(build.outDir, '_headers'), 'utf8')).toBe(headersFile('/', SECURITY_HEADERS, blocks));
    const files = readdirSync(build.outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !/\.(gz|br)$/.test(entry.name) && entry.name !== '_headers')
      .map((entry) => addressOf(join(entry.parentPath, entry.name)));
    expect(files).toContain(`/${PLACED_FILES.picture}`);
    for (const path of files) {
      const policies = cachePoliciesFor(path);
      expect(policies, `${path}: exactly one rule in src/lib/hosting/cache-rules.ts`).toHaveLength(1);
      const response = await get(path);
      expect([response.status, response.headers.get('cache-control')], path).toEqual([200, CACHE_POLICIES[policies[0]!]]);
      await response.body?.cancel();
    }
  });

  it('names feeds, sitemaps and web manifests by their types', async () => {
    const types = {
      '/rss.xml': 'text/xml; charset=utf-8',
      '/sitemap-index.xml': 'text/xml; charset=utf-8',
      '/feed.json': 'application/json',
      [`/${PLACED_FILES.manifest}`]: 'application/manifest+json',
    };
    for (const [path, type] of Object.entries(types)) {
      const response = await get(path);
      expect([response.status, response.headers.get('content-type')], path).toEqual([200, type]);
    }
  });

  it('sends the precompressed .gz files the build wrote', async () => {
    const file = `berita/${SEED_SLUG}/index.html`;
    const gzipped = readFileSync(join(build.outDir, `${file}.gz`));
    const response = await get(`/berita/${SEED_SLUG}/`, { 'Accept-Encoding': 'gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(response.headers.get('content-length')).toBe(String(gzipped.length));
    // fetch has decompressed it: the body is the page itself.
    expect(await response.text()).toBe(readFileSync(join(build.outDir, file), 'utf8'));
  });
});
