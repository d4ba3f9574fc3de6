/**
 * A tiny static file server on 127.0.0.1 for browser tests, behaving like a plain static host:
 * `/x/` → `/x/index.html`, unknown paths → 404 with `/404.html`. Paths outside the root are
 * refused.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

export interface ServeOptions {
  /** Serve the folder under this path, as a host serving a site deployed at `/warta/` does. */
  basePath?: string;
}

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = normalize(root + sep);
  const basePath = options.basePath ?? '/';
  const server: Server = createServer(async (request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (!requested.startsWith(basePath)) {
      response.writeHead(404).end('Outside the site');
      return;
    }
    const pathname = `/${requested.slice(basePath.length)}`;
    let path = normalize(join(base, pathname));
    if (!path.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    if (pathname.endsWith('/')) path = join(path, 'index.html');
    let status = 200;
    if (!(await isFile(path))) {
      status = 404;
      path = join(base, '404.html');
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    response.writeHead(status, { 'Content-Type': type });
    if (await isFile(path)) createReadStream(path).pipe(response);
    else response.end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
