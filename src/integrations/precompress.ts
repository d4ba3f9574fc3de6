/**
 * Astro integration: writes `.gz` (gzip -9) and `.br` (brotli 11) beside every text file of
 * the build, so hosts that serve precompressed files (nginx `gzip_static`, most CDNs) send
 * the smallest bytes without compressing on every request. Must run after every other
 * integration that writes files: keep it last in astro.config.mjs.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

const TEXT_EXTENSIONS = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.webmanifest']);
/** Below about a kilobyte, compressed files save less than the request headers weigh. */
export const MIN_BYTES = 1024;

/** Compresses every text file below `dir`; returns how many files got compressed versions. */
export async function precompressDir(dir: string, concurrency = 8): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && TEXT_EXTENSIONS.has(extname(entry.name))).map((entry) => join(entry.parentPath, entry.name));
  let next = 0;
  let written = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const content = await readFile(file);
      if (content.length < MIN_BYTES) continue;
      const [gzipped, brotli] = await Promise.all([
        gzipAsync(content, { level: 9 }),
        brotliAsync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
      ]);
      await Promise.all([writeFile(`${file}.gz`, gzipped), writeFile(`${file}.br`, brotli)]);
      written++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return written;
}

export default function precompress(): AstroIntegration {
  return {
    name: 'warta-precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const count = await precompressDir(fileURLToPath(dir));
        logger.info(`precompressed ${count} text files (.gz, .br) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
