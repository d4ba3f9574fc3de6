/**
 * Astro integration: writes `.gz` (gzip -9) and `.br` (brotli 5) beside every text file of
 * the build, so hosts that serve precompressed files (nginx `gzip_static`, most CDNs) send
 * the smallest bytes without compressing on every request. Must run after every other
 * integration that writes files: keep it last in astro.config.mjs.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

const TEXT_EXTENSIONS = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.webmanifest']);
/**
 * Measured on an article page (19 KB): brotli 5 makes 5,380 bytes in 0.3 ms, 9 makes 5,377 in
 * 6.9 ms, 11 makes 4,998 in 15 ms. At 11, a 5,000-article site spent 58 s compressing; 5 keeps
 * nearly all the gain for a fiftieth of the time.
 */
const BROTLI_QUALITY = 5;
/** Below about a kilobyte, compressed files save less than the request headers weigh. */
export const MIN_BYTES = 1024;

/**
 * zlib compresses on libuv's thread pool (four threads unless UV_THREADPOOL_SIZE says more):
 * eight files at a time keep it busy while others are read and written, without opening
 * every file of a large site at once.
 */
const CONCURRENCY = 8;

/**
 * Compresses every text file below `dir`, but for those in the `skip` folders (relative to
 * `dir`); returns how many files got compressed versions.
 */
export async function precompressDir(dir: string, skip: readonly string[] = []): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const skipped = (path: string) => skip.some((folder) => `${relative(dir, path)}${sep}`.startsWith(`${folder}${sep}`));
  const files = entries
    .filter((entry) => entry.isFile() && TEXT_EXTENSIONS.has(extname(entry.name)) && !skipped(entry.parentPath))
    .map((entry) => join(entry.parentPath, entry.name));
  let next = 0;
  let written = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const content = await readFile(file);
      if (content.length < MIN_BYTES) continue;
      const [gzipped, brotli] = await Promise.all([
        gzipAsync(content, { level: 9 }),
        brotliAsync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
      ]);
      await Promise.all([writeFile(`${file}.gz`, gzipped), writeFile(`${file}.br`, brotli)]);
      written++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return written;
}

/** Work on the finished build that writes only into a folder of its own. */
export interface BuildJob {
  name: string;
  /** The folder of the build it writes, relative to the build's root. */
  folder: string;
  run: (dir: URL, logger: AstroIntegrationLogger) => Promise<void>;
}

/**
 * `alongside`: jobs run while the rest of the build is compressed (Pagefind indexes in a
 * process of its own while zlib works on libuv's pool: at 20,000 articles the two took 25 s
 * and 22 s one after the other); their folders are compressed once they are done.
 */
export default function precompress({ alongside = [] }: { alongside?: readonly BuildJob[] } = {}): AstroIntegration {
  return {
    name: 'warta-precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const jobs = Promise.all(
          alongside.map((job) =>
            job.run(dir, logger).catch((error: unknown) => {
              throw new Error(`${job.name} failed`, { cause: error });
            }),
          ),
        );
        // Awaited below; a failure while the compression still runs must not go unhandled first.
        jobs.catch(() => undefined);
        let count = await precompressDir(outDir, alongside.map((job) => job.folder));
        await jobs;
        for (const job of alongside) count += await precompressDir(join(outDir, job.folder));
        logger.info(`precompressed ${count} text files (.gz, .br) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
